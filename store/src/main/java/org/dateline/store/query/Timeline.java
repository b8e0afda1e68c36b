package org.dateline.store.query;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * Events per day or ISO week (buckets start on Monday), gaps filled with zero buckets so a chart
 * can draw them evenly. Events without a day are counted in {@code undated}.
 */
@JsonPropertyOrder({"interval", "total", "undated", "buckets"})
public record Timeline(String interval, long total, long undated, List<Bucket> buckets) {
    /** One bar: its first day, its count and the count per event type. */
    public record Bucket(String start, long count, Map<String, Long> types) {}
}
