package org.dateline.store.query;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.table.EntityKey;

/**
 * An article's entity as the store names it across articles: its identity key (its {@link
 * EntityKey} in stores from before identities) and display name. The type is the contract's enum; JSON carries its name, as before.
 */
@JsonPropertyOrder({"key", "id", "name", "type", "code"})
public record EntityRef(String key, String id, String name, EntityType type, String code) {
    /** Keyed by the identity the store gave it, else its {@link EntityKey#of(Entity, String)}. */
    public static EntityRef of(Entity e, String key) {
        return new EntityRef(key, e.id(), e.name(), e.type(), e.code());
    }
}
