package org.dateline.analyze.event;

import java.util.Set;

/**
 * PLOVER's sixteen event categories, the values of the contract's {@code events[].type}, each with
 * the modes PLOVER defines for it (an empty set: the category has no modes). The mode lists follow
 * the PLOVER codebook; ASSAULT's {@code aerial} (air and drone strikes) is kept apart from
 * {@code heavy-weapons} as POLECAT does, since event-data users ask for it by name.
 */
public enum EventType {
    AGREE(),
    CONSULT("visit", "third-party", "multilateral", "phone"),
    SUPPORT(),
    CONCEDE(),
    COOPERATE(),
    AID("economic", "military", "humanitarian", "asylum"),
    RETREAT("withdraw", "release", "return", "disarm", "ceasefire", "access", "resign"),
    REQUEST("assist", "change", "yield", "meet"),
    ACCUSE("disapprove", "investigate", "allege"),
    REJECT("assist", "change", "yield", "meet"),
    THREATEN("restrict", "ban", "arrest", "relations", "expel", "territory", "violence"),
    PROTEST("demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"),
    SANCTION("convict", "cancel", "expel", "withdraw", "sever", "discontinue"),
    MOBILIZE("troops", "weapons", "police"),
    COERCE("confiscate", "restrict", "ban", "censor", "curfew", "martial-law", "arrest", "deport", "withhold"),
    ASSAULT("abduct", "beat", "torture", "execute", "sexual", "assassinate", "destroy", "primitive", "firearms",
        "explosives", "suicide-attack", "heavy-weapons", "aerial", "cleansing");

    private final Set<String> modes;

    EventType(String... modes) {
        this.modes = Set.of(modes);
    }

    /** The PLOVER modes of this category. */
    public Set<String> modes() {
        return modes;
    }
}
