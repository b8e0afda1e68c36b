package org.dateline.store.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelinesTest {
    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void autoKeepsDaysForAFewWeeksOfEvents() {
        assertThat(Timelines.auto(List.of())).isEqualTo(Timelines.Interval.DAY);
        assertThat(Timelines.auto(List.of(d("2022-12-03"), d("2023-02-28")))).isEqualTo(Timelines.Interval.DAY);
    }

    @Test
    void autoTakesWeeksForMonthsOfEvents() {
        assertThat(Timelines.auto(List.of(d("2022-06-01"), d("2023-02-28")))).isEqualTo(Timelines.Interval.WEEK);
    }

    /** Regression: the demo's one 2020 event among 2022-23 ones made ~850 day bars, most of them empty. */
    @Test
    void autoTakesMonthsWhenOneOldEventStretchesTheRange() {
        assertThat(Timelines.auto(List.of(d("2020-11-10"), d("2022-12-03"), d("2023-02-28"))))
            .isEqualTo(Timelines.Interval.MONTH);
        // Facet values come in no date order.
        assertThat(Timelines.auto(List.of(d("2023-02-28"), d("2020-11-10"), d("2022-12-03"))))
            .isEqualTo(Timelines.Interval.MONTH);
    }
}
