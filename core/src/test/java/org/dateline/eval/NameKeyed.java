package org.dateline.eval;

import java.util.HashMap;
import java.util.Map;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Entity;
import org.dateline.story.StoryArticle;
import org.dateline.table.EntityKey;

/**
 * For the evaluation tools that fuse or compare records outside a store: an article whose entities
 * are keyed by their names alone (no cross-article identities), as a store without identities keys them.
 */
public final class NameKeyed {
    private NameKeyed() {}

    public static StoryArticle article(ArticleRecord r, long seq) {
        Map<String, String> keys = new HashMap<>();
        for (Entity e : r.entities()) {
            keys.put(e.id(), EntityKey.of(e.name(), e.type()));
        }
        return new StoryArticle(r, keys, seq);
    }
}
