package org.dateline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampParserTest {

    private static Stamp only(String line) {
        List<Stamp> stamps = TimestampParser.parseLine(line).orElseThrow(() -> new AssertionError("not read: " + line));
        assertThat(stamps).hasSize(1);
        return stamps.get(0);
    }

    private static String iso(String line) {
        return only(line).value().toIso();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        " date 2023-03-01 1 March 2023 14:07 (UTC+04:00)| 2023-03-01T14:07:00+04:00",
        "Published: 12 Jan 2024, 09:30 GMT               | 2024-01-12T09:30:00+00:00",
        "March 5, 2024 at 10:12 a.m. EST                 | 2024-03-05T10:12:00-05:00",
        "2024-01-12T09:30:00+01:00                       | 2024-01-12T09:30:00+01:00",
        "2024-01-12T09:30:00Z                            | 2024-01-12T09:30:00+00:00",
        "Mon 4 Mar 2024 06.00 GMT                        | 2024-03-04T06:00:00+00:00",
        "Posted on March 5, 2024                         | 2024-03-05",
        "12 January 2024 17:45 GMT+3                     | 2024-01-12T17:45:00+03:00",
        "12 Jan 2024 17:45 +0400                         | 2024-01-12T17:45:00+04:00",
        "Friday, January 12th, 2024 at 9:05 pm           | 2024-01-12T21:05:00",
        "12.01.2024 09:30                                | 2024-01-12T09:30:00",
        "Published On 4 Mar 2024 4 Mar 2024             | 2024-03-04",
        "5 MAR 2024, 14:07 MSK                           | 2024-03-05T14:07:00+03:00",
        "Jan. 12, 2024 12:05 a.m. PST                    | 2024-01-12T00:05:00-08:00",
        "July 4, 2024 3 PM EDT                           | 2024-07-04T15:00:00-04:00",
        "Sept 9, 2023 18:00 CEST                         | 2023-09-09T18:00:00+02:00",
        "9 September 2023 18:00 JST                      | 2023-09-09T18:00:00+09:00",
        "1 March 2023 14:07 AZT                          | 2023-03-01T14:07:00+04:00",
        "1 March 2023 14:07 UTC-5:30                     | 2023-03-01T14:07:00-05:30",
        "2024-01-12 09:30:15                             | 2024-01-12T09:30:15",
    })
    void readsHouseStyles(String line, String expected) {
        assertThat(iso(line)).isEqualTo(expected);
    }

    @Test
    void regionalEasternTimeFollowsDaylightSaving() {
        assertThat(iso("January 12, 2024 10:00 AM ET")).isEqualTo("2024-01-12T10:00:00-05:00");
        assertThat(iso("July 12, 2024 10:00 AM ET")).isEqualTo("2024-07-12T10:00:00-04:00");
    }

    @Test
    void labelsDecideTheKind() {
        assertThat(only("Updated: 12 Jan 2024, 11:00 GMT").kind()).isEqualTo(Stamp.Kind.UPDATED);
        assertThat(only("Last updated 12 Jan 2024").kind()).isEqualTo(Stamp.Kind.UPDATED);
        assertThat(only("Last modified on Mon 4 Mar 2024 08.12 GMT").kind()).isEqualTo(Stamp.Kind.UPDATED);
        assertThat(only("Posted on 12 Jan 2024").kind()).isEqualTo(Stamp.Kind.PUBLISHED);
        assertThat(only("12 Jan 2024").kind()).isEqualTo(Stamp.Kind.PUBLISHED);
    }

    @Test
    void relativeTimesAreKeptUnresolved() {
        Stamp s = only("Updated 3 hours ago");
        assertThat(s.kind()).isEqualTo(Stamp.Kind.UPDATED);
        assertThat(s.value()).isNull();
        assertThat(s.relative()).isEqualTo("3 hours ago");
        assertThat(only("an hour ago").relative()).isEqualTo("an hour ago");
    }

    @Test
    void publishedAndUpdatedOnOneLine() {
        List<Stamp> s = TimestampParser.parseLine("Published 12 Jan 2024, 09:30 GMT | Updated 13 Jan 2024, 10:00 GMT")
            .orElseThrow();
        assertThat(s).extracting(Stamp::kind).containsExactly(Stamp.Kind.PUBLISHED, Stamp.Kind.UPDATED);
        assertThat(s.get(1).value().toIso()).isEqualTo("2024-01-13T10:00:00+00:00");
    }

    @Test
    void runTogetherUpdatedIsSplit() {
        List<Stamp> s = TimestampParser.parseLine("March 5, 2024 10:12 AM GMTUpdated 2 hours ago").orElseThrow();
        assertThat(s).hasSize(2);
        assertThat(s.get(0).value().toIso()).isEqualTo("2024-03-05T10:12:00+00:00");
        assertThat(s.get(1).relative()).isEqualTo("2 hours ago");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "On March 5, 2024 the minister said talks would resume.",
        "The two officials met on February 28, 2023 in Geneva",
        "As a result of the December 3 and 7, 2022, talks with the Russian peacekeeping command",
        "Updated guidance was published on 12 Jan 2024",
        "March 2024",
        "Share this article",
        "31 February 2024 10:00",
        "12 Jan 2024 25:61",
    })
    void bodySentencesAndNonsenseAreNotTimestamps(String line) {
        assertThat(TimestampParser.parseLine(line)).isEmpty();
    }

    @Test
    void ambiguousZoneAbbreviationIsNoted() {
        Stamp s = only("12 Jan 2024 09:30 CST");
        assertThat(s.value().toIso()).isEqualTo("2024-01-12T09:30:00-06:00");
        assertThat(s.notes()).containsExactly("zone abbreviation CST is used by several regions; read as UTC-06:00");
    }

    @Test
    void ambiguousNumericDateIsNoted() {
        Stamp s = only("03/04/2024 10:00");
        assertThat(s.value().toIso()).isEqualTo("2024-04-03T10:00:00");
        assertThat(s.notes()).containsExactly("ambiguous numeric date 03/04/2024 read as day/month");
        assertThat(iso("04/23/2024 10:00")).isEqualTo("2024-04-23T10:00:00");
    }

    @Test
    void twoDifferentDatesOnOneLineAreNoted() {
        Stamp s = only("2023-03-01 2 March 2023 14:07");
        assertThat(s.value().date()).hasToString("2023-03-01");
        assertThat(s.notes()).singleElement().asString().contains("several dates");
    }

    @Test
    void zoneWithoutClockTimeIsDropped() {
        Stamp s = only("12 Jan 2024 GMT");
        assertThat(s.value().toIso()).isEqualTo("2024-01-12");
        assertThat(s.notes()).singleElement().asString().contains("no time of day");
    }

    @Test
    void labelOnItsOwnLine() {
        assertThat(TimestampParser.labelOnly("Published")).contains(Stamp.Kind.PUBLISHED);
        assertThat(TimestampParser.labelOnly("Updated:")).contains(Stamp.Kind.UPDATED);
        assertThat(TimestampParser.labelOnly("Published 12 Jan 2024")).isEmpty();
        assertThat(TimestampParser.labelOnly("Publishers say")).isEmpty();
    }
}
