package org.dateline.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Texts as bags of 4-word shingles (words are runs of letters, numbers and underscore, like Python's
 * {@code \w}): how much of one text another covers, whatever its paragraph breaks and markup. The
 * article benchmark scores bodies the same way.
 */
final class Shingles {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final int SIZE = 4;

    private Shingles() {}

    static Map<List<String>, Integer> of(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) {
            words.add(m.group());
        }
        Map<List<String>, Integer> bag = new HashMap<>();
        if (words.isEmpty()) {
            return bag;
        }
        if (words.size() < SIZE) {
            bag.put(List.copyOf(words), 1);
            return bag;
        }
        for (int i = 0; i + SIZE <= words.size(); i++) {
            bag.merge(List.copyOf(words.subList(i, i + SIZE)), 1, Integer::sum);
        }
        return bag;
    }

    static int size(Map<List<String>, Integer> bag) {
        int n = 0;
        for (int c : bag.values()) {
            n += c;
        }
        return n;
    }

    static int overlap(Map<List<String>, Integer> a, Map<List<String>, Integer> b) {
        int n = 0;
        for (Map.Entry<List<String>, Integer> e : a.entrySet()) {
            n += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
        }
        return n;
    }

    /** The share of what's shingles found in in (1 when what is empty). */
    static double coverage(String what, String in) {
        Map<List<String>, Integer> w = of(what);
        int total = size(w);
        return total == 0 ? 1 : (double) overlap(w, of(in)) / total;
    }
}
