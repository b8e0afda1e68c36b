package org.dateline.store.query;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/** Articles matching a query: {@code total} counts articles, {@code hits} is the requested page. */
@JsonPropertyOrder({"total", "hits", "facets"})
public record SearchResult(long total, List<ArticleHit> hits, Map<String, List<FacetValue>> facets) {}
