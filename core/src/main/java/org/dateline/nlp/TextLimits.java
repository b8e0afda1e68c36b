package org.dateline.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the language stage stops when a text is too long to analyse whole, and where it splits a
 * "sentence" too long to tag: pure functions over the text and its tokens' extents, so that they
 * are tested without CoreNLP.
 *
 * <p>Both look for the safest place first, the way a reader would divide the text: a paragraph
 * break, then a line break (a table row, a list item, a tag on its own line), then a semicolon,
 * then a list separator (a comma, a bar, a bullet, a slash, a dash), and only then any space; a
 * cut with no space at all (a run of characters without one) comes last.
 */
public final class TextLimits {
    private TextLimits() {}

    /** A token as the splitter sees it: its UTF-16 extent in the text and its word. */
    public record Extent(int begin, int end, String word) {}

    private static final int LINE = 0;
    private static final int SEMICOLON = 1;
    private static final int LIST = 2;
    private static final int SPACE = 3;
    private static final int ANYWHERE = 4;

    /**
     * How many chars of {@code text} to analyse when at most {@code max} may be: all of them when
     * they fit, else the end of the last paragraph, line, sentence or word in the second half of
     * the allowance (in that order of preference), else {@code max} itself, never inside a
     * surrogate pair.
     */
    public static int cut(String text, int max) {
        if (text.length() <= max) {
            return text.length();
        }
        int line = -1;
        int sentence = -1;
        int space = -1;
        for (int i = max; i > max / 2; i--) {
            char before = text.charAt(i - 1);
            if (lineBreak(before)) {
                int j = i - 2;
                while (j >= 0 && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
                    j--;
                }
                if (j >= 0 && lineBreak(text.charAt(j))) {
                    return i; // a paragraph ends here: nothing better to find
                }
                line = line < 0 ? i : line;
            } else if (Character.isWhitespace(before)) {
                if (sentence < 0 && i >= 2 && ".!?…".indexOf(text.charAt(i - 2)) >= 0) {
                    sentence = i;
                }
                space = space < 0 ? i - 1 : space;
            }
        }
        if (line >= 0) {
            return line;
        }
        if (sentence >= 0) {
            return sentence;
        }
        if (space >= 0) {
            return space;
        }
        return Character.isLowSurrogate(text.charAt(max)) ? max - 1 : max;
    }

    /**
     * Where the sentence made of {@code tokens} (extents into {@code text}) is split so that no
     * part has more than {@code max} tokens: the token indices (into {@code tokens}) at which parts
     * start, the first being 0; just [0] when it fits. A sentence too long is split at every line
     * break first (in a run that long with no sentence punctuation, lines are rows, items or tags,
     * not wrapped prose); a part still too long is split at semicolons, then list separators, then
     * spaces, each time into as few parts as fit, and only as a last resort every {@code max}
     * tokens.
     */
    public static List<Integer> sentenceBreaks(String text, List<Extent> tokens, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be positive: " + max);
        }
        List<Integer> starts = new ArrayList<>();
        split(text, tokens, max, 0, tokens.size(), LINE, starts);
        if (starts.isEmpty()) {
            starts.add(0);
        }
        return starts;
    }

    private static void split(String text, List<Extent> tokens, int max, int from, int to, int level,
                              List<Integer> starts) {
        if (to - from <= max) {
            if (to > from) {
                starts.add(from);
            }
            return;
        }
        if (level == ANYWHERE) {
            for (int i = from; i < to; i += max) {
                starts.add(i);
            }
            return;
        }
        List<Integer> cuts = new ArrayList<>();
        for (int i = from + 1; i < to; i++) {
            if (breaksBefore(text, tokens, i, level)) {
                cuts.add(i);
            }
        }
        if (cuts.isEmpty()) {
            split(text, tokens, max, from, to, level + 1, starts);
            return;
        }
        cuts.add(to);
        int partStart = from;
        int partEnd = cuts.get(0);
        for (int k = 1; k < cuts.size(); k++) {
            int next = cuts.get(k);
            // Lines stay apart; finer parts are packed together up to the limit, so a long
            // comma-separated run does not become a sentence per item.
            if (level != LINE && next - partStart <= max) {
                partEnd = next;
            } else {
                split(text, tokens, max, partStart, partEnd, level + 1, starts);
                partStart = partEnd;
                partEnd = next;
            }
        }
        split(text, tokens, max, partStart, partEnd, level + 1, starts);
    }

    /** Whether a boundary of kind {@code level} lies between token {@code i - 1} and token {@code i}. */
    private static boolean breaksBefore(String text, List<Extent> tokens, int i, int level) {
        Extent before = tokens.get(i - 1);
        Extent after = tokens.get(i);
        return switch (level) {
            case LINE -> {
                for (int c = before.end(); c < after.begin(); c++) {
                    if (lineBreak(text.charAt(c))) {
                        yield true;
                    }
                }
                yield false;
            }
            case SEMICOLON -> before.word().equals(";");
            case LIST -> separator(before.word());
            case SPACE -> before.end() < after.begin();
            default -> true;
        };
    }

    /**
     * A token that only separates: punctuation or symbols (",", "|", "•", "/", "-", "»"), but not a
     * bracket or a quotation mark, which belong to what they enclose.
     */
    static boolean separator(String word) {
        if (word.isEmpty()) {
            return false;
        }
        return word.codePoints().allMatch(c -> switch (Character.getType(c)) {
            case Character.DASH_PUNCTUATION, Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL,
                 Character.OTHER_SYMBOL, Character.CONNECTOR_PUNCTUATION -> c != '"' && c != '\'';
            default -> false;
        });
    }

    private static boolean lineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\f';
    }
}
