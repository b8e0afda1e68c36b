package org.dateline.store.query;

import java.time.LocalDate;
import java.util.List;
import org.dateline.model.AcledEventType;
import org.dateline.model.AcledSubEventType;
import org.dateline.model.EventType;
import org.dateline.model.Factuality;
import org.dateline.model.Sector;

/**
 * What a search is narrowed to. Values within one list are alternatives (OR); lists combine with
 * AND. Event types, ACLED event and sub-event types, factualities and actor sectors are the
 * contract's vocabularies, so a value outside them cannot reach a query; an ACLED type keeps events
 * of that type and articles with any such event; a sector keeps documents with an actor of that
 * sector (an event's actor or recipient, a statement's speaker, any of an article's); an actor is
 * named by key ({@code PERSON:elnur mammadov}), by name (any case, with or without diacritics) or
 * by code ({@code AZE}, {@code IGO}). Dates are inclusive and apply to the day each document is
 * filed under (published day for articles, the event's day for events).
 */
public record Filters(List<EventType> types, List<String> actors, List<String> sources,
                      List<Factuality> factualities, List<Sector> sectors, List<AcledEventType> acledTypes,
                      List<AcledSubEventType> acledSubEvents, LocalDate from, LocalDate to) {
    public static final Filters NONE = new Filters(List.of(), List.of(), List.of(), List.of(), List.of(), null, null);

    /** Filters without ACLED types, as they were before events carried them. */
    public Filters(List<EventType> types, List<String> actors, List<String> sources, List<Factuality> factualities,
                   List<Sector> sectors, LocalDate from, LocalDate to) {
        this(types, actors, sources, factualities, sectors, List.of(), List.of(), from, to);
    }

    public Filters {
        types = List.copyOf(types);
        actors = List.copyOf(actors);
        sources = List.copyOf(sources);
        factualities = List.copyOf(factualities);
        sectors = List.copyOf(sectors);
        acledTypes = List.copyOf(acledTypes);
        acledSubEvents = List.copyOf(acledSubEvents);
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("date range ends (" + to + ") before it starts (" + from + ")");
        }
    }
}
