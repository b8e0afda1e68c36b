package org.dateline.table;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dateline.model.EntityType;

/**
 * Groups entities across articles. Entities are per-article (E1 in one record has nothing to do
 * with E1 in another), so the store identifies "the same entity" by type plus normalised name:
 * {@code PERSON:volker turk}. Normalising folds case and diacritics ("Türk" = "Turk"), drops
 * apostrophes and punctuation, and a leading "the" ("the United Nations" = "United Nations").
 * Two people with the same name fall together; a person named two ways stays apart. That is the
 * honest limit of name matching without a knowledge base.
 */
public final class EntityKey {
    private EntityKey() {}

    public static String of(String name, EntityType type) {
        return (type == null ? "UNKNOWN" : type.name()) + ":" + normalise(name);
    }

    // Compiled once: every entity reference of every stored article is folded.
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`]");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}:]+");

    /** The folded form of a name, also used to match an actor filter typed by a user. */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        s = APOSTROPHES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
        s = SEPARATORS.matcher(s).replaceAll(" ").strip();
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        return s;
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
