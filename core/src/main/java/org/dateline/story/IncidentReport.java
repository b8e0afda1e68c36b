package org.dateline.story;

import java.util.List;
import java.util.Set;
import org.dateline.model.Factuality;
import org.dateline.model.Span;

/**
 * One article's account of an incident: what that source says, each value with the words it rests
 * on, so the incident view can show the sources side by side and link every value to its evidence.
 *
 * @param articleId the record's id
 * @param outlet the source's name, else its domain, else null
 * @param published the record's published time as the contract writes it, or null
 * @param eventIds this article's events fused into the incident ({@code V3})
 * @param date the day this source gives for the happening (yyyy-MM-dd), or null
 * @param dateBasis where that day comes from: {@code event} (the event's own date words),
 *     {@code act} (a day long before its published day that the words tie to the violent act,
 *     {@link ActDay}), {@code article} (a date the article gives near its published day), {@code published}
 * @param dateText the words of the date, null for {@code published}
 * @param dateEvidence where those words stand in the article, or null (a published day, or words
 *     the record does not place)
 * @param location the place as this article writes it, with the town the article puts it in after a
 *     comma ("Rogers Park, Chicago"), or null
 * @param locationEntity the per-article entity id of the place, or null
 * @param locationBasis {@code event} (the event's own place), {@code article} (the article's
 *     first town), {@code title} (the town its headline names), {@code town} (only the town its
 *     dateline or police give), {@code headline} (a text naming no place: the place its headline
 *     gives after "in"; or a known town its headline names, {@link KnownTowns}) or {@code text} (a
 *     known town the text puts something in, "at a home in Arab"), null without a place
 * @param locationEvidence the mention of the place it rests on (in the event's sentence when the
 *     event names it), or null (a town alone)
 * @param actors who acted, as named and keyed
 * @param recipients who was acted on
 * @param killed the number killed this source reports, or null
 * @param killedEvidence the words it rests on; null when the number is {@code implied} (below)
 * @param killedBasis {@code count} (words give the number), {@code headline} (the headline's number,
 *     "3 killed in shootout", or 1: the one person the source counts hurt, whose death its headline
 *     tells; no evidence in the text) or {@code implied} (0: the source counts the wounded and tells
 *     of no death)
 * @param injured as {@code killed}, for the wounded
 * @param injuredEvidence as {@code killedEvidence}
 * @param injuredBasis as {@code killedBasis} ({@code headline}: the headline's wounded, or those it
 *     says were hit less the dead; {@code less-killed}: those hit less the dead; {@code implied}:
 *     counts deaths, tells of no wounded; {@code accidental}: 1, a shooting by accident that killed
 *     no one the source knows of, no one counted)
 * @param factuality the strongest factuality of its events (asserted before reported before historical)
 * @param claimedBy who the source says claims it (entity name), when its events are reported claims
 * @param copyOf the record this one is a wire copy of ({@code duplicateOf}), or null: copies are
 *     one source when values are voted
 * @param seq the article's ingest order
 */
public record IncidentReport(String articleId, String outlet, String published, List<String> eventIds,
                             String date, String dateBasis, String dateText, Span dateEvidence,
                             String location, String locationEntity, String locationBasis, Span locationEvidence,
                             List<Party> actors, List<Party> recipients,
                             Integer killed, Span killedEvidence, String killedBasis,
                             Integer injured, Span injuredEvidence, String injuredBasis,
                             Factuality factuality, String claimedBy, String copyOf, long seq) {
    /** Every {@code dateBasis} (besides null, without a date): the API's schema lists these. */
    public static final Set<String> DATE_BASES = Set.of("event", "act", "article", "published");
    /** Every {@code locationBasis} (besides null). */
    public static final Set<String> LOCATION_BASES = Set.of("event", "article", "title", "town", "headline", "text");
    /** Every {@code killedBasis} (besides null). */
    public static final Set<String> KILLED_BASES = Set.of("count", "headline", "implied", "silent");
    /** Every {@code injuredBasis} (besides null). */
    public static final Set<String> INJURED_BASES = Set.of("count", "less-killed", "headline", "implied", "accidental");

    public IncidentReport {
        // a basis outside its vocabulary would be an answer the API's own schema refuses
        basis("dateBasis", dateBasis, DATE_BASES);
        basis("locationBasis", locationBasis, LOCATION_BASES);
        basis("killedBasis", killedBasis, KILLED_BASES);
        basis("injuredBasis", injuredBasis, INJURED_BASES);
        eventIds = List.copyOf(eventIds);
        actors = List.copyOf(actors);
        recipients = List.copyOf(recipients);
    }

    private static void basis(String field, String value, Set<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            throw new IllegalArgumentException(field + " '" + value + "' is none of " + new java.util.TreeSet<>(allowed));
        }
    }

    /** The independent source this report belongs to: a wire copy votes with its original. */
    public String sourceKey() {
        return copyOf != null ? copyOf : articleId;
    }

    /**
     * A party of the incident as one article names it, with its cross-article key (or null) and
     * the country the entity stage coded it with (ISO 3166-1 alpha-3; IGO, NGO, MNC; or null).
     */
    public record Party(String name, String key, String code) {}
}
