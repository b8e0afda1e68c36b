package org.dateline.identity;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Why an article's entity has the identity it has. Each is shown on the entity page beside the
 * names it joined, so a researcher can see (and doubt) every join.
 */
public enum JoinRule {
    /** The first entity of its name: a new identity. */
    NEW("new", "first seen under this name"),
    /** The same name once case, diacritics and punctuation are set aside ("Türk" = "Turk"). */
    NAME("name", "the same name"),
    /**
     * A spelling the name knowledge base or the spelling fold gives for the same name ("Mamedov" =
     * "Mammadov"), or a place's abbreviated first word written in full ("Mt. Sinai" = "Mount Sinai").
     */
    SPELLING("spelling", "another spelling of the same name"),
    /** A surname or shorter name joined to the one full name in the store it fits ("Mammadov" = "Elnur Mammadov"). */
    FULL_NAME("full-name", "a shorter form of the only full name that fits it (same surname, country and kind of role)"),
    /** A person named only by role, joined to the named person who held that role in that country within a year. */
    ROLE("role", "named only by role: the one person known to hold that role for that country within a year"),
    /** The same name as another identity, but a different country or kind of role: kept apart. */
    HOMONYM("homonym", "the same name as another identity, kept apart because the country or kind of role differs");

    private final String wireName;
    private final String meaning;

    JoinRule(String wireName, String meaning) {
        this.wireName = wireName;
        this.meaning = meaning;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** One line a reader understands, for the entity page. */
    public String meaning() {
        return meaning;
    }

    @com.fasterxml.jackson.annotation.JsonCreator
    public static JoinRule fromWire(String name) {
        for (JoinRule r : values()) {
            if (r.wireName.equals(name)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown join rule '" + name + "'");
    }
}
