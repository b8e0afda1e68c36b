package org.dateline.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.model.DateFact;
import org.dateline.model.TimexType;
import org.junit.jupiter.api.Test;

/** The numbers a title and lead write, and the two link features that compare them. */
class StoryNumbersTest {
    private static StoryProfile profile(Set<String> numbers) {
        return new StoryProfile("a", 0, null, null, Map.of(), Map.of(), Set.of(), Set.of(), Set.of(), Set.of(),
            null, null, null, null, null, null, numbers);
    }

    private static double feature(StoryProfile a, StoryProfile b, String name) {
        return LinkModel.features(a, b, new MemoryStories(), new ArrayList<>())[LinkModel.featureNames().indexOf(name)];
    }

    @Test
    void digitsAndNumberWordsAreReadYearsAreNot() {
        assertThat(StoryProfiles.numbers("4 shot, two dead in the 1400 block\nIn 2014 thieves took $2.6 million"))
            .containsExactlyInAnyOrder("4", "2", "1400", "2.6");
        assertThat(StoryProfiles.numbers("1,200 people and a 15-year-old")).containsExactlyInAnyOrder("1200", "15");
        // "no" is a count of none, not a number a report repeats
        assertThat(StoryProfiles.numbers("no injuries, nobody hurt")).isEmpty();
        assertThat(StoryProfiles.numbers("Klitschko stops Thompson in six rounds")).containsExactly("6");
        assertThat(StoryProfiles.numbers("A1 road, COVID19, version 2.0.1 release")).containsExactly("2.0.1");
    }

    @Test
    void theDaysAndHoursOfTheLeadAreNoCounts() {
        // "February 28" and "17:00" say when, which the day features compare; reports of two meetings
        // a day apart shared "28", reports of one shooting told as "Sunday" and "March 5" did not
        String text = "GENEVA, February 28 - The envoys met at 17:00 on Tuesday, 40 delegates said.";
        List<DateFact> dates = List.of(date(text, "February 28", TimexType.DATE, "2023-02-28"),
            date(text, "17:00", TimexType.TIME, "2023-02-28T17:00"), date(text, "Tuesday", TimexType.DATE, "2023-02-28"));
        assertThat(StoryProfiles.leadNumbers("Envoys meet, 3 walk out", text, dates)).containsExactlyInAnyOrder("3", "40");
        // offsets count code points: a character outside the basic plane before the date moves it by one
        String emoji = "\uD83D\uDCF0 February 28: 40 delegates";
        assertThat(StoryProfiles.leadNumbers(null, emoji, List.of(new DateFact(2, 13, "February 28", TimexType.DATE, null))))
            .containsExactly("40");
        // a date that runs past the text (a record given by hand) blanks what there is of it, and one
        // that starts past it nothing
        assertThat(StoryProfiles.leadNumbers(null, text, List.of(new DateFact(56, 500, "x", TimexType.DATE, null),
            new DateFact(900, 901, "y", TimexType.DATE, null)))).containsExactlyInAnyOrder("28", "17", "00");
    }

    private static DateFact date(String text, String words, TimexType type, String value) {
        int at = text.indexOf(words);
        return new DateFact(at, at + words.length(), words, type, value);
    }

    @Test
    void aHostileRunOfDigitsIsReadInOnePass() {
        // a page whose lead is one 200,000-character "word": read in part, never backtracked into,
        // and a number of a thousand digits is no count
        String run = "1,".repeat(100_000) + "x";
        assertThat(StoryProfiles.numbers(run)).isEmpty();
        assertThat(StoryProfiles.numbers("7 " + run)).containsExactly("7");
    }

    @Test
    void numbersBothWriteAreSharedNoneInCommonDiffer() {
        StoryProfile four = profile(Set.of("4", "1400"));
        // ECB+: two Paris jewel heists, "$108 million" and "$2.6 million"
        assertThat(feature(four, profile(Set.of("4", "23")), "numbers_shared")).isEqualTo(0.5);
        assertThat(feature(four, profile(Set.of("4", "23")), "numbers_differ")).isZero();
        assertThat(feature(profile(Set.of("108")), profile(Set.of("2.6")), "numbers_differ")).isEqualTo(1);
        assertThat(feature(profile(Set.of("108")), profile(Set.of("2.6")), "numbers_shared")).isZero();
        // one that writes no number says nothing either way
        assertThat(feature(four, profile(Set.of()), "numbers_differ")).isZero();
        assertThat(feature(four, profile(Set.of()), "numbers_shared")).isZero();
    }

    @Test
    void aProfileStoredBeforeNumbersReadsBackWithNone() {
        assertThat(profile(null).numbers()).isEmpty();
    }
}
