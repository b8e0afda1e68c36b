package org.dateline.store.query;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * Articles matching a query: {@code total} counts articles, {@code hits} is the requested page.
 * {@code estimated} is true when {@code total} and the facet counts were estimated from a sample of
 * the matches (a query matching a large share of a large store); the hits are exact either way.
 */
@JsonPropertyOrder({"total", "estimated", "hits", "facets"})
public record SearchResult(long total, boolean estimated, List<ArticleHit> hits, Map<String, List<FacetValue>> facets) {
    public SearchResult {
        hits = List.copyOf(hits);
    }
}
