package org.dateline.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * A temporal expression with its TimeML TIMEX3 type (DATE, TIME, DURATION, SET) and normalised
 * value, resolved against the article's published time. Its offsets are code points into the text.
 */
@JsonPropertyOrder({"start", "end", "text", "type", "value"})
public record DateFact(int start, int end, String text, TimexType type, String value) {
    private static final Pattern DAY = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}");

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

    public Span span() {
        return new Span(start, end, text);
    }
}
