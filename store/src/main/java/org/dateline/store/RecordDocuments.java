package org.dateline.store;

import static org.dateline.model.Vocabularies.wireName;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.dateline.identity.Resolution;
import org.dateline.json.RecordJson;
import org.dateline.model.AcledSubEventType;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Entity;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.model.Factuality;
import org.dateline.model.NameFold;
import org.dateline.model.Statement;
import org.dateline.store.query.EntityMention;
import org.dateline.store.query.EntityRef;
import org.dateline.store.query.EventView;
import org.dateline.store.query.Heads;
import org.dateline.store.query.StatementView;
import org.dateline.table.EntityKey;

/**
 * One contract record as a block of Lucene documents: the article first, then one document per
 * entity, statement and event. The article document keeps the record's JSON verbatim (exact
 * round-trip) and carries its events' types, ACLED types, actors and factualities, so article searches filter
 * and facet without a join. Wherever actors are indexed (event actors and recipients, statement
 * speakers, all of them on the article) so are their entities' sectors: "documents with an actor of
 * this sector".
 */
public final class RecordDocuments {
    private RecordDocuments() {}

    /** The documents with every entity keyed by its name ({@code TYPE:folded name}), as before identities. */
    public static List<Document> of(ArticleRecord r) {
        return of(r, Map.of());
    }

    /**
     * The documents with each entity under the identity {@code identities} gives it by per-article
     * id (its name key when absent). An entity document keeps how its identity was decided, for the
     * entity page, and its name key, so keys from before identities still find it.
     */
    public static List<Document> of(ArticleRecord r, Map<String, Resolution> identities) {
        Map<String, Entity> entities = r.entities().stream()
            .collect(Collectors.toMap(Entity::id, Function.identity(), (a, b) -> a));
        Map<String, EntityRef> byId = new HashMap<>();
        for (Entity e : entities.values()) {
            Resolution res = identities.get(e.id());
            byId.put(e.id(), EntityRef.of(e, res == null ? EntityKey.of(e, r.id()) : res.key()));
        }
        String source = r.source() == null ? null : r.source().name();
        LocalDate published = Days.published(r.published());
        List<Document> docs = new ArrayList<>();

        Document article = base(r.id(), Fields.ARTICLE, source, published);
        article.add(new TextField(Fields.TEXT, r.text(), Field.Store.NO));
        article.add(new TextField(Fields.ARTICLE_TEXT, r.text(), Field.Store.NO));
        article.add(new StringField(Fields.ARTICLE_TEXT_MARK, Fields.ARTICLE, Field.Store.NO));
        article.add(new StringField(Fields.PUBLICATION, r.publicationKey(), Field.Store.YES));
        if (r.title() != null) {
            article.add(new TextField(Fields.TITLE, r.title(), Field.Store.NO));
        }
        article.add(new StoredField(Fields.JSON, RecordJson.toLine(r)));
        article.add(new BinaryDocValuesField(Fields.HEAD, Heads.encode(r)));
        Set<EventType> types = new LinkedHashSet<>();
        Set<Factuality> factualities = new LinkedHashSet<>();
        Set<AcledSubEventType> acled = new LinkedHashSet<>();
        List<EntityRef> actors = new ArrayList<>();
        docs.add(article);

        for (Entity e : r.entities()) {
            EntityRef ref = byId.get(e.id());
            Resolution res = identities.get(e.id());
            Document d = base(r.id(), Fields.ENTITY, source, published);
            d.add(new StringField(Fields.ENTITY_KEY, ref.key(), Field.Store.YES));
            // A person without a name keeps its key within its article here too: "PERSON:man" names no one.
            d.add(new StringField(Fields.NAME_KEY, EntityKey.of(e, r.id()), Field.Store.NO));
            d.add(new TextField(Fields.TEXT, e.name(), Field.Store.NO));
            d.add(new StoredField(Fields.JSON, json(new EntityMention(r.id(), ref.key(), e,
                res == null ? null : res.rule(), res == null ? null : res.basis()))));
            docs.add(d);
        }
        for (Statement s : r.statements()) {
            EntityRef speaker = ref(byId, s.speaker());
            LocalDate day = Days.of(s.date(), r.published());
            Document d = base(r.id(), Fields.STATEMENT, source, day);
            d.add(new TextField(Fields.TEXT, s.content().text(), Field.Store.NO));
            if (speaker != null) {
                d.add(new StringField(Fields.SPEAKER_KEY, speaker.key(), Field.Store.NO));
                addActor(d, speaker, entities);
                actors.add(speaker);
            }
            d.add(new StoredField(Fields.JSON, json(new StatementView(r.id(), r.title(), source, r.published(), speaker, s))));
            docs.add(d);
        }
        for (Event v : r.events()) {
            LocalDate day = Days.of(v.date() == null ? null : v.date().value(), r.published());
            List<EntityRef> who = refs(byId, v.actors());
            List<EntityRef> whom = refs(byId, v.recipients());
            Document d = base(r.id(), Fields.EVENT, source, day);
            keyword(d, Fields.TYPE, wireName(v.type()));
            keyword(d, Fields.FACTUALITY, wireName(v.factuality()));
            if (v.acled() != null) {
                keyword(d, Fields.ACLED, wireName(v.acled().eventType()));
                keyword(d, Fields.ACLED_SUB_EVENT, wireName(v.acled().subEventType()));
                acled.add(v.acled().subEventType());
            }
            for (EntityRef a : who) {
                addActor(d, a, entities);
            }
            for (EntityRef a : whom) {
                addActor(d, a, entities);
            }
            packFacets(d);
            String evidence = v.evidence() == null ? "" : v.evidence().text();
            d.add(new TextField(Fields.TEXT, evidence + (r.title() == null ? "" : "\n" + r.title()), Field.Store.NO));
            d.add(new StoredField(Fields.JSON, json(new EventView(r.id(), r.title(), source, r.published(),
                day == null ? null : day.toString(), who, whom, ref(byId, v.claimedBy()), v))));
            docs.add(d);
            if (v.type() != null) {
                types.add(v.type());
            }
            if (v.factuality() != null) {
                factualities.add(v.factuality());
            }
            actors.addAll(who);
            actors.addAll(whom);
        }
        types.forEach(t -> keyword(article, Fields.TYPE, t.wireName()));
        factualities.forEach(f -> keyword(article, Fields.FACTUALITY, f.wireName()));
        acled.stream().map(AcledSubEventType::eventType).distinct()
            .forEach(t -> keyword(article, Fields.ACLED, t.wireName()));
        acled.forEach(t -> keyword(article, Fields.ACLED_SUB_EVENT, t.wireName()));
        Set<String> seen = new LinkedHashSet<>();
        for (EntityRef a : actors) {
            // by entity id, not key: two mentions under one key may still differ in sector
            if (seen.add(a.id())) {
                addActor(article, a, entities);
            }
        }
        packFacets(article);
        return docs;
    }

