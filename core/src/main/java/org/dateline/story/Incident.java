package org.dateline.story;

import java.util.List;
import org.dateline.model.EventMode;
import org.dateline.model.EventType;

/**
 * The events of one story that are one real-world event, fused, with every source's version kept
 * ({@link Incidents} says how they are grouped and how each value is chosen).
 *
 * @param id stable: the story id and the first report's event ref (see {@link Incidents#idOf})
 * @param storyId the story it belongs to
 * @param family the incident family ({@code violence}, {@code legal}, {@code protest}, or an event
 *     type's own name: see {@code incident-families.tsv})
 * @param type the most frequent event type of its events; null when its reports are headlines alone
 *     (reports with no events: see {@link Incidents})
 * @param mode the most frequent mode, or null
 * @param acledSubEventType the most frequent ACLED sub-event type, or null
 * @param date fused day (yyyy-MM-dd) or null
 * @param location fused place as a source writes it, or null
 * @param killed fused number killed, or null when no source counts
 * @param injured fused number wounded, or null
 * @param articleIds every article reporting it, in ingest order
 * @param eventRefs every fused event as {@code articleId#V3} (none for a report told by its headline alone)
 * @param sources one report per article, in ingest order
 * @param disagreements each fused field on which independent sources differ
 * @param basis how each fused value was chosen and which articles it rests on
 */
public record Incident(String id, String storyId, String family, EventType type, EventMode mode,
                       String acledSubEventType, String date, String location, Integer killed, Integer injured,
                       List<String> articleIds, List<String> eventRefs, List<IncidentReport> sources,
                       List<Disagreement> disagreements, Basis basis) {
    public Incident {
        articleIds = List.copyOf(articleIds);
        eventRefs = List.copyOf(eventRefs);
        sources = List.copyOf(sources);
        disagreements = List.copyOf(disagreements);
    }

    /** The rule that chose each fused value (e.g. {@code most-sources}, {@code rising-toll}) and its articles. */
    public record Basis(Choice date, Choice location, Choice killed, Choice injured) {}

    /**
     * @param rule the fusion rule that decided ({@link Fusion}'s names), null when no source gives a value
     * @param articleIds the articles giving the chosen value
     */
    public record Choice(String rule, List<String> articleIds) {
        public Choice {
            articleIds = List.copyOf(articleIds);
        }
    }
}
