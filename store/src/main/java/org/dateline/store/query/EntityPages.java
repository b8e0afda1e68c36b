package org.dateline.store.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.dateline.model.Entity;
import org.dateline.store.Fields;

/**
 * One entity across articles, by its {@link org.dateline.table.EntityKey}: the names and codes its
 * mentions give, the statements it made, the events it is an actor or recipient of.
 */
public final class EntityPages {
    private static final int MAX_MENTIONS = 10_000;

    private EntityPages() {}

    /** The page, or null when no article has an entity with this key. */
    public static EntityPage run(IndexSearcher s, String key, int limit) throws IOException {
        ScoreDoc[] mentions = s.search(new TermQuery(new Term(Fields.ENTITY_KEY, key)), MAX_MENTIONS).scoreDocs;
        if (mentions.length == 0) {
            return null;
        }
        Map<String, Integer> names = new LinkedHashMap<>();
        Set<String> codes = new LinkedHashSet<>();
        Set<String> titles = new LinkedHashSet<>();
        Set<String> articles = new HashSet<>();
        String type = null;
        StoredFields stored = s.storedFields();
        for (ScoreDoc sd : mentions) {
            EntityMention m = Views.mention(stored, sd.doc);
            Entity e = m.entity();
            names.merge(e.name(), 1, Integer::sum);
            if (e.code() != null) {
                codes.add(e.code());
            }
            titles.addAll(e.titles());
            articles.add(m.articleId());
            type = e.type() == null ? type : e.type().name();
        }
        String name = names.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();

        List<StatementView> said = new ArrayList<>();
        for (ScoreDoc sd : s.search(of(Fields.STATEMENT, Fields.SPEAKER_KEY, key), limit, EventSearch.BY_DAY).scoreDocs) {
            said.add(Views.statement(stored, sd.doc));
        }
        List<EventView> events = new ArrayList<>();
        for (ScoreDoc sd : s.search(of(Fields.EVENT, Fields.ACTOR, key), limit, EventSearch.BY_DAY).scoreDocs) {
            events.add(Views.event(stored, sd.doc));
        }
        return new EntityPage(key, name, type, List.copyOf(names.keySet()), List.copyOf(codes),
            List.copyOf(titles), articles.size(), said, events);
    }

    private static Query of(String kind, String field, String value) {
        return new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Fields.KIND, kind)), BooleanClause.Occur.FILTER)
            .add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER)
            .build();
    }
}
