package org.dateline.store;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import org.dateline.model.DateFact;
import org.dateline.model.Published;

/**
 * The day a fact is filed under: its own TIMEX value when that names a whole day, else the day of
 * the article's {@link Published} time, else nothing.
 */
public final class Days {
    private Days() {}

    /** The day that a TIMEX value starts with ("2023-02-28", "2023-02-28T10:00"), or null. */
    public static LocalDate parse(String timexValue) {
        return DateFact.dayOf(timexValue);
    }

    /** The fact's own day, or the article's published day when the fact names none. */
    public static LocalDate of(String timexValue, Published published) {
        LocalDate own = parse(timexValue);
        return own != null ? own : published(published);
    }

    /** The day the page gave for the article, or null when it gave none. */
    public static LocalDate published(Published published) {
        return published == null ? null : published.date();
    }

    /** Monday of the ISO week holding {@code day}. */
    public static LocalDate weekStart(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
    }

    public static long daysBetween(LocalDate a, LocalDate b) {
        return ChronoUnit.DAYS.between(a, b);
    }
}
