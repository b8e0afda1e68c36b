package org.dateline.identity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dateline.model.EntityType;
import org.dateline.model.NameFold;

/**
 * Gives an article's entity its cross-article identity, from what the store already knows
 * ({@link Known}). The rules, in order (each a {@link JoinRule}, recorded with the join):
 * <ol>
 *   <li>A person named only by a role ("the Azerbaijani deputy foreign minister") joins the one
 *       named person of that country who held a matching title ({@link RoleMatch}) within a year
 *       of the article; otherwise it is an identity of the role for that year.
 *   <li>A one-word person name ("Mammadov") joins the one full name with that surname in the store
 *       that fits it: same country and kind of role where both are known; several fitting, the one
 *       sharing its country and title, else the one seen within a month; else it stays its own.
 *   <li>Any other entity joins the identity of its canonical name ({@link Spelling}) unless that
 *       identity is of another country or family of sectors ({@link SectorFamilies}): then it is a
 *       namesake, kept apart under the name plus its code or family.
 *   <li>A new full person name takes over what was seen before it: a one-word identity of its
 *       surname that fits only it, and role identities of its titles that fit only it, become its
 *       aliases.
 * </ol>
 * The resolver is order-dependent only where the store was ambiguous when an article came in:
 * a surname joined to the only full name then stays joined when a namesake arrives later.
 */
public final class IdentityResolver {
    /** How near in time a role's holder must have been seen: offices change hands. */
    static final int ROLE_DAYS = 365;
    /** Several full names fit a surname: the one seen this near in time is meant. */
    static final int SURNAME_DAYS = 31;
    /** Codes of organisations rather than countries: a UN official keeps a nationality too. */
    private static final Set<String> ORGANISATION_CODES = Set.of("IGO", "NGO", "MNC");

    private final RoleMatch roles;

    public IdentityResolver(RoleMatch roles) {
        this.roles = roles;
    }

    public Resolution resolve(Profile p, Known known) {
        if (p.type() == EntityType.PERSON && p.nominal()) {
            return role(p, known);
        }
        if (p.type() == EntityType.PERSON && p.words().size() == 1) {
            Identity full = fullName(p, known);
            if (full != null) {
                return join(full, p, JoinRule.FULL_NAME, known);
            }
        }
        Resolution named = byName(p, known);
        if (named.rule() == JoinRule.NEW && p.type() == EntityType.PERSON && p.words().size() > 1) {
            // a surname of several words ("Boone Isaacs", "Lo Presti") is the end of one full name
            Identity full = fullName(p, known);
            if (full != null) {
                return join(full, p, JoinRule.FULL_NAME, known);
            }
        }
        return named;
    }

    private Resolution byName(Profile p, Known known) {
        // keys keep the name as written (folded); lookups use the canonical spelling, a join key
        String base = p.type().name() + ":" + p.nameKey();
        List<Identity> same = new ArrayList<>(known.byName(p.type(), p.canonical()));
        // the identity already under this very key is of this name as written, whatever join key
        // it was stored with (a store written before place abbreviations were written in full has
        // "ft lauderdale"): joined or kept apart as a namesake, never made anew and written over
        Identity keyed = known.byKey(base);
        if (keyed != null && !same.contains(keyed)) {
            same.add(keyed);
        }
        Identity namesake = null;
        for (Identity id : same) {
            if (!id.nominal() && fits(p, known.root(id))) {
                boolean asWritten = p.nameKey().equals(NameFold.forEntityKey(id.display()));
                return join(id, p, asWritten ? JoinRule.NAME : JoinRule.SPELLING, known);
            }
            namesake = namesake == null ? id : namesake;
        }
        if (namesake != null) {
            String key = freeKey(base + ":" + qualifier(p), known);
            return made(Identity.first(key, p), JoinRule.HOMONYM, namesake.key(), known);
        }
        return made(Identity.first(base, p), JoinRule.NEW, null, known);
    }

