package org.dateline.analyze.entity;

import java.util.List;
import org.dateline.model.Entity;
import org.dateline.model.Span;

/** The entity stage's tests look entities up by name and read their mentions the same way. */
final class EntityLookup {
    private EntityLookup() {}

    static Entity named(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst()
            .orElseThrow(() -> new AssertionError("no " + name + " in " + entities));
    }

    static List<String> mentions(Entity e) {
        return e.mentions().stream().map(Span::text).toList();
    }
}
