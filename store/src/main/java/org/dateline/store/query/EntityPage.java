package org.dateline.store.query;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One entity across all articles: the names it goes by, how each was joined to it, what it said,
 * the events it took part in. {@code key} is the identity's key now; a page asked for by another key
 * (a name key from before identities, an identity since joined to this one) answers with this one.
 */
@JsonPropertyOrder({"key", "name", "type", "names", "codes", "titles", "articles", "joins", "statements", "events"})
public record EntityPage(String key, String name, String type, List<String> names, List<String> codes,
                         List<String> titles, long articles, List<EntityJoin> joins, List<StatementView> statements,
                         List<EventView> events) {}
