package org.dateline.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.model.EntityType;

/**
 * Identities held in memory, looked up as {@link Known} says: for tests, for a batch pass over an
 * archive, and for a store's identities written since its index was last read.
 */
public final class MemoryKnown implements Known {
    private final RoleMatch roles;
    private final Map<String, Identity> byKey = new LinkedHashMap<>();
    private final Map<String, Set<String>> byName = new HashMap<>();
    private final Map<String, Set<String>> bySurname = new HashMap<>();
    private final Map<String, Set<String>> byRole = new HashMap<>();

    public MemoryKnown(RoleMatch roles) {
        this.roles = roles;
    }

    /** Adds or replaces an identity (by key). */
    public void put(Identity id) {
        byKey.put(id.key(), id);
        byName.computeIfAbsent(nameTerm(id.type(), id.name()), k -> new LinkedHashSet<>()).add(id.key());
        String surname = surname(id);
        if (surname != null) {
            bySurname.computeIfAbsent(surname, k -> new LinkedHashSet<>()).add(id.key());
        }
        for (String head : heads(id, roles)) {
            byRole.computeIfAbsent(head, k -> new LinkedHashSet<>()).add(id.key());
        }
    }

    public void putAll(Collection<Identity> ids) {
        ids.forEach(this::put);
    }

    public int size() {
        return byKey.size();
    }

    public void clear() {
        byKey.clear();
        byName.clear();
        bySurname.clear();
        byRole.clear();
    }

    @Override
    public Identity byKey(String key) {
        return byKey.get(key);
    }

    @Override
    public List<Identity> byName(EntityType type, String name) {
        return resolve(byName.get(nameTerm(type, name)));
    }

    @Override
    public List<Identity> bySurname(String surname) {
        return resolve(bySurname.get(surname));
    }

    @Override
    public List<Identity> byRole(String head) {
        return resolve(byRole.get(head));
    }

    private List<Identity> resolve(Set<String> keys) {
        List<Identity> out = new ArrayList<>();
        if (keys != null) {
            for (String k : keys) {
                out.add(byKey.get(k));
            }
        }
        // by key, so the resolver's first choice among namesakes does not hang on insertion order
        out.sort(java.util.Comparator.comparing(Identity::key));
        return out;
    }

    /** The term an identity is found by name under: type and canonical name. */
    public static String nameTerm(EntityType type, String name) {
        return type.name() + ":" + name;
    }

    /** The last word of a person identity of two or more words, else null. */
    public static String surname(Identity id) {
        List<String> words = id.words();
        return id.type() == EntityType.PERSON && !id.nominal() && words.size() > 1 ? words.get(words.size() - 1) : null;
    }

    /** The heads ({@link RoleMatch#head}) of a person identity's titles. */
    public static Set<String> heads(Identity id, RoleMatch roles) {
        Set<String> heads = new LinkedHashSet<>();
        if (id.type() == EntityType.PERSON) {
            for (String t : id.titles()) {
                heads.add(roles.head(t));
            }
        }
        return heads;
    }
}
