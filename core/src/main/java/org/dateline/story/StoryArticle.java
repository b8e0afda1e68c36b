package org.dateline.story;

import java.util.Map;
import org.dateline.model.ArticleRecord;

/**
 * One article of a story as the cross-article stages read it: its record and the cross-article
 * key of each of its entities by per-article id (the store's identities; in a batch without a
 * store, the name keys). An entity missing from {@code entityKeys} has no key.
 *
 * @param seq the order the article was added in (the store's ingest order, a batch's input
 *     order): ties between sources are broken by it, and ids derived from "the first report" use it
 */
public record StoryArticle(ArticleRecord record, Map<String, String> entityKeys, long seq) {
    public StoryArticle {
        entityKeys = Map.copyOf(entityKeys);
    }

    public String id() {
        return record.id();
    }

    /** The key of the entity with per-article id {@code entityId}, or null. */
    public String keyOf(String entityId) {
        return entityId == null ? null : entityKeys.get(entityId);
    }
}
