package org.dateline.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a statement reports its words ({@code statements[].kind}). */
public enum StatementKind implements WireName {
    /** A quotation: the content is inside quotation marks. */
    DIRECT,
    /** Reported speech: "said that ...". */
    INDIRECT,
    /** Reported speech with a quoted part. */
    MIXED,
    /** "according to X". */
    ACCORDING_TO;

    private final String wireName = name().toLowerCase(Locale.ROOT);

    /** The contract's spelling: lower case, {@code according_to} with its underscore. */
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
    public static StatementKind fromWire(String name) {
        return Vocabularies.fromWire(StatementKind.class, name, "statement kind");
    }
}
