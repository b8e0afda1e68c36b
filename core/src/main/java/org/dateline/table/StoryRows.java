package org.dateline.table;

import static org.dateline.model.Vocabularies.wireName;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.dateline.json.RecordJson;
import org.dateline.model.Span;
import org.dateline.story.Claim;
import org.dateline.story.ClaimStance;
import org.dateline.story.Claims;
import org.dateline.story.Incident;
import org.dateline.story.IncidentReport;
import org.dateline.story.Incidents;
import org.dateline.story.Stance;
import org.dateline.story.StoryArticle;

/**
 * The rows one story gives in the per-story tables ({@link Tables#STORY_TABLES}): its
 * {@code stories} row, its incidents ({@link Incidents#of}) with one {@code incident_reports} row
 * per report, and its claims ({@link Claims#of}). {@code dateline export} and the Spark job both
 * make them here from the story's articles, so the same story gives the same rows.
 */
public final class StoryRows {
    private StoryRows() {}

    /**
     * One statement's stance in a claim, as the {@code stances} JSON column writes it: with the word
     * that makes it a denial or the negated cue of one that only reports ({@code evidence}, null
     * otherwise) and the proposition's words as the
     * statement writes them, so a reader of the table sees why, as the API's claim shows.
     */
    public record StanceJson(String ref, String outlet, String speaker, String speakerKey, String side, String stance,
                             String evidence, List<String> words, List<String> framing) {}

    /** Every per-story row of the story {@code storyId} of {@code members} (any order), table by table. */
    public static void rows(String storyId, List<StorySummary.Member> members, Tables.RowSink sink) throws IOException {
        StorySummary summary = StorySummary.of(storyId, members);
        sink.row(Tables.STORIES, Tables.storyRow(summary));
        List<StoryArticle> articles = members.stream()
            .sorted(java.util.Comparator.comparingLong(StorySummary.Member::seq))
            // every entity keyed as the article's own rows key it: the Spark job's identities key
            // no unnamed person ("a man"), the store's do (their name key with the article)
            .map(m -> new StoryArticle(m.record(), Tables.keyed(m.record(), m.entityKeys()), m.seq())).toList();
        List<Incident> incidents = Incidents.of(storyId, articles);
        for (Incident i : incidents) {
            sink.row(Tables.INCIDENTS, incidentRow(i));
        }
        for (Incident i : incidents) {
            for (IncidentReport r : i.sources()) {
                sink.row(Tables.INCIDENT_REPORTS, reportRow(i, r));
            }
        }
        for (Claim c : Claims.of(storyId, articles)) {
            sink.row(Tables.CLAIMS, claimRow(c));
        }
    }

    static List<Object> incidentRow(Incident i) {
        List<String> outlets = distinct(i.sources(), IncidentReport::outlet);
        return Tables.row(i.id(), i.storyId(), i.family(), wireName(i.type()), wireName(i.mode()),
            i.acledSubEventType(), i.date(), i.location(), along(i.killed()), along(i.injured()), i.articleIds(),
            i.eventRefs(), (long) distinct(i.sources(), IncidentReport::sourceKey).size(), outlets,
            i.disagreements().stream().map(d -> d.field()).toList(), json(i.disagreements()),
            i.basis().date().rule(), i.basis().location().rule(), i.basis().killed().rule(),
            i.basis().injured().rule());
    }

    static List<Object> reportRow(Incident i, IncidentReport r) {
        return Tables.row(i.id(), i.storyId(), r.articleId(), r.outlet(), r.published(), r.eventIds(), r.date(),
            r.dateBasis(), r.dateText(), r.location(), r.locationBasis(), along(r.killed()), text(r.killedEvidence()),
            r.killedBasis(), along(r.injured()), text(r.injuredEvidence()), r.injuredBasis(), wireName(r.factuality()),
            r.claimedBy(), r.copyOf(), r.actors().stream().map(IncidentReport.Party::name).toList(),
            r.actors().stream().map(IncidentReport.Party::key).toList(),
            r.recipients().stream().map(IncidentReport.Party::name).toList(),
            r.recipients().stream().map(IncidentReport.Party::key).toList(),
            r.actors().stream().map(IncidentReport.Party::code).toList(),
            r.recipients().stream().map(IncidentReport.Party::code).toList());
    }

    static List<Object> claimRow(Claim c) {
        List<ClaimStance> s = c.stances();
        List<String> framings = new ArrayList<>(new LinkedHashSet<>(s.stream()
            .flatMap(x -> x.framing().stream()).map(Span::text).toList()));
        List<StanceJson> stances = s.stream().map(x -> new StanceJson(x.ref(), x.outlet(), x.speaker(), x.speakerKey(),
            x.side(), x.stance().wireName(), x.evidence() == null ? null : x.evidence().text(),
            x.words().stream().map(Span::text).toList(), x.framing().stream().map(Span::text).toList())).toList();
        return Tables.row(c.id(), c.storyId(), c.proposition(), s.stream().map(ClaimStance::ref).toList(),
            distinct(s, ClaimStance::articleId), speakers(s, Stance.ASSERTS), speakers(s, Stance.DENIES),
            speakers(s, Stance.REPORTS), sides(s, Stance.ASSERTS), sides(s, Stance.DENIES), c.contested(), c.counters(), framings,
            json(stances));
    }

    /** Who takes the stance: the speaker's key, else the name (an anonymous source's words), each once. */
    private static List<String> speakers(List<ClaimStance> stances, Stance stance) {
        return distinct(stances.stream().filter(is(stance)).toList(),
            x -> x.speakerKey() != null ? x.speakerKey() : x.speaker());
    }

    private static List<String> sides(List<ClaimStance> stances, Stance stance) {
        return distinct(stances.stream().filter(is(stance)).toList(), ClaimStance::side);
    }

    private static Predicate<ClaimStance> is(Stance stance) {
        return x -> x.stance() == stance;
    }

    /** The non-null values, each once, in order. */
    private static <T> List<String> distinct(List<T> items, Function<T, String> f) {
        Set<String> out = new LinkedHashSet<>();
        for (T t : items) {
            String v = f.apply(t);
            if (v != null) {
                out.add(v);
            }
        }
        return List.copyOf(out);
    }

    private static Long along(Integer v) {
        return v == null ? null : v.longValue();
    }

    private static String text(Span s) {
        return s == null ? null : s.text();
    }

    private static String json(Object value) {
        try {
            return RecordJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("story values always write as JSON", e);
        }
    }
}
