package org.dateline.store.query;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.table.EntityKey;

/**
 * An article's entity as the store names it across articles: its {@link EntityKey} and display
 * name. The type is the contract's enum; JSON carries its name, as before.
 */
@JsonPropertyOrder({"key", "id", "name", "type", "code"})
public record EntityRef(String key, String id, String name, EntityType type, String code) {
    public static EntityRef of(Entity e) {
        return new EntityRef(EntityKey.of(e.name(), e.type()), e.id(), e.name(), e.type(), e.code());
    }
}
