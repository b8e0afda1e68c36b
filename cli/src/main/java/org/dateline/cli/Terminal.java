package org.dateline.cli;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * Text from outside (an article's title, a snippet, a file name) made safe to print on a terminal.
 * A title can carry ANSI escapes, carriage returns, backspaces or a BEL: printed raw they move the
 * cursor, recolour or clear the screen, retitle the window, or hide the lines before them, so a
 * hostile page could make the output say what it likes. Control characters are shown escaped
 * ({@code \x1b}, {@code \r}), as are the Unicode controls that reorder or hide text (bidirectional
 * overrides and isolates, line and paragraph separators); everything else prints as it is.
 */
final class Terminal {
    private Terminal() {}

    /** Every control character escaped, so that what is printed is one line that shows the whole value. */
    static String safe(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String escaped = escape(c);
            if (escaped != null && out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (out != null) {
                if (escaped != null) {
                    out.append(escaped);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? s : out.toString();
    }

    /** Prose on one line: runs of white space (line breaks, tabs) become one space, other controls are escaped. */
    static String line(String s) {
        return s == null ? null : safe(s.replaceAll("[\\s\\u0085\\u00a0\\u2028\\u2029]+", " ").strip());
    }

    /**
     * JSON printed where a person may read it ({@code search --json}): JSON lets C1 controls and the
     * Unicode controls that reorder or hide text stand raw in a string, and a terminal obeys them
     * (U+009B is a CSI on many). Written as {@code \\uXXXX}, the same JSON to a program, inert on a
     * screen; the ASCII controls JSON escapes itself, and DEL as the text output does.
     */
    static final CharacterEscapes JSON = new CharacterEscapes() {
        private final int[] ascii = withDelete(standardAsciiEscapesForJSON());

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch >= 0x80 && ch <= 0xffff && escape((char) ch) != null
                ? new SerializedString(String.format("\\u%04x", ch))
                : null;
        }
    };

    /** JSON's own escapes leave DEL raw, which text output shows as {@code \\x7f}. */
    private static int[] withDelete(int[] ascii) {
        ascii[0x7f] = CharacterEscapes.ESCAPE_STANDARD;
        return ascii;
    }

    private static String escape(char c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                break;
        }
        if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
            return String.format("\\x%02x", (int) c);
        }
        if (c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069 || c == 0x2028 || c == 0x2029 || c == 0x200e
                || c == 0x200f || c == 0x061c) {
            return String.format("\\u%04x", (int) c);
        }
        return null;
    }
}
