package org.dateline.analyze.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds double-quoted stretches. Curly quotes say which side they are; straight ones alternate
 * within a paragraph. News style lets a quotation run over several paragraphs by opening each
 * new paragraph with a quote mark and closing only the last one: such a run is one quotation.
 */
public final class Quotes {
    private Quotes() {}

    public static List<Quote> find(String text) {
        int[] cps = text.codePoints().toArray();
        List<Quote> quotes = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < cps.length; i++) {
            int c = doubled(cps, i);
            int width = c != cps[i] ? 2 : 1;
            if (isParagraphBreak(cps, i) && open >= 0) {
                int next = nextNonSpace(cps, i);
                if (next < cps.length && (isOpening(cps, next) || doubled(cps, next) == '“')) {
                    i = next; // the quotation goes on in the next paragraph
                    continue;
                }
                quotes.add(quote(cps, open, i));
                open = -1;
                continue;
            }
            if (c == '“' || c == '„' || c == '«') {
                if (open < 0) {
                    open = i;
                }
            } else if (c == '”' || c == '»') {
                if (open >= 0) {
                    quotes.add(quote(cps, open, i + width));
                    open = -1;
                }
            } else if (c == '"') {
                if (open < 0 && isOpening(cps, i)) {
                    open = i;
                } else if (open >= 0) {
                    quotes.add(quote(cps, open, i + 1));
                    open = -1;
                }
            }
            i += width - 1;
        }
        if (open >= 0) {
            quotes.add(quote(cps, open, trimEnd(cps, cps.length)));
        }
        return quotes;
    }

    /**
     * Two single marks written for one double mark (‘‘ ’’ and TeX-style `` ''), common in
     * wire copy: read as the double mark they stand for.
     */
    private static int doubled(int[] cps, int i) {
        if (i + 1 >= cps.length || cps[i] != cps[i + 1]) {
            return cps[i];
        }
        return switch (cps[i]) {
            case '‘', '`' -> '“';
            case '’' -> '”';
            case '\'' -> (i > 0 && !Character.isWhitespace(cps[i - 1])) ? '”' : '“';
            default -> cps[i];
        };
    }

    /** True inside a quotation of speech (not a scare-quoted term): words there are someone's, not the article's. */
    public static boolean insideSpeech(List<Quote> quotes, int position) {
        return quotes.stream().anyMatch(q -> !q.isTerm() && q.start() < position && position < q.end());
    }

    private static boolean isOpening(int[] cps, int i) {
        int c = cps[i];
        if (c == '“' || c == '„' || c == '«') {
            return true;
        }
        if (c != '"') {
            return false;
        }
        boolean before = i == 0 || Character.isWhitespace(cps[i - 1]) || "([{—–-/:".indexOf(cps[i - 1]) >= 0;
        boolean after = i + 1 < cps.length && !Character.isWhitespace(cps[i + 1]);
        return before && after;
    }

    private static boolean isParagraphBreak(int[] cps, int i) {
        if (cps[i] != '\n') {
            return false;
        }
        int j = i + 1;
        while (j < cps.length && (cps[j] == ' ' || cps[j] == '\t' || cps[j] == '\r')) {
            j++;
        }
        return j < cps.length && cps[j] == '\n';
    }

    private static int nextNonSpace(int[] cps, int i) {
        int j = i;
        while (j < cps.length && Character.isWhitespace(cps[j])) {
            j++;
        }
        return j;
    }

    private static int trimEnd(int[] cps, int end) {
        int e = end;
        while (e > 0 && Character.isWhitespace(cps[e - 1])) {
            e--;
        }
        return e;
    }

    private static Quote quote(int[] cps, int start, int end) {
        int e = trimEnd(cps, end);
        int words = 0;
        boolean inWord = false;
        for (int i = start + 1; i < e; i++) {
            boolean letter = Character.isLetterOrDigit(cps[i]);
            if (letter && !inWord) {
                words++;
            }
            inWord = letter || (inWord && (cps[i] == '\'' || cps[i] == '’' || cps[i] == '-'));
        }
        return new Quote(start, e, words);
    }
}
