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
        for (Map.Entry<String, Long> e : c.top(field, MAX_VALUES, scale).entrySet()) {
            String label = labels != null ? labels.name(s, e.getKey()) : e.getKey();
            out.add(new FacetValue(e.getKey(), label, e.getValue()));
        }
        return List.copyOf(out);
    }

    /** The name the first stored mention of an entity key gives. */
    static String actorName(IndexSearcher s, String key) throws IOException {
        ScoreDoc[] docs = s.search(new TermQuery(new Term(Fields.ENTITY_KEY, key)), 1).scoreDocs;
        if (docs.length == 0) {
            return key.substring(key.indexOf(':') + 1);
        }
        return Views.mention(s.storedFields(), docs[0].doc).entity().name();
    }
}
