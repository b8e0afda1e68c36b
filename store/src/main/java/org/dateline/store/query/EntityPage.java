package org.dateline.store.query;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** One entity across all articles: the names it goes by, what it said, the events it took part in. */
@JsonPropertyOrder({"key", "name", "type", "names", "codes", "titles", "articles", "statements", "events"})
public record EntityPage(String key, String name, String type, List<String> names, List<String> codes,
                         List<String> titles, long articles, List<StatementView> statements,
                         List<EventView> events) {}
