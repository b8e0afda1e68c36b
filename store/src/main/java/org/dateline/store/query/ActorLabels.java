package org.dateline.store.query;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.search.IndexSearcher;

/**
 * Display names and country codes of actor keys for facets, remembered per store: looking each one
 * up costs a query and a stored-document read, and a busy actor facet would do that on every
 * search. A key's name only ever changes spelling (that is what the key folds), and a namesake of
 * another country is another key, so a remembered one stays right. Two namesakes of one country
 * (keys ending {@code :family} or {@code :2}) keep one label; their values tell them apart.
 */
public final class ActorLabels {
    private static final int MAX = 50_000;
    private final Map<String, Actor> actors = new ConcurrentHashMap<>();

    /** An actor's display name and country code (null when it has none), as its first stored mention gives them. */
    record Actor(String name, String code) {}

    Actor of(IndexSearcher s, String key) throws IOException {
        Actor actor = actors.get(key);
        if (actor == null) {
            actor = Facets.actor(s, key);
            if (actors.size() >= MAX) {
                actors.clear();
            }
            actors.put(key, actor);
        }
        return actor;
    }

    Map<String, List<FacetValue>> facets(IndexSearcher s, CountedSearch.Result counted) throws IOException {
        return Facets.of(s, counted.facets(), counted.scale(), this);
    }
}
