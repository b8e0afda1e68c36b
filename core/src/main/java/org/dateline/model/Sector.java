package org.dateline.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** PLOVER/CAMEO actor sectors of {@code entities[].sector}; the wire name is the constant's name. */
public enum Sector implements WireName {
    // state: government, military, police, judiciary, legislature, elites
    GOV, MIL, COP, JUD, LEG, ELI,
    // politics and armed opposition: parties, opposition, rebels, unidentified armed forces
    PTY, OPP, REB, UAF,
    // society: civilians, refugees, labour, business, media, journalists, education
    CVL, REF, LAB, BUS, MED, JRN, EDU,
    // others: non-governmental organisations, religion, criminals, intelligence services
    NGO, REL, CRM, SPY;

    @JsonValue
    @Override
    public String wireName() {
        return name();
    }

    @JsonCreator
    public static Sector fromWire(String name) {
        return Vocabularies.fromWire(Sector.class, name, "sector");
    }
}
