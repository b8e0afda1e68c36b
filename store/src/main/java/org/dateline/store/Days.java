package org.dateline.store;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Pattern;

/** The day a fact is filed under: a TIMEX or ISO value when it names a whole day, else nothing. */
public final class Days {
    private static final Pattern DAY = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}");

    private Days() {}

    /** The day that {@code value} starts with ("2023-02-28", "2023-03-01T14:07:00+04:00"), or null. */
    public static LocalDate parse(String value) {
        if (value == null || !DAY.matcher(value).find()) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The first day that parses, so an event without a day of its own falls back to the article's. */
    public static LocalDate first(String... values) {
        for (String v : values) {
            LocalDate d = parse(v);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** Monday of the ISO week holding {@code day}. */
    public static LocalDate weekStart(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
    }

    public static long daysBetween(LocalDate a, LocalDate b) {
        return ChronoUnit.DAYS.between(a, b);
    }
}
