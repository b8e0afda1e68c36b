package org.dateline.store.query;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/** Events matching a query, in date order, with facet counts over all of them. */
@JsonPropertyOrder({"total", "events", "facets"})
public record EventResult(long total, List<EventView> events, Map<String, List<FacetValue>> facets) {}
