package org.dateline.store.query;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.dateline.model.Published;

/**
 * A matching article: its metadata, a snippet, those of its statements that match too, and the
 * story it is in (null for an article stored before stories), so a reader goes from one report to
 * every report of its happening.
 */
@JsonPropertyOrder({"id", "title", "source", "published", "storyId", "snippet", "statements"})
public record ArticleHit(String id, String title, String source, Published published, String storyId, String snippet,
                         List<StatementView> statements) {
    public ArticleHit {
        statements = List.copyOf(statements);
    }
}
