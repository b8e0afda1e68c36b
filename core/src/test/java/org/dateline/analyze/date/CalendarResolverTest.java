package org.dateline.analyze.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CalendarResolverTest {
    private static final LocalDate FRIDAY = LocalDate.of(2013, 3, 22);
    private static final LocalDate SEED = LocalDate.of(2023, 3, 1);
    private final CalendarResolver calendar = new CalendarResolver();

    @Test
    void pastMonthDayStaysOnOrBeforeTheAnchor() {
        assertThat(calendar.resolve("XXXX-02-28", SEED, Tense.PAST)).isEqualTo("2023-02-28");
        assertThat(calendar.resolve("XXXX-12-03", SEED, Tense.PAST)).isEqualTo("2022-12-03");
        assertThat(calendar.resolve("XXXX-03-01", SEED, Tense.PAST)).isEqualTo("2023-03-01");
    }

    @Test
    void futureMonthDayStaysOnOrAfterTheAnchor() {
        assertThat(calendar.resolve("XXXX-02-28", SEED, Tense.FUTURE)).isEqualTo("2024-02-28");
        assertThat(calendar.resolve("XXXX-04-07", FRIDAY, Tense.FUTURE)).isEqualTo("2013-04-07");
    }

    @Test
    void presentTakesTheNearerOccurrence() {
        assertThat(calendar.resolve("XXXX-04-07", FRIDAY, Tense.PRESENT)).isEqualTo("2013-04-07");
        assertThat(calendar.resolve("XXXX-12-30", FRIDAY, Tense.PRESENT)).isEqualTo("2012-12-30");
    }

    @Test
    void unknownTenseIsTreatedAsPast() {
        assertThat(calendar.resolve("XXXX-12", FRIDAY, Tense.UNKNOWN)).isEqualTo("2012-12");
    }

    @Test
    void weekdaysByDirection() {
        // 2013-03-22 is a Friday.
        assertThat(calendar.resolve("XXXX-WXX-5", FRIDAY, Tense.PAST)).isEqualTo("2013-03-22");
        assertThat(calendar.resolve("XXXX-WXX-7", FRIDAY, Tense.PAST)).isEqualTo("2013-03-17");
        assertThat(calendar.resolve("XXXX-WXX-7", FRIDAY, Tense.FUTURE)).isEqualTo("2013-03-24");
        assertThat(calendar.resolve("XXXX-WXX-1", FRIDAY, Tense.PRESENT)).isEqualTo("2013-03-25");
        assertThat(calendar.resolve("XXXX-WXX-3", FRIDAY, Tense.PRESENT)).isEqualTo("2013-03-20");
    }

    @Test
    void weekendsByDirection() {
        LocalDate wednesday = LocalDate.of(2013, 3, 20);
        assertThat(calendar.resolve("XXXX-WXX-WE", wednesday, Tense.PAST)).isEqualTo("2013-W11-WE");
        assertThat(calendar.resolve("XXXX-WXX-WE", wednesday, Tense.FUTURE)).isEqualTo("2013-W12-WE");
    }

    @Test
    void keepsATimeSuffix() {
        assertThat(calendar.resolve("XXXX-WXX-7TNI", FRIDAY, Tense.PAST)).isEqualTo("2013-03-17TNI");
    }

    @Test
    void monthsSeasonsAndQuarters() {
        assertThat(calendar.resolve("XXXX-07", FRIDAY, Tense.PAST)).isEqualTo("2012-07");
        assertThat(calendar.resolve("XXXX-03", FRIDAY, Tense.PAST)).isEqualTo("2013-03");
        assertThat(calendar.resolve("XXXX-07", FRIDAY, Tense.FUTURE)).isEqualTo("2013-07");
        assertThat(calendar.resolve("XXXX-SU", FRIDAY, Tense.PAST)).isEqualTo("2012-SU");
        assertThat(calendar.resolve("XXXX-WI", FRIDAY, Tense.PAST)).isEqualTo("2012-WI");
        assertThat(calendar.resolve("XXXX-Q4", FRIDAY, Tense.PAST)).isEqualTo("2012-Q4");
        assertThat(calendar.resolve("XXXX-Q1", FRIDAY, Tense.PAST)).isEqualTo("2013-Q1");
    }

    @Test
    void withoutAnAnchorNothingIsInvented() {
        assertThat(calendar.resolve("XXXX-02-28", null, Tense.PAST)).isEqualTo("XXXX-02-28");
        assertThat(calendar.resolve("2013-02-28", FRIDAY, Tense.FUTURE)).isEqualTo("2013-02-28");
    }

    @Test
    void leapDayFindsALeapYear() {
        assertThat(calendar.resolve("XXXX-02-29", LocalDate.of(2025, 3, 1), Tense.PAST)).isEqualTo("2024-02-29");
    }
}
