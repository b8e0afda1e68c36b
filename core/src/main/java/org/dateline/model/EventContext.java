package org.dateline.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The setting of an event ({@code events[].context}): PLOVER's general contexts (PLOVER manual,
 * "Context codes that can be used with any category"), spelled as the manual spells them, plus two
 * that Dateline adds because its users ask for them by name and PLOVER folds them into others:
 * {@link #PEACEKEEPING} (PLOVER: military or diplomatic) and {@link #HUMANITARIAN} (PLOVER: human
 * security or disasters). A context is a closed list like the others, so the event coding that
 * reads PLOVER's CAMEO conversion table lands on the same values.
 */
public enum EventContext implements WireName {
    // state
    MILITARY, INTELLIGENCE, EXECUTIVE, LEGISLATIVE, ELECTION, POLITICAL_INSTITUTIONS, PRO_DEMOCRACY,
    PRO_AUTOCRACY, ECONOMIC, LEGAL,
    // rights and security of people
    HUMAN_RIGHTS, RIGHTS_FREEDOMS, REPRESSION, HUMAN_SECURITY, LGBT, RELIGION_ETHNICITY, INEQUALITY,
    // between states, and across borders
    DIPLOMATIC, TERRITORY, HEALTH, ASYLUM, MIGRATION,
    // nature and technology
    DISASTERS, NATURAL_RESOURCE, ENVIRONMENT, TECHNOLOGY,
    // violence and crime
    TERRORISM, CBRN, CYBER, MISINFORMATION, CRIME, CORRUPTION,
    // Dateline's additions
    PEACEKEEPING, HUMANITARIAN;

    private final String wireName = name().toLowerCase(Locale.ROOT);

    /** PLOVER's spelling: lower case with underscores ({@code human_rights}). */
    @JsonValue
    @Override
    public String wireName() {
        return wireName;
    }

    /** The wire name, so a value in a message or a joined string reads as the contract spells it. */
    @Override
    public String toString() {
        return wireName;
    }

    @JsonCreator
    public static EventContext fromWire(String name) {
        return Vocabularies.fromWire(EventContext.class, name, "event context");
    }
}
