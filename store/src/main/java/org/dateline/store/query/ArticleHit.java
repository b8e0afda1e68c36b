package org.dateline.store.query;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.dateline.model.Published;

/** A matching article: its metadata, a snippet, and those of its statements that match too. */
@JsonPropertyOrder({"id", "title", "source", "published", "snippet", "statements"})
public record ArticleHit(String id, String title, String source, Published published, String snippet,
                         List<StatementView> statements) {
    public ArticleHit {
        statements = List.copyOf(statements);
    }
}
