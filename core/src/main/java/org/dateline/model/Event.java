package org.dateline.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A PLOVER event with the words it rests on.
 */
@JsonPropertyOrder({"id", "type", "mode", "context", "actors", "recipients", "date", "location",
    "factuality", "claimedBy", "trigger", "evidence", "confidence"})
public record Event(String id, EventType type, EventMode mode, List<EventContext> context, List<String> actors,
                    List<String> recipients, When date, Where location, Factuality factuality,
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
}
