package org.dateline.analyze.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.analyze.date.Snippets.fact;
import static org.dateline.analyze.date.Snippets.find;
import static org.dateline.analyze.date.Snippets.resolve;

import java.util.List;
import org.dateline.model.DateFact;
import org.dateline.model.TimexType;
import org.junit.jupiter.api.Test;

/** Each test annotates one multi-sentence snippet, to keep CoreNLP's share of the run small. */
class DateResolverTest {
    /** A Friday. */
    private static final String DCT = "2013-03-22";

    @Test
    void coordinatedDaysShareMonthAndYear() {
        List<DateFact> f = resolve("The two sides met on December 3 and 7, 2022. "
            + "The meetings were held on 3, 7 and 9 May. The festival ran June 1-3.", DCT);
        assertThat(fact(f, "December 3").value()).isEqualTo("2022-12-03");
        assertThat(fact(f, "7").value()).isEqualTo("2022-12-07");
        assertThat(find(f, "2022")).as("the shared year is no date of its own").isEmpty();
        assertThat(fact(f, "3").value()).isEqualTo("2012-05-03");
        assertThat(fact(f, "7", 1).value()).isEqualTo("2012-05-07");
        assertThat(fact(f, "9 May").value()).isEqualTo("2012-05-09");
        assertThat(fact(f, "June 1").value()).isEqualTo("2012-06-01");
        assertThat(fact(f, "3", 1).value()).isEqualTo("2012-06-03");
    }

    @Test
    void calendarNamesFollowTheTense() {
        List<DateFact> f = resolve("The ministers met on Sunday. The ministers will meet on Sunday. "
            + "The law takes effect Monday. He was fired in July. The vote is scheduled for April 7. "
            + "The contract was signed in the summer. The firm lost money in the fourth quarter. "
            + "The game was postponed until Saturday.", DCT);
        assertThat(fact(f, "Sunday", 0).value()).isEqualTo("2013-03-17");
        assertThat(fact(f, "Sunday", 1).value()).isEqualTo("2013-03-24");
        assertThat(fact(f, "Monday").value()).isEqualTo("2013-03-25");
        assertThat(fact(f, "July").value()).isEqualTo("2012-07");
        assertThat(fact(f, "April 7").value()).isEqualTo("2013-04-07");
        assertThat(fact(f, "summer").value()).isEqualTo("2012-SU");
        assertThat(fact(f, "the fourth quarter").value()).isEqualTo("2012-Q4");
        assertThat(fact(f, "Saturday").value()).isEqualTo("2013-03-23");
    }

    @Test
    void relativeExpressionsTakeTimeMlValues() {
        List<DateFact> f = resolve("Sales rose over the past year. He left four years ago. "
            + "Prices fell over the past several months. The flu started a month earlier. "
            + "He will die eight years from now. The next decade will be hard. "
            + "Cases were reported in the last week. The season peaked by the end of the year. "
            + "Stocks rose this fiscal year. She checks twice a year.", DCT);
        assertThat(fact(f, "the past year")).extracting(DateFact::type, DateFact::value).containsExactly(TimexType.DURATION, "P1Y");
        assertThat(fact(f, "four years ago").value()).isEqualTo("2009");
        assertThat(fact(f, "the past several months").value()).isEqualTo("PXM");
        assertThat(fact(f, "a month")).extracting(DateFact::type, DateFact::value).containsExactly(TimexType.DURATION, "P1M");
        assertThat(fact(f, "eight years").value()).isEqualTo("P8Y");
        assertThat(fact(f, "now").value()).isEqualTo("PRESENT_REF");
        assertThat(fact(f, "The next decade").value()).isEqualTo("P10Y");
        assertThat(fact(f, "the last week").value()).isEqualTo("2013-W11");
        assertThat(fact(f, "the end of the year").value()).isEqualTo("2012");
        assertThat(fact(f, "this fiscal year").value()).isEqualTo("2013");
        assertThat(fact(f, "twice a year")).extracting(DateFact::type, DateFact::value).containsExactly(TimexType.SET, "P1Y");
    }

    @Test
    void dropsAgesAndLoneWordsAndFindsWhatSuTimeMisses() {
        List<DateFact> f = resolve("His 22-year-old son and children ages 6 months and older were there. "
            + "At the time, current policies held. The expedition of 1957-58 and the flu of 2009-2010 were "
            + "studied in mid-December. Music of the 90s shaped him.", DCT);
        assertThat(f).extracting(DateFact::text)
            .doesNotContain("22-year-old", "6 months", "time", "current", "2009-2010");
        assertThat(fact(f, "1957").value()).isEqualTo("1957");
        assertThat(fact(f, "58").value()).isEqualTo("1958");
        assertThat(fact(f, "2009").value()).isEqualTo("2009");
        assertThat(fact(f, "2010").value()).isEqualTo("2010");
        assertThat(fact(f, "mid-December").value()).isEqualTo("2012-12");
        assertThat(fact(f, "90s").value()).isEqualTo("199");
    }

