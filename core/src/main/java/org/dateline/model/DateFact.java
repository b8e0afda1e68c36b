package org.dateline.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A temporal expression with its TimeML TIMEX3 type (DATE, TIME, DURATION, SET) and normalised
 * value, resolved against the article's published time. Its offsets are code points into the text.
 */
@JsonPropertyOrder({"start", "end", "text", "type", "value"})
public record DateFact(int start, int end, String text, TimexType type, String value) {
    public Span span() {
        return new Span(start, end, text);
    }
}
