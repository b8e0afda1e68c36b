package org.dateline.store.query;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * Events matching a query, in date order, with facet counts over all of them; {@code estimated} as
 * in {@link SearchResult}.
 */
@JsonPropertyOrder({"total", "estimated", "events", "facets"})
public record EventResult(long total, boolean estimated, List<EventView> events, Map<String, List<FacetValue>> facets) {
    public EventResult {
        events = List.copyOf(events);
    }
}
