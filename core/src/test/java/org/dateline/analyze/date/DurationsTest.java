package org.dateline.analyze.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DurationsTest {
    @Test
    void readsQuantityAndUnit() {
        assertThat(Durations.value(List.of("three", "years"))).isEqualTo("P3Y");
        assertThat(Durations.value(List.of("a", "month"))).isEqualTo("P1M");
        assertThat(Durations.value(List.of("90", "days"))).isEqualTo("P90D");
        assertThat(Durations.value(List.of("five", "minutes"))).isEqualTo("PT5M");
        assertThat(Durations.value(List.of("a", "decade"))).isEqualTo("P10Y");
        assertThat(Durations.value(List.of("two", "decades"))).isEqualTo("P20Y");
    }

    @Test
    void vagueQuantitiesAreX() {
        assertThat(Durations.value(List.of("several", "months"))).isEqualTo("PXM");
        assertThat(Durations.value(List.of("weeks"))).isEqualTo("PXW");
        assertThat(Durations.value(List.of("few", "decades"))).isEqualTo("PXY");
    }

    @Test
    void noUnitNoDuration() {
        assertThat(Durations.value(List.of("three", "apples"))).isNull();
    }

    @Test
    void periodsFormatAtTheUnitsGranularity() {
        LocalDate d = LocalDate.of(2013, 3, 22);
        assertThat(Periods.of(d, "year")).isEqualTo("2013");
        assertThat(Periods.of(d, "month")).isEqualTo("2013-03");
        assertThat(Periods.of(d, "week")).isEqualTo("2013-W12");
        assertThat(Periods.of(d, "decade")).isEqualTo("201");
        assertThat(Periods.of(Periods.shift(d, "week", -1), "week")).isEqualTo("2013-W11");
    }
}
