package org.dateline.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * A temporal expression with its TimeML TIMEX3 type (DATE, TIME, DURATION, SET) and normalised
 * value, resolved against the article's published time. Its offsets are code points into the text.
 */
@JsonPropertyOrder({"start", "end", "text", "type", "value"})
public record DateFact(int start, int end, String text, TimexType type, String value) {
    private static final Pattern DAY = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}");
    /** A calendar value: a year, a month or a day ("2022", "2022-12", "2022-12-03"). */
    private static final Pattern CALENDAR = Pattern.compile("\\d{4}(-\\d\\d(-\\d\\d)?)?");

    /**
     * The whole day a TIMEX value starts with ("2023-02-28", "2023-02-28T10:00", "2014-01-16TNI"),
     * or null: no value, a coarser one ("2023-02", "PAST_REF"), or no calendar day ("2023-02-30").
     * The one reading of a value's day, for the store's filing and the cross-article stages.
     */
    public static LocalDate dayOf(String timexValue) {
        if (timexValue == null || !DAY.matcher(timexValue).find()) {
            return null;
        }
        try {
            return LocalDate.parse(timexValue.substring(0, 10));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Whether a TIMEX value is a calendar value: a year, a month or a day ("2022", "2022-12", "2022-12-03"). */
    public static boolean isCalendar(String timexValue) {
        return timexValue != null && CALENDAR.matcher(timexValue).matches();
    }

    /**
     * The first day a calendar TIMEX value covers ("2022": 2022-01-01, "2022-12": 2022-12-01,
     * "2022-12-03"), or null: another value, or no calendar date ("2022-13").
     */
    public static LocalDate firstDayOf(String timexValue) {
        return daysOf(timexValue, true);
    }

    /** The last day such a value covers ("2022-12": 2022-12-31), or null as {@link #firstDayOf}. */
    public static LocalDate lastDayOf(String timexValue) {
        return daysOf(timexValue, false);
    }

    private static LocalDate daysOf(String value, boolean first) {
        if (!isCalendar(value)) {
            return null;
        }
        try {
            return switch (value.length()) {
                case 4 -> first ? LocalDate.of(Integer.parseInt(value), 1, 1) : LocalDate.of(Integer.parseInt(value), 12, 31);
                case 7 -> first ? YearMonth.parse(value).atDay(1) : YearMonth.parse(value).atEndOfMonth();
                default -> LocalDate.parse(value);
            };
        } catch (DateTimeException e) {
            return null;
        }
    }

    public Span span() {
        return new Span(start, end, text);
    }
}
