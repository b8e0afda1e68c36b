package org.dateline.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The days a TIMEX value covers, read once for the event stage and the incidents. */
class DateFactTest {
    @Test
    void aYearMonthOrDayCoversItsDays() {
        assertThat(DateFact.firstDayOf("2013")).isEqualTo(LocalDate.of(2013, 1, 1));
        assertThat(DateFact.lastDayOf("2013")).isEqualTo(LocalDate.of(2013, 12, 31));
        assertThat(DateFact.firstDayOf("2012-11")).isEqualTo(LocalDate.of(2012, 11, 1));
        assertThat(DateFact.lastDayOf("2012-02")).isEqualTo(LocalDate.of(2012, 2, 29));
        assertThat(DateFact.firstDayOf("2014-01-16")).isEqualTo(DateFact.lastDayOf("2014-01-16"))
            .isEqualTo(LocalDate.of(2014, 1, 16));
    }

    @Test
    void anotherValueOrNoCalendarDateCoversNone() {
        assertThat(DateFact.firstDayOf("PAST_REF")).isNull();
        assertThat(DateFact.firstDayOf("2014-W03")).isNull();
        assertThat(DateFact.firstDayOf("2014-01-16T10:00")).isNull();
        assertThat(DateFact.firstDayOf("2012-13")).isNull();
        assertThat(DateFact.lastDayOf("2023-02-30")).isNull();
        assertThat(DateFact.firstDayOf(null)).isNull();
    }
}
