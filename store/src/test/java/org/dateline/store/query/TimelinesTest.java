package org.dateline.store.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

    /**
     * The GVA dev store's chart: 15,977 events of 2013-2017 and a few dated far away (a 1966 event
     * told in passing, days misread into 2025) made 707 monthly bars, 69 of them not empty, with
     * the years that hold the events in a sliver of the chart. The drawn range is the bulk of the
     * events with half its span again on each side; what lies beyond is counted, not drawn.
     */
    @Test
    void eventsDatedFarFromTheRestAreLeftOutOfTheDrawnRange() {
        TreeMap<LocalDate, Long> perDay = new TreeMap<>();
        for (LocalDate day = d("2014-01-01"); day.isBefore(d("2018-01-01")); day = day.plusDays(3)) {
            perDay.put(day, 10L);
        }
        perDay.put(d("1966-08-01"), 1L);
        perDay.put(d("2025-06-29"), 2L);
        Timelines.Range drawn = Timelines.drawnRange(perDay);
        assertThat(drawn.from()).isAfter(d("1966-08-01")).isBeforeOrEqualTo(d("2014-01-01"));
        assertThat(drawn.to()).isBefore(d("2025-06-29")).isAfterOrEqualTo(d("2017-12-29"));
    }

    @Test
    void eventsSpreadEvenlyOverYearsAreAllDrawn() {
        TreeMap<LocalDate, Long> perDay = new TreeMap<>();
        for (LocalDate day = d("2000-01-15"); day.isBefore(d("2020-01-01")); day = day.plusMonths(1)) {
            perDay.put(day, 1L);
        }
        Timelines.Range drawn = Timelines.drawnRange(perDay);
        assertThat(drawn).isEqualTo(new Timelines.Range(perDay.firstKey(), perDay.lastKey()));
    }

    @Test
    void aFewEventsAreAllDrawnHoweverFarApart() {
        // the demo's one 2020 event among 2022-23 ones stays on its chart
        Map<LocalDate, Long> perDay = new TreeMap<>(Map.of(d("2020-11-10"), 1L, d("2022-12-03"), 3L, d("2023-02-28"), 5L));
        assertThat(Timelines.drawnRange(perDay)).isEqualTo(new Timelines.Range(d("2020-11-10"), d("2023-02-28")));
    }
}
