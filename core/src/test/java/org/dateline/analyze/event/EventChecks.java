package org.dateline.analyze.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.nlp.TextBuilder;
import org.dateline.testing.Parses;

/** What the event stage's sentence tests ask of a record, shared so that each test reads as its sentence and its claim. */
final class EventChecks {
    private EventChecks() {}

    /** The whole chain's record of a sentence written as a {@link TextBuilder} table (its spans checked). */
    static ArticleRecord record(String table) {
        return Parses.analyze(TextBuilder.parse(table));
    }

    /** The record's one event; fails when there is not exactly one. */
    static Event only(ArticleRecord r) {
        assertThat(r.events()).hasSize(1);
        return r.events().get(0);
    }

    /** The types of the record's events, in order. */
    static List<EventType> types(ArticleRecord r) {
        return r.events().stream().map(Event::type).toList();
    }
}