    @Test
    void aBlockNumberOfAnAddressIsNoYear() {
        // GVA dev: "in a home along the 2000 block of Northwest 29th Terrace" was the year 2000
        List<DateFact> f = resolve("The woman was found in a home along the 2000 block of Northwest 29th Terrace. "
            + "A man was shot in the 1900 block of Main Street in 2011.", DCT);
        assertThat(f).extracting(DateFact::text).doesNotContain("2000", "1900");
        assertThat(fact(f, "2011").value()).isEqualTo("2011");
    }

    @Test
    void clockTimesAndSets() {
        List<DateFact> f = resolve("The game was postponed until 15:00 GMT Saturday. "
            + "The plane landed at 10:30 a.m. on Thursday. He finished in 3:07:35. "
            + "She checks the air every morning.", "2013-03-22T09:00:00+04:00");
        assertThat(fact(f, "15:00 GMT Saturday")).extracting(DateFact::type, DateFact::value)
            .containsExactly(TimexType.TIME, "2013-03-23T15:00");
        assertThat(fact(f, "10:30 a.m. on Thursday").value()).isEqualTo("2013-03-21T10:30");
        assertThat(fact(f, "3:07:35")).extracting(DateFact::type, DateFact::value)
            .containsExactly(TimexType.DURATION, "PT3H7M35S");
        assertThat(fact(f, "every morning").value()).isEqualTo("XXXX-XX-XXTMO");
    }

    @Test
    void aDayAnchoredToAnEventTakesTheNarrativeYear() {
        List<DateFact> f = resolve("The day before the vote, the mayor resigned. The plant opened in May 2009. "
            + "The day before the ribbon was cut, the mayor visited. Workers struck the week after the plant "
            + "opened. The mayor had visited the day before.", DCT);
        assertThat(fact(f, "The day", 0)).extracting(DateFact::type, DateFact::value)
            .as("no date before it: the year stays unknown").containsExactly(TimexType.DATE, "XXXX-XX-XX");
        assertThat(fact(f, "The day", 1).value()).as("the signal stays outside, the year is the narrative's")
            .isEqualTo("2009-XX-XX");
        assertThat(fact(f, "the week").value()).isEqualTo("2009-WXX");
        assertThat(find(f, "the day before")).as("with no event after it the anaphor stays whole").isPresent();
    }

    @Test
    void todayInAComparisonIsThePresentEra() {
        List<DateFact> f = resolve("The machines will solve problems faster than can be done today. "
            + "Cities were quieter than they are today. Shares rose more than 5% today. "
            + "Sales grew more than expected today.", DCT);
        assertThat(fact(f, "today", 0).value()).isEqualTo("PRESENT_REF");
        assertThat(fact(f, "today", 1).value()).isEqualTo("PRESENT_REF");
        assertThat(fact(f, "today", 2).value()).as("a quantity is compared, not the era").isEqualTo(DCT);
        assertThat(fact(f, "today", 3).value()).as("no clause after than").isEqualTo(DCT);
    }

    @Test
    void marginsAndThresholdsOfAPerformanceAreNoDurations() {
        List<DateFact> f = resolve("She ran a sub-four-minute mile in June. He finished one second slower "
            + "than his record and two minutes faster than his rival. The race lasted three hours.", DCT);
        assertThat(f).extracting(DateFact::text).doesNotContain("sub-four-minute", "four-minute", "one second", "two minutes");
        assertThat(fact(f, "three hours").value()).isEqualTo("PT3H");
    }

    @Test
    void withoutPublishedDateNoYearIsInventedAndOffsetsCountCodePoints() {
        String text = "\uD83D\uDE00 The talks on February 28 ended; they met again on Tuesday.";
        List<DateFact> f = resolve(text, (org.dateline.model.Published) null);
        DateFact feb = fact(f, "February 28");
        assertThat(feb.value()).isEqualTo("XXXX-02-28");
        assertThat(feb.start()).isEqualTo(text.indexOf("February") - 1); // the emoji is two chars, one code point
        assertThat(fact(f, "Tuesday").value()).doesNotMatch("\\d{4}.*");
    }
}
