package org.dateline.identity;

import java.util.List;

/**
 * The resolver's answer for one entity: the identity key it takes and the rule that decided, and
 * the identities to write (the one joined or made, updated with the entity; and any older identity
 * now found to be this one, as an alias).
 *
 * @param basis the key of the identity whose name, surname or role decided the join; null for a new identity
 */
public record Resolution(String key, JoinRule rule, String basis, List<Identity> writes) {
    public Resolution {
        writes = List.copyOf(writes);
    }
}
