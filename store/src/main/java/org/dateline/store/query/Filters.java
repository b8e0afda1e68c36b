package org.dateline.store.query;

import java.time.LocalDate;
import java.util.List;
import org.dateline.model.EventType;
import org.dateline.model.Factuality;
import org.dateline.model.Sector;

/**
 * What a search is narrowed to. Values within one list are alternatives (OR); lists combine with
 * AND. Event types, factualities and actor sectors are the contract's vocabularies, so a value
 * outside them cannot reach a query; a sector keeps documents with an actor of that sector (an
 * event's actor or recipient, a statement's speaker, any of an article's); an actor is named by key ({@code PERSON:elnur mammadov}), by name (any case, with or
 * without diacritics) or by code ({@code AZE}, {@code IGO}). Dates are inclusive and apply to the
 * day each document is filed under (published day for articles, the event's day for events).
 */
public record Filters(List<EventType> types, List<String> actors, List<String> sources,
                      List<Factuality> factualities, List<Sector> sectors, LocalDate from, LocalDate to) {
    public static final Filters NONE = new Filters(List.of(), List.of(), List.of(), List.of(), List.of(), null, null);

    public Filters {
        types = List.copyOf(types);
        actors = List.copyOf(actors);
        sources = List.copyOf(sources);
        factualities = List.copyOf(factualities);
        sectors = List.copyOf(sectors);
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("date range ends (" + to + ") before it starts (" + from + ")");
        }
    }
}
