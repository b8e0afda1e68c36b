package org.dateline.model;

/**
 * Converts between Java's UTF-16 char offsets and the code-point offsets the contract uses, and
 * cuts {@link Span}s out of a text. Texts without supplementary characters (nearly all news) take
 * the fast path where both offsets agree.
 */
public final class TextIndex {
    private final String text;
    /** charToCp[i] = code points before char i; null when every char is one code point. */
    private final int[] charToCp;
    private final int[] cpToChar;

    public TextIndex(String text) {
        this.text = text;
        int cpCount = text.codePointCount(0, text.length());
        if (cpCount == text.length()) {
            charToCp = null;
            cpToChar = null;
        } else {
            charToCp = new int[text.length() + 1];
            cpToChar = new int[cpCount + 1];
            int cp = 0;
            for (int i = 0; i < text.length(); ) {
                int step = Character.charCount(text.codePointAt(i));
                cpToChar[cp] = i;
                for (int k = 0; k < step; k++) {
                    charToCp[i + k] = cp;
                }
                i += step;
                cp++;
            }
            charToCp[text.length()] = cpCount;
            cpToChar[cpCount] = text.length();
        }
    }

    public String text() {
        return text;
    }

    public int codePointLength() {
        return cpToChar == null ? text.length() : cpToChar.length - 1;
    }

    public int toCodePoint(int charOffset) {
        return charToCp == null ? charOffset : charToCp[charOffset];
    }

    public int toChar(int codePointOffset) {
        return cpToChar == null ? codePointOffset : cpToChar[codePointOffset];
    }

    /** The span for char offsets [charStart, charEnd). */
    public Span spanOfChars(int charStart, int charEnd) {
        return new Span(toCodePoint(charStart), toCodePoint(charEnd), text.substring(charStart, charEnd));
    }

    /** The span for code-point offsets [start, end). */
    public Span span(int start, int end) {
        return new Span(start, end, text.substring(toChar(start), toChar(end)));
    }

    /** The text between code-point offsets. */
    public String slice(int start, int end) {
        return text.substring(toChar(start), toChar(end));
    }
}
