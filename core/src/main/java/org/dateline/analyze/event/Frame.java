package org.dateline.analyze.event;

/** How a trigger's syntactic arguments become actors and recipients. */
enum Frame {
    /** Meetings, agreements, fights: every party named is an actor (PLOVER's rule for hostless meetings). */
    SYMMETRIC,
    /** The subject (or by-agent) acts; the object and "to/against/on" phrases receive. */
    DIRECTED,
    /** A host receives a visitor: the object acts (visits), the subject receives ("Biden hosted Kishida"). */
    HOSTING,
    /** An allegation word ("provocations", "mislead"): an ACCUSE event only inside a statement. */
    CHARGE;

    static Frame of(String code) {
        return switch (code) {
            case "sym" -> SYMMETRIC;
            case "dir" -> DIRECTED;
            case "host" -> HOSTING;
            case "charge" -> CHARGE;
            default -> throw new IllegalArgumentException("unknown frame " + code);
        };
    }
}
