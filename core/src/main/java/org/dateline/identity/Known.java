package org.dateline.identity;

import java.util.List;
import org.dateline.model.EntityType;

/**
 * The identities a store holds, as the resolver looks them up. Every lookup answers the identities
 * as they are now, aliases included (the resolver follows them with {@link #byKey}).
 */
public interface Known {
    /** Longer alias chains than any store makes; a bound against a cycle in a damaged store. */
    int MAX_ALIAS_HOPS = 32;

    Identity byKey(String key);

    /** The identity {@code id} is now: itself, or the end of its chain of aliases ({@link Identity#aliasOf}). */
    default Identity root(Identity id) {
        Identity at = id;
        for (int hops = 0; at.aliasOf() != null && hops < MAX_ALIAS_HOPS; hops++) {
            Identity next = byKey(at.aliasOf());
            if (next == null) {
                break;
            }
            at = next;
        }
        return at;
    }

    /** Identities of this type whose canonical name is {@code name}: one, or several of one name kept apart. */
    List<Identity> byName(EntityType type, String name);

    /** Person identities of two or more words whose last word is {@code surname} (canonical spelling). */
    List<Identity> bySurname(String surname);

    /** Person identities with a title whose {@link RoleMatch#head} is {@code head}, of any code. */
    List<Identity> byRole(String head);
}
