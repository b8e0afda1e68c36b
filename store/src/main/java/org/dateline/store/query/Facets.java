package org.dateline.store.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.dateline.store.Fields;

/**
 * The facet block of a result: type, actor, source, factuality, sector, acled (ACLED event type),
 * acledSubEvent; actors labelled with a name. Each facet is named as the API parameter that
 * filters by its values.
 */
final class Facets {
    private static final int MAX_VALUES = 12;

    private Facets() {}

    /** The facet block of counted matches; counts are scaled by {@code scale} when only a sample was counted. */
    static Map<String, List<FacetValue>> of(IndexSearcher searcher, FacetCollector c, double scale, ActorLabels labels)
            throws IOException {
        Map<String, List<FacetValue>> out = new LinkedHashMap<>();
        out.put("type", values(searcher, c, scale, Fields.TYPE, null));
        out.put("actor", values(searcher, c, scale, Fields.ACTOR_KEY, labels));
        out.put("source", values(searcher, c, scale, Fields.SOURCE, null));
        out.put("factuality", values(searcher, c, scale, Fields.FACTUALITY, null));
        out.put("sector", values(searcher, c, scale, Fields.SECTOR, null));
        out.put("acled", values(searcher, c, scale, Fields.ACLED, null));
        out.put("acledSubEvent", values(searcher, c, scale, Fields.ACLED_SUB_EVENT, null));
        return java.util.Collections.unmodifiableMap(out);
    }

    private static List<FacetValue> values(IndexSearcher s, FacetCollector c, double scale, String field, ActorLabels labels)
            throws IOException {
        List<FacetValue> out = new ArrayList<>();
        Map<String, Long> top = c.top(field, MAX_VALUES, scale);
        if (field.equals(Fields.ACTOR_KEY)) {
            top = byIdentity(s, c, scale, top);
        }
        if (labels == null) {
            top.forEach((value, count) -> out.add(new FacetValue(value, value, count)));
            return List.copyOf(out);
        }
        Map<String, ActorLabels.Actor> actors = new LinkedHashMap<>();
        Map<String, Integer> named = new java.util.HashMap<>();
        for (String key : top.keySet()) {
            ActorLabels.Actor a = labels.of(s, key);
            actors.put(key, a);
            named.merge(a.name(), 1, Integer::sum);
        }
        for (Map.Entry<String, Long> e : top.entrySet()) {
            ActorLabels.Actor a = actors.get(e.getKey());
            // two values shown under one name ("Foreign Ministry", Armenia's and Azerbaijan's) are
            // told apart by their countries; a name no other value shares stays alone
            String label = named.get(a.name()) > 1 && a.code() != null ? a.name() + " (" + a.code() + ")" : a.name();
            out.add(new FacetValue(e.getKey(), label, e.getValue()));
        }
        return List.copyOf(out);
    }

    /**
     * Actor counts with each identity found later to be another one counted under that one: the
     * documents keep the key their article was given. Only when one of the top values is such an
     * alias are more values read and merged (a document naming both is then counted twice, the
     * price of not reindexing old articles).
     */
    private static Map<String, Long> byIdentity(IndexSearcher s, FacetCollector c, double scale, Map<String, Long> top)
            throws IOException {
        boolean any = false;
        for (String key : top.keySet()) {
            any |= Identities.isAlias(s, key);
        }
        if (!any) {
            return top;
        }
        Map<String, Long> merged = new java.util.HashMap<>();
        for (Map.Entry<String, Long> e : c.top(Fields.ACTOR_KEY, MAX_VALUES * 4, scale).entrySet()) {
            String key = Identities.isAlias(s, e.getKey()) ? Identities.root(s, e.getKey()) : e.getKey();
            merged.merge(key, e.getValue(), Long::sum);
        }
        Map<String, Long> out = new LinkedHashMap<>();
        merged.entrySet().stream()
            .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
            .limit(MAX_VALUES)
            .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** The name and country code the first stored mention of an entity key gives. */
    static ActorLabels.Actor actor(IndexSearcher s, String key) throws IOException {
        ScoreDoc[] docs = s.search(new TermQuery(new Term(Fields.ENTITY_KEY, key)), 1).scoreDocs;
        if (docs.length == 0) {
            return new ActorLabels.Actor(key.substring(key.indexOf(':') + 1), null);
        }
        var entity = Views.mention(s.storedFields(), docs[0].doc).entity();
        return new ActorLabels.Actor(entity.name(), entity.code());
    }
}
