package org.dateline.model;

import java.util.Objects;

/**
 * Evidence: a stretch of the record's text. Offsets count Unicode code points, end exclusive, so
 * that {@code text[start:end]} in Python (and most non-Java consumers) gives back {@link #text()}.
 */
public record Span(int start, int end, String text) implements Comparable<Span> {
    public Span {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
