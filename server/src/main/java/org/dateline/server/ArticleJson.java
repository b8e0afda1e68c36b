package org.dateline.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.dateline.json.RecordJson;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Entity;
import org.dateline.table.EntityKey;

/**
 * An article as {@code GET /articles/{id}} serves it: the dateline/1 record field for field, plus
 * {@code entityKeys}, each entity's cross-article identity key by its per-article id
 * ({@code {"E1": "PERSON:volker turk"}}) as the store knows it now. The page links an article's
 * entities to their pages with these keys, so which entity is which is decided in one place, the
 * store, never in the browser. It also carries {@code storyId}, the story the store put it in
 * (null for an article stored before stories), so the page links a report to its story. Readers of
 * the record ignore the extra fields (docs/CONTRACT.md).
 */
final class ArticleJson {
    private ArticleJson() {}

    /**
     * @param identities each entity's identity key by per-article id; an entity missing there is keyed by its name
     * @param storyId the article's story, or null
     */
    static ObjectNode of(ArticleRecord record, Map<String, String> identities, String storyId) {
        ObjectNode json = RecordJson.mapper().valueToTree(record);
        json.put("storyId", storyId);
        ObjectNode keys = json.putObject("entityKeys");
        for (Entity e : record.entities()) {
            keys.put(e.id(), identities.getOrDefault(e.id(), EntityKey.of(e, record.id())));
        }
        return json;
    }
}
