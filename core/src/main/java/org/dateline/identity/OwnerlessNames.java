package org.dateline.identity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dateline.analyze.data.TsvTable;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.NameFold;

/**
 * Names of bodies that say nothing of whose they are ("Foreign Ministry", "Police Department",
 * "Supreme Court"): every country, city and county has one. Without a country code such an entity,
 * like a person without a name ("a 17-year-old boy"), is its article's own: it gets no identity
 * across articles, and its key names its article ({@code org.dateline.table.EntityKey}). The words
 * are data, {@code ownerless-names.tsv}.
 */
public final class OwnerlessNames {
    private final Set<String> heads = new HashSet<>();
    private final Set<String> words = new HashSet<>();

    OwnerlessNames(TsvTable table) {
        for (TsvTable.Row row : table.require("word", "role").rows()) {
            switch (row.get("role")) {
                case "head" -> heads.add(row.get("word"));
                case "word" -> words.add(row.get("word"));
                default -> throw new IllegalStateException(row.where() + ": role must be head or word, not '"
                    + row.get("role") + "'");
            }
        }
    }

    private static final class Holder {
        static final OwnerlessNames INSTANCE = new OwnerlessNames(TsvTable.resource(OwnerlessNames.class,
            "ownerless-names.tsv"));
    }

    public static OwnerlessNames standard() {
        return Holder.INSTANCE;
    }

    /**
     * Whether no other article's entity can be this one: a person without a name, or a body whose
     * name says no owner and that has no code to say it instead.
     */
    public boolean articleOwn(Entity e) {
        return e.unnamed() || e.code() == null && e.type() == EntityType.ORGANIZATION && e.name() != null
            && ownerless(NameFold.forEntityKey(e.name()));
    }

    /**
     * A folded name made only of the table's words that ends with one of its heads ("defence
     * ministry") or begins with one and says what it is of ("ministry of foreign affairs").
     */
    boolean ownerless(String folded) {
        if (folded.isEmpty()) {
            return false;
        }
        List<String> parts = List.of(folded.split(" "));
        String last = parts.get(parts.size() - 1);
        // "Ministry of Foreign Affairs": the head comes first and the name ends with what it is of
        boolean headed = heads.contains(last) || heads.contains(parts.get(0)) && parts.contains("of");
        if (!headed) {
            return false;
        }
        for (String p : parts) {
            if (!heads.contains(p) && !words.contains(p)) {
                return false;
            }
        }
        return true;
    }
}