    /**
     * Copies the document's facet doc values into the one {@link Fields#FACET} field, so facet
     * counting reads one field per match; taken from the fields themselves, so the two never differ.
     */
    private static void packFacets(Document d) {
        Set<String> packed = new LinkedHashSet<>();
        for (IndexableField f : d.getFields()) {
            if (f instanceof SortedSetDocValuesField && Fields.FACET_FIELDS.contains(f.name())) {
                packed.add(f.name() + Fields.FACET_SEPARATOR + f.binaryValue().utf8ToString());
            }
        }
        for (String p : packed) {
            d.add(new SortedSetDocValuesField(Fields.FACET, new BytesRef(p)));
        }
    }

    private static Document base(String articleId, String kind, String source, LocalDate day) {
        Document d = new Document();
        d.add(new StringField(Fields.KIND, kind, Field.Store.NO));
        d.add(new StringField(Fields.ARTICLE_ID, articleId, Field.Store.YES));
        keyword(d, Fields.SOURCE, source);
        if (day != null) {
            keyword(d, Fields.DAY, day.toString());
            d.add(new LongPoint(Fields.DAY_N, day.toEpochDay()));
            d.add(new NumericDocValuesField(Fields.DAY_N, day.toEpochDay()));
        }
        return d;
    }

    /** An exact-match filter term plus a doc value for facet counting. */
    private static void keyword(Document d, String field, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        d.add(new StringField(field, value, Field.Store.NO));
        d.add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }

    /** The actor's names, its key as a facet value, and its entity's sector when it has one. */
    private static void addActor(Document d, EntityRef a, Map<String, Entity> byId) {
        Set<String> names = new LinkedHashSet<>();
        names.add(a.key());
        names.add(NameFold.forEntityKey(a.name()));
        if (a.code() != null) {
            names.add(a.code().toLowerCase(Locale.ROOT));
        }
        for (String n : names) {
            d.add(new StringField(Fields.ACTOR, n, Field.Store.NO));
        }
        d.add(new SortedSetDocValuesField(Fields.ACTOR_KEY, new BytesRef(a.key())));
        Entity e = byId.get(a.id());
        if (e != null) {
            keyword(d, Fields.SECTOR, wireName(e.sector()));
        }
    }

    private static EntityRef ref(Map<String, EntityRef> byId, String id) {
        return id == null ? null : byId.get(id);
    }

    private static List<EntityRef> refs(Map<String, EntityRef> byId, List<String> ids) {
        List<EntityRef> out = new ArrayList<>();
        for (String id : ids) {
            EntityRef r = ref(byId, id);
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    static String json(Object value) {
        try {
            return RecordJson.mapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("store values are always serialisable", e);
        }
    }
}
