package org.dateline.ingest;

import java.io.Serializable;
import java.util.List;
import org.dateline.model.Author;
import org.dateline.model.Published;

/**
 * What a container says about one of its documents: a feed item's link, title, date and authors, a
 * WARC record's target URL and HTTP charset, a news-please line's fields. Extraction prefers these
 * to what it finds in the markup, since the container states them outright.
 *
 * @param charset the charset a transport declared (HTTP Content-Type), or null
 * @param stub true when the container had only a summary, not the article
 * @param warnings what the container said that could not be used (an unreadable date), for the record's warnings
 */
public record ItemMeta(String url, String title, Published published, List<Author> authors, String charset,
                       boolean stub, List<String> warnings) implements Serializable {
    public static final ItemMeta NONE = new ItemMeta(null, null, null, List.of(), null, false);

    public ItemMeta {
        authors = authors == null ? List.of() : List.copyOf(authors);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public ItemMeta(String url, String title, Published published, List<Author> authors, String charset, boolean stub) {
        this(url, title, published, authors, charset, stub, List.of());
    }

    /** A value as a warning shows it: in single quotes, cut if long (a field may hold a whole page). */
    static String quoted(String value) {
        String v = value.strip();
        return "'" + (v.length() > 200 ? v.substring(0, 200) + "…" : v) + "'";
    }
}
