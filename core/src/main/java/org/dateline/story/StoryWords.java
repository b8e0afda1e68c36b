package org.dateline.story;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.analyze.data.TsvTable;

/**
 * The words an article's story profile is made of: letters (with inner hyphens and apostrophes),
 * lower case, three letters or more, minus the stop words of {@code story-stopwords.tsv}. Deliberately
 * blunt (no stemming, no CoreNLP): the profile is built again for every article put in a store, and
 * two reports of one happening share its rare words, names and places as written.
 */
public final class StoryWords {
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'\\-]+");
    private static final StoryWords STANDARD =
        new StoryWords(new HashSet<>(TsvTable.resource(StoryWords.class, "story-stopwords.tsv", "word")
            .rows().stream().map(r -> r.get("word")).toList()));

    private final Set<String> stop;

    StoryWords(Set<String> stop) {
        this.stop = Set.copyOf(stop);
    }

    public static StoryWords standard() {
        return STANDARD;
    }

    /** Whether the word is one of {@code story-stopwords.tsv} (any case): a function word, a reporting verb, page furniture. */
    public boolean isStopWord(String word) {
        return stop.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The words of {@code text} in order, repeats kept. */
    public List<String> of(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (w.length() >= 3 && !stop.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }
}
