package org.dateline.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.dateline.identity.Identity;
import org.dateline.identity.Known;
import org.dateline.identity.MemoryKnown;
import org.dateline.identity.RoleMatch;
import org.dateline.model.EntityType;
import org.dateline.store.query.Identities;

/**
 * The store's identities as the writer sees them: identity documents of the index, read through a
 * near-real-time reader of the writer, plus those written since that reader was opened (held in
 * memory, so an article sees the identities its predecessors made without a refresh per article).
 * Only the writing thread uses it.
 */
final class IdentityIndex implements Known {
    /** Identities held in memory before the reader is refreshed: a bound on memory, not on correctness. */
    private static final int MAX_PENDING = 20_000;
    /** More identities of one name, surname or role head than any real store needs to compare. */
    private static final int MAX_HITS = 200;

    private final IndexWriter writer;
    private final RoleMatch roles;
    private final MemoryKnown pending;
    private DirectoryReader reader;
    private IndexSearcher searcher;

    IdentityIndex(IndexWriter writer, RoleMatch roles) throws IOException {
        this.writer = writer;
        this.roles = roles;
        this.pending = new MemoryKnown(roles);
        this.reader = DirectoryReader.open(writer);
        this.searcher = new IndexSearcher(reader);
    }

    /** Adds or replaces the identity's document. */
    void write(Identity id) {
        pending.put(id);
        try {
            writer.updateDocument(new Term(Fields.ID_KEY, id.key()), document(id, roles));
            if (pending.size() > MAX_PENDING) {
                refresh();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the index anew (after a commit, or when memory holds many identities) and empties memory. */
    void refresh() throws IOException {
        DirectoryReader newer = DirectoryReader.openIfChanged(reader, writer);
        if (newer != null) {
            reader.close();
            reader = newer;
            searcher = new IndexSearcher(reader);
        }
        pending.clear();
    }

    void close() throws IOException {
        reader.close();
    }

    static Document document(Identity id, RoleMatch roles) {
        Document d = new Document();
        d.add(new StringField(Fields.KIND, Fields.IDENTITY, Field.Store.NO));
        d.add(new StringField(Fields.ID_KEY, id.key(), Field.Store.NO));
        d.add(new StringField(Fields.ID_NAME, MemoryKnown.nameTerm(id.type(), id.name()), Field.Store.NO));
        String surname = MemoryKnown.surname(id);
        if (surname != null) {
            d.add(new StringField(Fields.ID_SURNAME, surname, Field.Store.NO));
        }
        for (String head : MemoryKnown.heads(id, roles)) {
            d.add(new StringField(Fields.ID_ROLE, head, Field.Store.NO));
        }
        if (id.aliasOf() != null) {
            d.add(new StringField(Fields.ALIAS_OF, id.aliasOf(), Field.Store.NO));
            d.add(new StringField(Fields.ALIAS_KEY, id.key(), Field.Store.NO));
        }
        d.add(new StoredField(Fields.JSON, RecordDocuments.json(id)));
        return d;
    }

    @Override
    public Identity byKey(String key) {
        Identity held = pending.byKey(key);
        if (held != null) {
            return held;
        }
        try {
            return Identities.byKey(searcher, key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<Identity> byName(EntityType type, String name) {
        return merged(pending.byName(type, name), search(Fields.ID_NAME, MemoryKnown.nameTerm(type, name)));
    }

    @Override
    public List<Identity> bySurname(String surname) {
        return merged(pending.bySurname(surname), search(Fields.ID_SURNAME, surname));
    }

    @Override
    public List<Identity> byRole(String head) {
        return merged(pending.byRole(head), search(Fields.ID_ROLE, head));
    }

    /**
     * The index's identities with the held ones in their place (held ones are newer), by key: an
     * updated identity moves to the index's end, and the resolver's choice must not move with it.
     */
    private List<Identity> merged(List<Identity> held, List<Identity> indexed) {
        Map<String, Identity> out = new LinkedHashMap<>();
        for (Identity id : indexed) {
            Identity newer = pending.byKey(id.key());
            out.put(id.key(), newer != null ? newer : id);
        }
        for (Identity id : held) {
            out.putIfAbsent(id.key(), id);
        }
        List<Identity> all = new ArrayList<>(out.values());
        all.sort(java.util.Comparator.comparing(Identity::key));
        return all;
    }

    private List<Identity> search(String field, String value) {
        try {
            BooleanQuery q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, Fields.IDENTITY)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER)
                .build();
            List<Identity> out = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(q, MAX_HITS).scoreDocs) {
                out.add(Identities.read(searcher.storedFields().document(sd.doc)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
