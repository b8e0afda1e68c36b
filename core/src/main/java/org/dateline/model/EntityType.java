package org.dateline.model;

/** The contract's entity types. */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    COUNTRY,
    /** A city, region, road or site. */
    LOCATION,
    /** An unorganised collective: "eco-activists", "Armenians". */
    GROUP
}
