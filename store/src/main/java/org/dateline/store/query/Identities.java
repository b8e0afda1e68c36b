package org.dateline.store.query;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.dateline.identity.Identity;
import org.dateline.identity.Known;
import org.dateline.json.RecordJson;
import org.dateline.store.Fields;
import org.dateline.table.EntityKey;

/**
 * Identities as readers see them. An entity document keeps the identity key its article was given;
 * that identity may since have been found to be another ({@link Identity#aliasOf}), so every reader
 * goes from a key to its root (the identity it is now) and from a root to its members (the root and
 * every identity that became it). A key from before identities (a name key, {@code PERSON:mammadov})
 * finds the identity its entities were given. In a store written before identities, every key is
 * its own root and only member.
 */
public final class Identities {
    /** Aliases of one identity read at most: far more spellings and surnames than one person has. */
    private static final int MAX_MEMBERS = 1_000;

    private Identities() {}

    /** The identity of an identity document. */
    public static Identity read(Document d) {
        try {
            return RecordJson.mapper().readValue(d.get(Fields.JSON), Identity.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a stored identity does not read back", e);
        }
    }

    /** The identity stored under exactly this key, or null. */
    public static Identity byKey(IndexSearcher s, String key) throws IOException {
        ScoreDoc[] docs = s.search(identities(Fields.ID_KEY, key), 1).scoreDocs;
        return docs.length == 0 ? null : read(s.storedFields().document(docs[0].doc));
    }

    /** The key {@code key} stands for now (itself when the store knows no better). */
    public static String root(IndexSearcher s, String key) throws IOException {
        String at = key;
        boolean viaName = false;
        for (int hops = 0; hops < Known.MAX_ALIAS_HOPS; hops++) {
            Identity id = byKey(s, at);
            if (id == null) {
                String given = viaName ? null : identityOfName(s, at);
                if (given == null || given.equals(at)) {
                    return at;
                }
                viaName = true;
                at = given;
            } else if (id.aliasOf() == null) {
                return at;
            } else {
                at = id.aliasOf();
            }
        }
        return at;
    }

    /** Whether an identity of this key was found to be another one: one term lookup, for facets. */
    static boolean isAlias(IndexSearcher s, String key) throws IOException {
        return s.getIndexReader().docFreq(new Term(Fields.ALIAS_KEY, key)) > 0;
    }

    /** The root of {@code key} and every identity that became it, root first; just the key in an old store. */
    public static List<Identity> members(IndexSearcher s, String root) throws IOException {
        List<Identity> out = new ArrayList<>();
        Identity top = byKey(s, root);
        if (top == null) {
            return out;
        }
        out.add(top);
        Set<String> seen = new LinkedHashSet<>(List.of(root));
        Deque<String> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty() && out.size() < MAX_MEMBERS) {
            for (ScoreDoc sd : AllHits.of(s, identities(Fields.ALIAS_OF, todo.pop()), MAX_MEMBERS)) {
                Identity member = read(s.storedFields().document(sd.doc));
                if (seen.add(member.key())) {
                    out.add(member);
                    todo.add(member.key());
                }
            }
        }
        return out;
    }

    /** The keys documents may carry for the entity {@code key} names: its root's members' keys. */
    public static List<String> memberKeys(IndexSearcher s, String key) throws IOException {
        String root = root(s, key);
        List<String> keys = new ArrayList<>();
        for (Identity id : members(s, root)) {
            keys.add(id.key());
        }
        if (keys.isEmpty()) {
            keys.add(root);
        }
        return keys;
    }

    /** Each entity of one article by per-article id, keyed by the root of the identity it was given. */
    public static Map<String, String> articleKeys(IndexSearcher s, String articleId) throws IOException {
        Query q = new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Fields.KIND, Fields.ENTITY)), BooleanClause.Occur.FILTER)
            .add(new TermQuery(new Term(Fields.ARTICLE_ID, articleId)), BooleanClause.Occur.FILTER)
            .build();
        Map<String, String> keys = new LinkedHashMap<>();
        Map<String, String> roots = new LinkedHashMap<>();
        for (ScoreDoc sd : AllHits.of(s, q, 100_000)) {
            EntityMention m = Views.mention(s.storedFields(), sd.doc);
            String root = roots.get(m.key());
            if (root == null) {
                root = m.rule() == null ? m.key() : root(s, m.key());
                roots.put(m.key(), root);
            }
            keys.put(m.entity().id(), root);
        }
        return keys;
    }

    /** The query with each actor named by key widened to every key of that entity's identity. */
    public static StoreQuery expand(IndexSearcher s, StoreQuery q) throws IOException {
        Filters f = q.filters();
        if (f.actors().isEmpty()) {
            return q;
        }
        Set<String> actors = new LinkedHashSet<>();
        for (String a : f.actors()) {
            String v = a.strip();
            if (EntityKey.isKey(v)) {
                actors.addAll(memberKeys(s, Queries.actorTerm(v)));
            } else {
                actors.add(v);
            }
        }
        Filters wide = new Filters(f.types(), List.copyOf(actors), f.sources(), f.factualities(), f.sectors(),
            f.acledTypes(), f.acledSubEvents(), f.from(), f.to());
        return new StoreQuery(q.text(), wide, q.offset(), q.limit());
    }

    /** The identity key the entity documents of a name key were given, or null. */
    private static String identityOfName(IndexSearcher s, String nameKey) throws IOException {
        ScoreDoc[] docs = s.search(new TermQuery(new Term(Fields.NAME_KEY, nameKey)), 1).scoreDocs;
        return docs.length == 0 ? null : Views.mention(s.storedFields(), docs[0].doc).key();
    }

    private static Query identities(String field, String value) {
        return new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Fields.KIND, Fields.IDENTITY)), BooleanClause.Occur.FILTER)
            .add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER)
            .build();
    }
}
