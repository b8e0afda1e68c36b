package org.dateline.table;

import org.dateline.model.EntityType;
import org.dateline.model.NameFold;

/**
 * Groups entities across articles. Entities are per-article (E1 in one record has nothing to do
 * with E1 in another), so the store identifies "the same entity" by type plus folded name:
 * {@code PERSON:volker turk}, the name folded by {@link NameFold#forEntityKey} (case, diacritics,
 * apostrophes, punctuation and a leading "the" dropped: "the United Nations" = "United Nations").
 * Two people with the same name fall together; a person named two ways stays apart. That is the
 * honest limit of name matching without a knowledge base.
 */
public final class EntityKey {
    private EntityKey() {}

    public static String of(String name, EntityType type) {
        return (type == null ? "UNKNOWN" : type.name()) + ":" + NameFold.forEntityKey(name);
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
