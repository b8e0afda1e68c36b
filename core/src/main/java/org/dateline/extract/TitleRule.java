package org.dateline.extract;

import java.util.List;

/**
 * Whether a page opens with its headline. Scraped text keeps the headline as a first short line,
 * but so do some bodies (a one-line lead); the difference is that a headline sits above the
 * header furniture, so a timestamp or byline must follow within the next few lines.
 */
final class TitleRule {
    private static final int MAX_CHARS = 200;
    private static final int MAX_WORDS = 25;
    private static final int LOOKAHEAD = 4;

    private TitleRule() {}

    /** Index of the title line in {@code lines}, or -1 when the page opens with something else. */
    static int find(List<String> lines) {
        int first = nextNonBlank(lines, 0);
        if (first < 0 || !looksLikeHeadline(lines.get(first).strip())) {
            return -1;
        }
        int at = first;
        for (int seen = 0; seen < LOOKAHEAD; seen++) {
            at = nextNonBlank(lines, at + 1);
            if (at < 0) {
                return -1;
            }
            if (LineClassifier.isMetadata(lines.get(at))) {
                return first;
            }
        }
        return -1;
    }

    static boolean looksLikeHeadline(String s) {
        if (s.isEmpty() || s.length() > MAX_CHARS || LineClassifier.isMetadata(s) || Furniture.isBoilerplate(s)
            || Furniture.isSeparator(s) || Furniture.follow(s).isPresent() || Furniture.url(s).isPresent()) {
            return false;
        }
        int words = s.split("\\s+").length;
        int c = s.codePointAt(0);
        boolean opens = Character.isUpperCase(c) || Character.isDigit(c) || "\"“‘'".indexOf(c) >= 0;
        char last = s.charAt(s.length() - 1);
        return opens && words >= 2 && words <= MAX_WORDS && ".,;:".indexOf(last) < 0;
    }

    private static int nextNonBlank(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }
}
