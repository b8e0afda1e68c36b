package org.dateline.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dateline.json.RecordJson;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Entity;
import org.dateline.table.EntityKey;

/**
 * An article as {@code GET /articles/{id}} serves it: the dateline/1 record field for field, plus
 * {@code entityKeys}, each entity's cross-article key by its per-article id
 * ({@code {"E1": "PERSON:volker turk"}}). The page links an article's entities to their pages
 * with these keys, so names are folded in one place, Java's {@link EntityKey}, never in the
 * browser. Readers of the record ignore the extra field (docs/CONTRACT.md).
 */
final class ArticleJson {
    private ArticleJson() {}

    static ObjectNode of(ArticleRecord record) {
        ObjectNode json = RecordJson.mapper().valueToTree(record);
        ObjectNode keys = json.putObject("entityKeys");
        for (Entity e : record.entities()) {
            keys.put(e.id(), EntityKey.of(e.name(), e.type()));
        }
        return json;
    }
}
