package org.dateline.table;

import static org.dateline.model.Vocabularies.wireName;
import static org.dateline.model.Vocabularies.wireNames;
import static org.dateline.table.Table.Type.BIGINT;
import static org.dateline.table.Table.Type.BOOLEAN;
import static org.dateline.table.Table.Type.DOUBLE;
import static org.dateline.table.Table.Type.LIST;
import static org.dateline.table.Table.Type.VARCHAR;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.dateline.model.Acled;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Author;
import org.dateline.model.DateFact;
import org.dateline.model.Entity;
import org.dateline.model.Event;
import org.dateline.model.InputRef;
import org.dateline.model.Span;
import org.dateline.model.Statement;

/**
 * The tables a record flattens into, one per kind, joined on {@code article_id}: articles, entities,
 * dates, statements, events. Spans are flattened to text plus code-point start and end; entity
 * references carry the cross-article entity key beside the per-article id. {@code dateline export}
 * writes all but dates (its four tables since it was written; dates are in the records' JSON) and
 * the Spark job writes all five: both from {@link #rows}, so the same record gives the same rows.
 */
public final class Tables {
    public static final Table ARTICLES = Table.of("articles",
        "article_id", VARCHAR, "url", VARCHAR, "source", VARCHAR, "domain", VARCHAR, "title", VARCHAR,
        "authors", LIST, "published", VARCHAR, "language", VARCHAR, "input_path", VARCHAR,
        "input_format", VARCHAR, "warc_file", VARCHAR, "warc_offset", BIGINT, "warc_length", BIGINT,
        "text", VARCHAR, "warnings", LIST,
        // the story the store put the article in (org.dateline.story); null where no story was decided
        "story_id", VARCHAR);
    public static final Table ENTITIES = Table.of("entities",
        "article_id", VARCHAR, "entity_id", VARCHAR, "entity_key", VARCHAR, "name", VARCHAR, "type", VARCHAR,
        "titles", LIST, "code", VARCHAR, "sector", VARCHAR, "organization", VARCHAR, "mentions", BIGINT,
        // how the article refers to it: "name", or the record's "nominal" (a role) or "unnamed" (a person
        // it only describes, "a 17-year-old boy"), so that a table's reader can leave such rows out
        "naming", VARCHAR);
    /** The contract's date objects as they are: a span (start, end, text) with its TIMEX3 type and value. */
    public static final Table DATES = Table.of("dates",
        "article_id", VARCHAR, "start", BIGINT, "end", BIGINT, "text", VARCHAR, "type", VARCHAR, "value", VARCHAR);
    public static final Table STATEMENTS = Table.of("statements",
        "article_id", VARCHAR, "statement_id", VARCHAR, "speaker_id", VARCHAR, "speaker_key", VARCHAR,
        "source_text", VARCHAR, "cue_text", VARCHAR, "content_text", VARCHAR, "content_start", BIGINT,
        "content_end", BIGINT, "kind", VARCHAR, "date", VARCHAR, "framing", LIST);
    public static final Table EVENTS = Table.of("events",
        "article_id", VARCHAR, "event_id", VARCHAR, "type", VARCHAR, "mode", VARCHAR, "context", LIST,
        "actors", LIST, "actor_keys", LIST, "recipients", LIST, "recipient_keys", LIST, "date_value", VARCHAR,
        "date_text", VARCHAR, "location", VARCHAR, "location_entity", VARCHAR, "factuality", VARCHAR,
        "claimed_by", VARCHAR, "trigger_text", VARCHAR, "evidence_text", VARCHAR, "evidence_start", BIGINT,
        "evidence_end", BIGINT, "confidence", DOUBLE,
        // ACLED's names as ACLED's own data spells them, so the columns join ACLED exports as they are
        "acled_disorder_type", VARCHAR, "acled_event_type", VARCHAR, "acled_sub_event_type", VARCHAR,
        // a count and the words it rests on: text without a number ("dozens") is a null count beside its words
        "fatalities", BIGINT, "fatalities_text", VARCHAR, "injured", BIGINT, "injured_text", VARCHAR);
    public static final List<Table> ALL = List.of(ARTICLES, ENTITIES, DATES, STATEMENTS, EVENTS);
    /**
     * One row per story ({@link StorySummary}), not per record, so it is not in {@link #ALL}:
     * {@link #storyRow} makes it from a story's articles.
     */
    public static final Table STORIES = Table.of("stories",
        "story_id", VARCHAR, "title", VARCHAR, "title_article_id", VARCHAR, "first_published", VARCHAR,
        "last_published", VARCHAR, "days", BIGINT, "articles", BIGINT, "article_ids", LIST, "sources", LIST,
        "entity_keys", LIST, "parties", LIST, "event_types", LIST, "merged_story_ids", LIST);
    /**
     * One row per incident of a story ({@code org.dateline.story.Incident}), made by
     * {@link StoryRows}: the fused values, the fields on which independent sources differ
     * ({@code disagreements}, each field's versions as JSON in {@code disagreement_versions}) and the
     * rule that chose each fused value; one source's account is a row of {@link #INCIDENT_REPORTS}.
     */
    public static final Table INCIDENTS = Table.of("incidents",
        "incident_id", VARCHAR, "story_id", VARCHAR, "family", VARCHAR, "type", VARCHAR, "mode", VARCHAR,
        "acled_sub_event_type", VARCHAR, "date", VARCHAR, "location", VARCHAR, "killed", BIGINT, "injured", BIGINT,
        "article_ids", LIST, "event_refs", LIST, "sources", BIGINT, "outlets", LIST, "disagreements", LIST,
        "disagreement_versions", VARCHAR, "date_rule", VARCHAR, "location_rule", VARCHAR, "killed_rule", VARCHAR,
        "injured_rule", VARCHAR);
    /** One row per report of an incident: what one article says of it, joined on incident_id and article_id. */
    public static final Table INCIDENT_REPORTS = Table.of("incident_reports",
        "incident_id", VARCHAR, "story_id", VARCHAR, "article_id", VARCHAR, "outlet", VARCHAR, "published", VARCHAR,
        "event_ids", LIST, "date", VARCHAR, "date_basis", VARCHAR, "date_text", VARCHAR, "location", VARCHAR,
        "location_basis", VARCHAR, "killed", BIGINT, "killed_text", VARCHAR, "killed_basis", VARCHAR,
        "injured", BIGINT, "injured_text", VARCHAR, "injured_basis", VARCHAR, "factuality", VARCHAR,
        "claimed_by", VARCHAR, "copy_of", VARCHAR, "actors", LIST, "actor_keys", LIST, "recipients", LIST,
        "recipient_keys", LIST, "actor_codes", LIST, "recipient_codes", LIST);
    /**
     * One row per claim of a story ({@code org.dateline.story.Claim}): who asserts, denies or only
     * reports its proposition, whether one side asserts what another denies or tells another version
     * of the act ({@code contested}),
     * the claims telling the same act with other doers ({@code counters}), each statement's stance
     * as JSON in {@code stances}.
     */
    public static final Table CLAIMS = Table.of("claims",
        "claim_id", VARCHAR, "story_id", VARCHAR, "proposition", VARCHAR, "statement_refs", LIST, "article_ids", LIST,
        "asserted_by", LIST, "denied_by", LIST, "reported_by", LIST, "asserting_sides", LIST, "denying_sides", LIST,
        "contested", BOOLEAN, "counters", LIST, "framings", LIST, "stances", VARCHAR);
    /** The tables made per story, not per record ({@link StoryRows#rows}), in the order it gives them. */
    public static final List<Table> STORY_TABLES = List.of(STORIES, INCIDENTS, INCIDENT_REPORTS, CLAIMS);

