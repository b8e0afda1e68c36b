package org.dateline.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds copies within one run: exact copies by record id (the hash of the normalised body), told
 * apart by publication (see {@link org.dateline.model.ArticleRecord#publicationKey}: the same body
 * under another site or title is another publication, which gets an id of its own), and
 * near copies (wire stories republished with another intro or footer) by MinHash over 5-word
 * shingles with locality-sensitive banding, so each new text is compared with a handful of
 * candidates, not with every earlier one. A near copy is confirmed when the estimated Jaccard
 * similarity of the shingle sets reaches {@link #THRESHOLD}. The first text seen is the original.
 *
 * <p>Memory: per distinct text, {@value #HASHES} ints and {@value #BANDS} index entries (about
 * 1 KB), so a million articles cost about a gigabyte; runs beyond that belong to the Spark job.
 */
final class Duplicates {
    static final double THRESHOLD = 0.6;
    static final int HASHES = 64;
    static final int BANDS = 16;
    private static final int ROWS = HASHES / BANDS;
    private static final int SHINGLE = 5;
    private static final int MIN_SHINGLES = 8;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int[] SEEDS = seeds();

    /**
     * What a text is: new, or a copy of an earlier record; {@code id} is the id the record carries
     * (its body's, or its publication key when it is another publication of a body seen before).
     */
    record Verdict(String id, String duplicateOf, boolean exact) {
        static Verdict original(String id) {
            return new Verdict(id, null, false);
        }
    }

    private final Publications publications = new Publications();
    private final Map<Long, String> bands = new HashMap<>();
    private final Map<String, int[]> signatures = new HashMap<>();

    /** {@code id} is the body's id (the record's as analysed), {@code publication} its publication key. */
    Verdict check(String id, String publication, String text) {
        Publications.Placed placed = publications.place(id, publication);
        if (placed.copyOf() != null) {
            return new Verdict(placed.id(), placed.copyOf(), true);
        }
        int[] signature = signature(text);
        if (signature == null) {
            return Verdict.original(id);
        }
        String original = null;
        List<Long> keys = new ArrayList<>(BANDS);
        for (int b = 0; b < BANDS; b++) {
            long key = bandKey(b, signature);
            keys.add(key);
            String candidate = bands.get(key);
            if (original == null && candidate != null && similarity(signature, signatures.get(candidate)) >= THRESHOLD) {
                original = candidate;
            }
        }
        if (original != null) {
            return new Verdict(id, original, false);
        }
        signatures.put(id, signature);
        for (long key : keys) {
            bands.putIfAbsent(key, id);
        }
        return Verdict.original(id);
    }

    /** Minimum hash per seed over the text's word shingles; null when the text is too short to judge. */
    static int[] signature(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        if (words.size() < SHINGLE + MIN_SHINGLES) {
            return null;
        }
        int[] min = new int[HASHES];
        java.util.Arrays.fill(min, Integer.MAX_VALUE);
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            int h = String.join(" ", words.subList(i, i + SHINGLE)).hashCode();
            for (int k = 0; k < HASHES; k++) {
                int v = mix(h ^ SEEDS[k]);
                if (v < min[k]) {
                    min[k] = v;
                }
            }
        }
        return min;
    }

    static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / HASHES;
    }

    private static long bandKey(int band, int[] signature) {
        long h = band;
        for (int r = 0; r < ROWS; r++) {
            h = h * 0x9E3779B97F4A7C15L + signature[band * ROWS + r];
        }
        return h;
    }

    /** A 32-bit finaliser (MurmurHash3 fmix32): spreads each seeded hash into an independent one. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }

    private static int[] seeds() {
        int[] s = new int[HASHES];
        java.util.Random random = new java.util.Random(20230301L); // fixed: verdicts are reproducible
        for (int i = 0; i < HASHES; i++) {
            s[i] = random.nextInt();
        }
        return s;
    }
}
