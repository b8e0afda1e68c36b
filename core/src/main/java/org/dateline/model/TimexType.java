package org.dateline.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** TimeML TIMEX3 types of {@code dates[].type}; the wire name is the constant's name. */
public enum TimexType implements WireName {
    DATE, TIME, DURATION, SET;

    @JsonValue
    @Override
    public String wireName() {
        return name();
    }

    @JsonCreator
    public static TimexType fromWire(String name) {
        return Vocabularies.fromWire(TimexType.class, name, "TIMEX type");
    }
}