    private Tables() {}

    /**
     * Receives rows, each aligned with its table's columns, each value of its column's
     * {@link Table.Type} or null.
     */
    public interface RowSink {
        void row(Table table, List<Object> values) throws java.io.IOException;
    }

    /** A per-record table ({@link #ALL}) or a per-story one ({@link #STORY_TABLES}) by name. */
    public static Table named(String name) {
        return java.util.stream.Stream.concat(ALL.stream(), STORY_TABLES.stream()).filter(t -> t.name().equals(name)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no table '" + name + "'"));
    }

    /** Every row a record gives, entities keyed by name ({@link EntityKey}), table by table in the order of {@link #ALL}. */
    public static void rows(ArticleRecord r, RowSink sink) throws java.io.IOException {
        rows(r, Map.of(), sink);
    }

    /**
     * The key of each of the record's entities by per-article id: the one {@code entityKeys} gives
     * (a store's identity), else {@link EntityKey#of(Entity, String)}. Every table a record gives,
     * and the per-story rows ({@link StoryRows}), key an entity so.
     */
    public static Map<String, String> keyed(ArticleRecord r, Map<String, String> entityKeys) {
        Map<String, String> byId = new java.util.HashMap<>();
        for (Entity e : r.entities()) {
            byId.putIfAbsent(e.id(), entityKeys.getOrDefault(e.id(), EntityKey.of(e, r.id())));
        }
        return byId;
    }

    /**
     * Every row a record gives, table by table in the order of {@link #ALL}, each entity under the
     * key {@code entityKeys} gives it by per-article id (a store's identity), else under its name key.
     */
    public static void rows(ArticleRecord r, Map<String, String> entityKeys, RowSink sink) throws java.io.IOException {
        rows(r, entityKeys, null, sink);
    }

    /** As above, the article in the story {@code storyId} (null: none decided). */
    public static void rows(ArticleRecord r, Map<String, String> entityKeys, String storyId, RowSink sink)
        throws java.io.IOException {
        Map<String, String> byId = keyed(r, entityKeys);
        String id = r.id();
        InputRef.Warc warc = r.input() == null ? null : r.input().warc();
        sink.row(ARTICLES, row(id, r.url(), r.source() == null ? null : r.source().name(),
            r.source() == null ? null : r.source().domain(), r.title(),
            r.authors().stream().map(Author::name).toList(),
            r.published() == null ? null : r.published().toIso(), r.language(),
            r.input() == null ? null : r.input().path(), r.input() == null ? null : wireName(r.input().format()),
            warc == null ? null : warc.file(), warc == null ? null : warc.offset(), warc == null ? null : warc.length(),
            r.text(), r.warnings(), storyId));
        for (Entity e : r.entities()) {
            sink.row(ENTITIES, row(id, e.id(), byId.get(e.id()), e.name(),
                e.type() == null ? null : e.type().name(), e.titles(), e.code(), wireName(e.sector()), e.organization(),
                (long) e.mentions().size(), naming(e)));
        }
        for (DateFact d : r.dates()) {
            sink.row(DATES, row(id, (long) d.start(), (long) d.end(), d.text(), wireName(d.type()), d.value()));
        }
        for (Statement s : r.statements()) {
            sink.row(STATEMENTS, row(id, s.id(), s.speaker(), key(byId, s.speaker()), text(s.source()),
                text(s.cue()), text(s.content()), start(s.content()), end(s.content()), wireName(s.kind()), s.date(),
                s.framing().stream().map(Span::text).toList()));
        }
        for (Event v : r.events()) {
            Acled acled = v.acled();
            sink.row(EVENTS, row(id, v.id(), wireName(v.type()), wireName(v.mode()), wireNames(v.context()), v.actors(), keys(byId, v.actors()),
                v.recipients(), keys(byId, v.recipients()), v.date() == null ? null : v.date().value(),
                v.date() == null ? null : v.date().text(), v.location() == null ? null : v.location().name(),
                v.location() == null ? null : v.location().entity(), wireName(v.factuality()), v.claimedBy(),
                text(v.trigger()), text(v.evidence()), start(v.evidence()), end(v.evidence()), v.confidence(),
                acled == null ? null : wireName(acled.disorderType()), acled == null ? null : wireName(acled.eventType()),
                acled == null ? null : wireName(acled.subEventType()), count(v.fatalities()), countText(v.fatalities()),
                count(v.injured()), countText(v.injured())));
        }
    }

    /** The {@link #STORIES} row of a story. */
    public static List<Object> storyRow(StorySummary s) {
        return row(s.storyId(), s.title(), s.titleArticleId(), s.firstPublished(), s.lastPublished(), s.days(),
            (long) s.articleIds().size(), s.articleIds(), s.sources(), s.entityKeys(), s.parties(), s.eventTypes(),
            s.mergedStoryIds());
    }

    static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    private static String naming(Entity e) {
        return e.unnamed() ? "unnamed" : e.nominal() ? "nominal" : "name";
    }

    private static String text(Span s) {
        return s == null ? null : s.text();
    }

    private static Long count(Event.Count c) {
        return c == null || c.value() == null ? null : (long) c.value();
    }

    private static String countText(Event.Count c) {
        return c == null ? null : text(c.evidence());
    }

    private static Long start(Span s) {
        return s == null ? null : (long) s.start();
    }

    private static Long end(Span s) {
        return s == null ? null : (long) s.end();
    }

    private static String key(Map<String, String> byId, String entityId) {
        return entityId == null ? null : byId.get(entityId);
    }

    private static List<String> keys(Map<String, String> byId, List<String> ids) {
        List<String> out = new ArrayList<>();
        for (String i : ids) {
            String k = key(byId, i);
            out.add(k);
        }
        return out;
    }
}
