package org.dateline.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A PLOVER event with the words it rests on.
 */
@JsonPropertyOrder({"id", "type", "mode", "context", "acled", "actors", "recipients", "date", "location",
    "fatalities", "injured", "factuality", "claimedBy", "trigger", "evidence", "confidence"})
public record Event(String id, EventType type, EventMode mode, List<EventContext> context, Acled acled,
                    List<String> actors, List<String> recipients, When date, Where location,
                    Count fatalities, Count injured, Factuality factuality,
                    String claimedBy, Span trigger, Span evidence, double confidence) {
    public Event {
        context = List.copyOf(context);
        actors = List.copyOf(actors);
        recipients = List.copyOf(recipients);
    }

    /** The event's date value and the words that gave it. */
    public record When(String value, String text) {}

    /** The event's place and, when it is one, the entity that names it. */
    public record Where(String name, String entity) {}

    /**
     * A casualty count the article reports for the event and the words it rests on, hedges
     * included ("at least four people"); {@code value} is null when the words give no number
     * ("dozens").
     */
    public record Count(Integer value, Span evidence) {}
}
