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
import org.dateline.identity.Identity;
import org.dateline.identity.JoinRule;
import org.dateline.model.Entity;
import org.dateline.store.Fields;

/**
 * One entity across articles, by its identity ({@link Identities}): the names and codes its
 * mentions give, how each name was joined, the statements it made, the events it is an actor or
 * recipient of.
 */
public final class EntityPages {
    private static final int MAX_MENTIONS = 10_000;

    private EntityPages() {}

    /** The page, or null when no article has an entity with this key (nor a name key that finds one). */
    public static EntityPage run(IndexSearcher s, String key, int limit) throws IOException {
        String root = Identities.root(s, key);
        List<Identity> members = Identities.members(s, root);
        List<String> keys = new ArrayList<>();
        members.forEach(m -> keys.add(m.key()));
        if (keys.isEmpty()) {
            keys.add(root);
        }
        ScoreDoc[] mentions = AllHits.of(s, anyOf(Fields.ENTITY, Fields.ENTITY_KEY, keys), MAX_MENTIONS);
        if (mentions.length == 0) {
            return null;
        }
        Map<String, Integer> names = new LinkedHashMap<>();
        Set<String> codes = new LinkedHashSet<>();
        Set<String> titles = new LinkedHashSet<>();
        Set<String> articles = new HashSet<>();
        Map<String, Identity> byKey = new LinkedHashMap<>();
        members.forEach(m -> byKey.put(m.key(), m));
        Map<Join, Set<String>> joined = new LinkedHashMap<>();
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
            if (m.rule() != null) {
                // an identity found later to be this one: its names joined by the rule of that finding
                Identity member = byKey.get(m.key());
                boolean later = member != null && member.aliasOf() != null && member.aliasRule() != null;
                Join how = later
                    ? new Join(e.name(), m.key(), member.aliasRule(), member.aliasOf(), true)
                    : new Join(e.name(), m.key(), m.rule(), m.basis(), false);
                joined.computeIfAbsent(how, k -> new HashSet<>()).add(m.articleId());
            }
        }
        String name = members.isEmpty()
            ? names.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey()
            : members.get(0).display();

        List<StatementView> said = new ArrayList<>();
        for (ScoreDoc sd : s.search(anyOf(Fields.STATEMENT, Fields.SPEAKER_KEY, keys), limit, EventSearch.BY_DAY).scoreDocs) {
            said.add(Views.statement(stored, sd.doc));
        }
        List<EventView> events = new ArrayList<>();
        for (ScoreDoc sd : s.search(anyOf(Fields.EVENT, Fields.ACTOR, keys), limit, EventSearch.BY_DAY).scoreDocs) {
            events.add(Views.event(stored, sd.doc));
        }
        return new EntityPage(root, name, type, List.copyOf(names.keySet()), List.copyOf(codes),
            List.copyOf(titles), articles.size(), joins(joined), said, events);
    }

    /** How one name was joined: by which rule, on whose basis, and whether only when a later name came in. */
    private record Join(String name, String key, JoinRule rule, String basis, boolean later) {}

    /** Each name with the rule that gave it this identity, and in how many articles. */
    private static List<EntityJoin> joins(Map<Join, Set<String>> joined) {
        List<EntityJoin> out = new ArrayList<>();
        for (Map.Entry<Join, Set<String>> j : joined.entrySet()) {
            Join k = j.getKey();
            String meaning = k.rule().meaning() + (k.later() ? ", found when that name came in later" : "");
            out.add(new EntityJoin(k.name(), k.key(), k.rule().wireName(), meaning, k.basis(), j.getValue().size()));
        }
        return out;
    }

    private static Query anyOf(String kind, String field, List<String> values) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String v : values) {
            any.add(new TermQuery(new Term(field, v)), BooleanClause.Occur.SHOULD);
        }
        return new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Fields.KIND, kind)), BooleanClause.Occur.FILTER)
            .add(any.build(), BooleanClause.Occur.FILTER)
            .build();
    }
}
