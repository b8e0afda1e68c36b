package org.dateline.store.query;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * Events per day, ISO week (buckets start on Monday) or month, gaps filled with zero buckets so a
 * chart can draw them evenly. Events without a day are counted in {@code undated}; with the
 * {@code auto} interval, events dated far from the rest are counted in {@code outside}, with the
 * earliest and latest of their days, and left out of the buckets ({@link Timelines#drawnRange}).
 * {@code total} is the buckets' sum, {@code undated} and {@code outside} together.
 */
@JsonPropertyOrder({"interval", "total", "undated", "outside", "outsideEarliest", "outsideLatest", "buckets"})
public record Timeline(String interval, long total, long undated, long outside, String outsideEarliest,
                       String outsideLatest, List<Bucket> buckets) {
    /** One bar: its first day, its count and the count per event type. */
    public record Bucket(String start, long count, Map<String, Long> types) {}
}
