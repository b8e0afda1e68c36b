package org.dateline.table;

import org.dateline.identity.OwnerlessNames;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.NameFold;

/**
 * The name key of an entity: {@code TYPE:folded name}, e.g. {@code PERSON:volker turk}, the name
 * folded by {@link NameFold#forEntityKey} (case, diacritics, apostrophes, punctuation and a leading
 * "the" dropped: "the United Nations" = "united nations"). Entities are per-article; a store gives
 * each a cross-article identity ({@code org.dateline.identity}) whose key starts as the name key
 * of its first name, and keeps every entity's name key so a key from before still finds it. Without
 * a store (a record alone, or its table rows with no identities given) the name key is the key.
 */
public final class EntityKey {
    private EntityKey() {}

    public static String of(String name, EntityType type) {
        return (type == null ? "UNKNOWN" : type.name()) + ":" + NameFold.forEntityKey(name);
    }

    /**
     * The key of an entity of article {@code articleId} that no store has given an identity: its
     * name key, and for an entity that is its article's own ({@link OwnerlessNames#articleOwn}: a
     * person without a name, {@link Entity#unnamed}, "a 17-year-old boy"; an uncoded "Foreign
     * Ministry") the name key with the article and entity ({@code PERSON:man@ARTICLE.E3}; no slash,
     * so the key stays one path segment of the API), so that two articles' "man" never share a key:
     * no identity is claimed across articles for such an entity.
     */
    public static String of(Entity e, String articleId) {
        String key = of(e.name(), e.type());
        return OwnerlessNames.standard().articleOwn(e) ? key + "@" + articleId + "." + e.id() : key;
    }

    /** Whether a filter value is written as a key ("PERSON:…") rather than a name or code. */
    public static boolean isKey(String value) {
        int colon = value.indexOf(':');
        if (colon <= 0) {
            return false;
        }
        try {
            EntityType.valueOf(value.substring(0, colon));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
