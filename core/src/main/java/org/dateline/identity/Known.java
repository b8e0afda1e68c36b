package org.dateline.identity;

import java.util.List;
import org.dateline.model.EntityType;

/**
 * The identities a store holds, as the resolver looks them up. Every lookup answers the identities
 * as they are now, aliases included (the resolver follows them with {@link #byKey}).
 */
public interface Known {
    Identity byKey(String key);

    /** Identities of this type whose canonical name is {@code name}: one, or several of one name kept apart. */
    List<Identity> byName(EntityType type, String name);

    /** Person identities of two or more words whose last word is {@code surname} (canonical spelling). */
    List<Identity> bySurname(String surname);

    /** Person identities with a title whose {@link RoleMatch#head} is {@code head}, of any code. */
    List<Identity> byRole(String head);
}
