package org.dateline.store.query;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A short plain-text window of an article around the first query word it contains. Plain text on
 * purpose: the page shows it with textContent, so no markup ever comes out of the store.
 */
final class Snippets {
    static final int LENGTH = 220;
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Snippets() {}

    static String of(String text, String query) {
        String lower = text.toLowerCase(Locale.ROOT);
        int at = -1;
        for (String word : NOT_WORD.split(query.toLowerCase(Locale.ROOT))) {
            if (word.length() >= 3) {
                int i = lower.indexOf(word);
                if (i >= 0 && (at < 0 || i < at)) {
                    at = i;
                }
            }
        }
        int start = at < 0 ? 0 : Math.max(0, at - LENGTH / 3);
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        int end = Math.min(text.length(), start + LENGTH);
        if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
            end++;
        }
        String s = SPACES.matcher(text.substring(start, end)).replaceAll(" ").strip();
        return (start > 0 ? "…" : "") + s + (end < text.length() ? "…" : "");
    }
}