    /** The one full name a surname (of one word or more) stands for, or null. */
    private Identity fullName(Profile p, Known known) {
        List<String> words = p.words();
        List<Identity> fitting = new ArrayList<>();
        for (Identity id : known.bySurname(words.get(words.size() - 1))) {
            Identity root = known.root(id);
            List<String> full = root.words();
            if (!root.nominal() && full.size() > words.size() && full.subList(full.size() - words.size(), full.size()).equals(words)
                && fits(p, root) && !contains(fitting, root)) {
                fitting.add(root);
            }
        }
        if (fitting.size() <= 1) {
            return fitting.isEmpty() ? null : fitting.get(0);
        }
        List<Identity> sameRole = new ArrayList<>();
        for (Identity id : fitting) {
            if (p.code() != null && id.codes().contains(p.code()) && sharesTitle(p, id)) {
                sameRole.add(id);
            }
        }
        if (sameRole.size() == 1) {
            return sameRole.get(0);
        }
        List<Identity> recent = new ArrayList<>();
        for (Identity id : fitting) {
            if (p.day() != null && id.first() != null && id.seenWithin(p.day(), SURNAME_DAYS)) {
                recent.add(id);
            }
        }
        return recent.size() == 1 ? recent.get(0) : null;
    }

    private Resolution role(Profile p, Known known) {
        List<Identity> holders = new ArrayList<>();
        if (p.code() != null) {
            for (String title : p.titles()) {
                for (Identity id : known.byRole(roles.head(title))) {
                    Identity root = known.root(id);
                    if (!root.nominal() && root.codes().contains(p.code()) && holds(root, title)
                        && root.seenWithin(p.day(), ROLE_DAYS) && !contains(holders, root)) {
                        holders.add(root);
                    }
                }
            }
        }
        if (holders.size() == 1) {
            return join(holders.get(0), p, JoinRule.ROLE, known);
        }
        // No one holder: the role itself, for its year, is the identity ("PERSON:azerbaijani deputy foreign minister:2023")
        String year = p.day() == null ? "" : ":" + p.day().getYear();
        String name = p.canonical() + year;
        for (Identity id : known.byName(p.type(), name)) {
            return join(id, p, JoinRule.NAME, known);
        }
        Identity made = new Identity(p.type().name() + ":" + p.nameKey() + year, p.type(), name, p.display(), true,
            List.of(), List.of(), List.of(), null, null, null, null).with(p);
        return new Resolution(made.key(), JoinRule.NEW, null, List.of(made));
    }

    /** Joins {@code id} (following its alias), adding what the entity tells of it. */
    private Resolution join(Identity id, Profile p, JoinRule rule, Known known) {
        Identity root = known.root(id);
        Identity updated = root.with(p);
        List<Identity> writes = new ArrayList<>();
        if (!updated.equals(root)) {
            writes.add(updated);
            if (!root.nominal() && !updated.titles().equals(root.titles())) {
                writes.addAll(rolesNowNamed(updated, known));
            }
        }
        return new Resolution(root.key(), rule, id.key(), writes);
    }

    private Resolution made(Identity made, JoinRule rule, String basis, Known known) {
        List<Identity> writes = new ArrayList<>();
        writes.add(made);
        if (made.type() == EntityType.PERSON && !made.nominal()) {
            if (made.words().size() > 1) {
                writes.addAll(surnamesNowNamed(made, known));
            }
            writes.addAll(rolesNowNamed(made, known));
        }
        return new Resolution(made.key(), rule, basis, writes);
    }

    /** One-word identities of the new full name's surname that fit it and no other full name. */
    private List<Identity> surnamesNowNamed(Identity full, Known known) {
        List<String> words = full.words();
        String surname = words.get(words.size() - 1);
        List<Identity> aliases = new ArrayList<>();
        // the other full names of this surname, looked up once for every one-word identity of it
        List<Identity> others = new ArrayList<>();
        for (Identity other : known.bySurname(surname)) {
            Identity root = known.root(other);
            if (!root.key().equals(full.key()) && !root.nominal() && root.words().size() > 1) {
                others.add(root);
            }
        }
        for (Identity single : known.byName(EntityType.PERSON, surname)) {
            if (single.aliasOf() != null || single.nominal() || !fits(single, full)) {
                continue;
            }
            boolean alone = true;
            for (Identity other : others) {
                if (fits(single, other)) {
                    alone = false;
                }
            }
            if (alone) {
                aliases.add(single.aliasOf(full.key(), JoinRule.FULL_NAME));
            }
        }
        return aliases;
    }

