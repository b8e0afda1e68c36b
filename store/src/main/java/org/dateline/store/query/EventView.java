package org.dateline.store.query;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.dateline.model.Event;
import org.dateline.model.Published;

/**
 * An event with its article and its actor, recipient and claimant ids resolved to entities.
 *
 * @param day the day it is filed under on timelines: its own date when that names a day, else the
 *     article's published day; null when neither does
 */
@JsonPropertyOrder({"articleId", "title", "source", "published", "day", "actors", "recipients", "claimedBy", "event"})
public record EventView(String articleId, String title, String source, Published published, String day,
                        List<EntityRef> actors, List<EntityRef> recipients, EntityRef claimedBy, Event event) {
    public EventView {
        actors = List.copyOf(actors);
        recipients = List.copyOf(recipients);
    }
}
