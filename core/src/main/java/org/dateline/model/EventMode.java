package org.dateline.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Every PLOVER mode of the contract's {@code events[].mode}, one closed list across the categories
 * ({@link EventType#modes()} says which belong to which; REQUEST and REJECT share theirs, so a mode
 * is one value even where several categories use it). The wire name is the constant in lower case
 * with hyphens: {@code third-party}, {@code martial-law}, {@code heavy-weapons}.
 */
public enum EventMode implements WireName {
    // CONSULT
    VISIT, THIRD_PARTY, MULTILATERAL, PHONE,
    // AID
    ECONOMIC, MILITARY, HUMANITARIAN, ASYLUM,
    // RETREAT
    WITHDRAW, RELEASE, RETURN, DISARM, CEASEFIRE, ACCESS, RESIGN,
    // REQUEST, REJECT
    ASSIST, CHANGE, YIELD, MEET,
    // ACCUSE
    DISAPPROVE, INVESTIGATE, ALLEGE,
    // THREATEN
    RESTRICT, BAN, ARREST, RELATIONS, EXPEL, TERRITORY, VIOLENCE,
    // PROTEST
    DEMO, RIOT, STRIKE, HUNGER, BOYCOTT, OBSTRUCT, VANDALIZE,
    // SANCTION
    CONVICT, CANCEL, SEVER, DISCONTINUE,
    // MOBILIZE
    TROOPS, WEAPONS, POLICE,
    // COERCE
    CONFISCATE, CENSOR, CURFEW, MARTIAL_LAW, DEPORT, WITHHOLD,
    // ASSAULT
    ABDUCT, BEAT, TORTURE, EXECUTE, SEXUAL, ASSASSINATE, DESTROY, PRIMITIVE, FIREARMS, EXPLOSIVES,
    SUICIDE_ATTACK, HEAVY_WEAPONS, AERIAL, CLEANSING;

    private final String wireName = name().toLowerCase(Locale.ROOT).replace('_', '-');

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
    public static EventMode fromWire(String name) {
        return Vocabularies.fromWire(EventMode.class, name, "event mode");
    }
}
