package org.dateline.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * ACLED's disorder types (codebook 2023), spelt as ACLED's data spells them. Excessive force
 * against protesters is both political violence and a demonstration, and ACLED gives it the joint
 * value rather than choosing.
 */
public enum AcledDisorderType implements WireName {
    POLITICAL_VIOLENCE("Political violence"),
    DEMONSTRATIONS("Demonstrations"),
    POLITICAL_VIOLENCE_AND_DEMONSTRATIONS("Political violence; Demonstrations"),
    STRATEGIC_DEVELOPMENTS("Strategic developments");

    private final String wireName;

    AcledDisorderType(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    @Override
    public String wireName() {
        return wireName;
    }

    @Override
    public String toString() {
        return wireName;
    }

    @JsonCreator
    public static AcledDisorderType fromWire(String name) {
        return Vocabularies.fromWire(AcledDisorderType.class, name, "ACLED disorder type");
    }
}
