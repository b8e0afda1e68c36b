package org.dateline.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Whether an event happened as the article tells it ({@code events[].factuality}), declared in the
 * contract's order, which the API and CLI list. When a sentence gives several signals ("officials
 * said Iran could strike") the strongest wins: negated, hypothetical, future, historical, reported,
 * asserted ({@code analyze.event.FactualityJudge} asks in that order), since a hedge or a negation
 * inside a report is what a reader must not miss.
 */
public enum Factuality implements WireName {
    ASSERTED, REPORTED, FUTURE, HYPOTHETICAL, NEGATED, HISTORICAL;

    private final String wireName = name().toLowerCase(Locale.ROOT);

    /** The contract's spelling: lower case. */
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
    public static Factuality fromWire(String name) {
        return Vocabularies.fromWire(Factuality.class, name, "factuality");
    }
}