    /** Role identities that the named person's titles and codes fit, when no other named person's do. */
    private List<Identity> rolesNowNamed(Identity person, Known known) {
        List<Identity> aliases = new ArrayList<>();
        // titles often share a head ("foreign minister", "deputy foreign minister"): one lookup each
        Set<String> heads = new LinkedHashSet<>();
        person.titles().forEach(t -> heads.add(roles.head(t)));
        for (String head : heads) {
            for (Identity role : known.byRole(head)) {
                if (role.nominal() && role.aliasOf() == null && !contains(aliases, role) && heldBy(role, person)
                    && onlyHolder(role, person, known)) {
                    aliases.add(role.aliasOf(person.key(), JoinRule.ROLE));
                }
            }
        }
        return aliases;
    }

    private boolean heldBy(Identity role, Identity person) {
        if (role.codes().isEmpty() || !person.codes().containsAll(role.codes()) || role.first() == null) {
            return false;
        }
        if (!person.seenWithin(java.time.LocalDate.parse(role.first() + "-01"), ROLE_DAYS)) {
            return false;
        }
        for (String t : role.titles()) {
            if (holds(person, t)) {
                return true;
            }
        }
        return false;
    }

    private boolean onlyHolder(Identity role, Identity person, Known known) {
        for (String t : role.titles()) {
            for (Identity other : known.byRole(roles.head(t))) {
                Identity root = known.root(other);
                if (!root.nominal() && !root.key().equals(person.key()) && heldBy(role, root)) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean holds(Identity id, String role) {
        for (String t : id.titles()) {
            if (roles.matches(role, t)) {
                return true;
            }
        }
        return false;
    }

    private boolean sharesTitle(Profile p, Identity id) {
        for (String t : p.titles()) {
            if (holds(id, t)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the entity may be the identity: no country and no family of sectors tells them apart. */
    static boolean fits(Profile p, Identity id) {
        return p.type() == id.type() && codesFit(p.code(), id.codes()) && (p.family() == null
            || id.families().isEmpty() || id.families().contains(p.family()));
    }

    private static boolean fits(Identity a, Identity b) {
        if (a.type() != b.type()) {
            return false;
        }
        for (String c : a.codes()) {
            if (!codesFit(c, b.codes())) {
                return false;
            }
        }
        return a.families().isEmpty() || b.families().isEmpty() || a.families().stream().anyMatch(b.families()::contains);
    }

    /** Two country codes differ: two people. Organisation codes (a UN official) say nothing of nationality. */
    private static boolean codesFit(String code, List<String> codes) {
        if (code == null || ORGANISATION_CODES.contains(code)) {
            return true;
        }
        boolean anyCountry = false;
        for (String c : codes) {
            if (!ORGANISATION_CODES.contains(c)) {
                anyCountry = true;
                if (c.equals(code)) {
                    return true;
                }
            }
        }
        return !anyCountry;
    }

    private static String qualifier(Profile p) {
        if (p.code() != null) {
            return p.code().toLowerCase(java.util.Locale.ROOT);
        }
        return p.family() != null ? p.family() : "2";
    }

    private static String freeKey(String key, Known known) {
        String k = key;
        for (int n = 2; known.byKey(k) != null; n++) {
            k = key + ":" + n;
        }
        return k;
    }

    private static boolean contains(List<Identity> list, Identity id) {
        for (Identity i : list) {
            if (i.key().equals(id.key())) {
                return true;
            }
        }
        return false;
    }
}
