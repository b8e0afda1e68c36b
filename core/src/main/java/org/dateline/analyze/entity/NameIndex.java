package org.dateline.analyze.entity;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Names to values, matched after {@link NameKey} folding: case-insensitively, except that short
 * capitalised acronyms ("US", "WHO") match only in capitals. Built once, then read-only.
 *
 * @param <T> the value type
 */
final class NameIndex<T> {
    private final String what;
    private final Map<String, T> byKey = new HashMap<>();
    private final Map<String, T> byAcronym = new HashMap<>();

    NameIndex(String what) {
        this.what = what;
    }

    /**
     * Adds {@code name} for {@code value}; adding the same name again for an equal value is
     * allowed, for a different value it is an {@link IllegalStateException}.
     */
    void put(String name, T value) {
        String folded = NameKey.folded(name);
        if (folded.isEmpty()) {
            throw new IllegalStateException(what + ": empty name '" + name + "'");
        }
        boolean acronym = NameKey.isShortAcronym(folded);
        Map<String, T> map = acronym ? byAcronym : byKey;
        String key = acronym ? folded : NameKey.lower(folded);
        T old = map.putIfAbsent(key, value);
        if (old != null && !old.equals(value)) {
            throw new IllegalStateException(
                    what + ": '" + name + "' names both " + old + " and " + value);
        }
    }

    /** The value named by {@code name} after folding, if any. */
    Optional<T> get(String name) {
        return getFolded(NameKey.folded(name));
    }

    /** The value named by an already folded name (words joined by single spaces). */
    Optional<T> getFolded(String folded) {
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        T value = byKey.get(NameKey.lower(folded));
        if (value == null) {
            value = byAcronym.get(folded);
        }
        return Optional.ofNullable(value);
    }

    int size() {
        return byKey.size() + byAcronym.size();
    }
}
