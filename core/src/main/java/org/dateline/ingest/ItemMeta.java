package org.dateline.ingest;

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
 */
public record ItemMeta(String url, String title, Published published, List<Author> authors, String charset,
                       boolean stub) {
    public static final ItemMeta NONE = new ItemMeta(null, null, null, List.of(), null, false);

    public ItemMeta {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}
