package org.dateline.story;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.dateline.analyze.data.TsvTable;

/**
 * What an article's headline tells of a happening's outcome, by the words of
 * {@code headline-words.tsv}. The headline is not part of the analysed text, so no event holds its
 * words; it is read only as a yes or no, never for a number.
 */
final class Headline {
    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}'-]+");
    private static final int VOID_REACH = 2;
    private static final Map<String, String> WORDS = load();

    private Headline() {}

    /**
     * Whether the headline tells that someone died ("Teen dead after being shot", "Fatal shooting
     * on Main Street"), not within two words after a voiding word ("attempted murder", "No one
     * killed"); false for a null headline.
     */
    static boolean tellsDeath(String title) {
        if (title == null) {
            return false;
        }
        List<String> words = List.of(WORD_BREAK.split(title.toLowerCase(Locale.ROOT)));
        int voidedUntil = -1;
        for (int i = 0; i < words.size(); i++) {
            String reads = WORDS.get(words.get(i));
            if ("voids".equals(reads)) {
                voidedUntil = i + VOID_REACH;
            } else if ("death".equals(reads) && i > voidedUntil) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> load() {
        Map<String, String> words = new HashMap<>();
        for (TsvTable.Row row : TsvTable.resource(Headline.class, "headline-words.tsv", "word", "reads").rows()) {
            String reads = row.get("reads");
            if (!reads.equals("death") && !reads.equals("voids")) {
                throw new IllegalStateException("headline-words.tsv: reads must be death or voids, not " + reads);
            }
            words.put(row.get("word"), reads);
        }
        return Map.copyOf(words);
    }
}
