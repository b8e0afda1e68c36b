package org.dateline.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What story grouping keeps of one article: its words weighted by how rare they were when it was
 * added (tf-idf, unit length), the same for its title and lead, the cross-article keys of the
 * people, places and organisations it names, the ages it gives ("34-year-old"), its published day
 * and the day it says the happening took place. Kept with the article, so a later article is
 * compared with it without reading the article again.
 *
 * @param published yyyy-MM-dd, or null when unknown
 * @param happened yyyy-MM-dd of the first date the article gives within a week before it was
 *     published ("late Thursday"), else the published day; null when unknown
 * @param mainPerson the key of the person of two or more words the article names most often
 *     (the earliest named of those tied), or null
 * @param mainPlace the same for places
 * @param days the whole days the article's dates name (at most {@link #MAX_DAYS}, earliest first):
 *     a follow-up names the day of the happening it follows ("the Aug. 24 drive-by shooting")
 * @param killed the largest number killed any of its events gives, or null
 * @param injured the same for the injured
 * @param surnames the last names of the people of two or more words it names, lower case: a trial
 *     names "Jordyn Wade" where the first report named "Jordyn D. Wade" (two keys), an obituary
 *     names the victim's family
 * @param numbers the numbers its title and lead write, in digits or words ("4 shot", "two dead",
 *     "$108 million", "the 1400 block"), years and the lead's dates and times ("February 28",
 *     "17:00") left out: reports of one happening repeat its counts,
 *     ages and amounts, and two like happenings differ in them
 */
public record StoryProfile(String articleId, long seq, String published, String happened,
                           Map<String, Float> words, Map<String, Float> lead, Set<String> people,
                           Set<String> places, Set<String> organizations, Set<String> ages,
                           String mainPerson, String mainPlace, Set<String> days, Integer killed,
                           Integer injured, Set<String> surnames, Set<String> numbers) {
    /** Days kept per article: a chronology's dozens of dates say little about which happening it reports. */
    static final int MAX_DAYS = 20;

    /** How many of the heaviest words find candidates in the index (besides every name). */
    static final int ANCHOR_WORDS = 12;

    public StoryProfile {
        words = Map.copyOf(words);
        lead = Map.copyOf(lead);
        people = Set.copyOf(people);
        places = Set.copyOf(places);
        organizations = Set.copyOf(organizations);
        ages = Set.copyOf(ages);
        days = days == null ? Set.of() : Set.copyOf(days);
        // Profiles stored before surnames were kept read back without them.
        surnames = surnames == null ? Set.of() : Set.copyOf(surnames);
        // and before numbers were
        numbers = numbers == null ? Set.of() : Set.copyOf(numbers);
    }

    /**
     * The terms a candidate must share with this article to be compared with it: every entity key
     * ({@code e:KEY}) and the heaviest words ({@code w:word}), sorted so that the store and a batch
     * pass ask the same.
     */
    public List<String> anchors() {
        TreeSet<String> out = new TreeSet<>();
        for (Set<String> keys : List.of(people, places, organizations)) {
            keys.forEach(k -> out.add(StoryTerms.entity(k)));
        }
        words.entrySet().stream()
            .sorted(Map.Entry.<String, Float>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
            .limit(ANCHOR_WORDS)
            .forEach(e -> out.add(StoryTerms.word(e.getKey())));
        return new ArrayList<>(out);
    }
}
