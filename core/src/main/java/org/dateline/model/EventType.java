package org.dateline.model;

import static org.dateline.model.EventMode.*;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Set;

/**
 * PLOVER's sixteen event categories, the values of the contract's {@code events[].type}, each with
 * the modes PLOVER defines for it (an empty set: the category has no modes). The mode lists follow
 * the PLOVER codebook; ASSAULT's {@code aerial} (air and drone strikes) is kept apart from
 * {@code heavy-weapons} as POLECAT does, since event-data users ask for it by name.
 */
public enum EventType implements WireName {
    AGREE(),
    CONSULT(VISIT, THIRD_PARTY, MULTILATERAL, PHONE),
    SUPPORT(),
    CONCEDE(),
    COOPERATE(),
    AID(ECONOMIC, MILITARY, HUMANITARIAN, ASYLUM),
    RETREAT(WITHDRAW, RELEASE, RETURN, DISARM, CEASEFIRE, ACCESS, RESIGN),
    REQUEST(ASSIST, CHANGE, YIELD, MEET),
    ACCUSE(DISAPPROVE, INVESTIGATE, ALLEGE),
    REJECT(ASSIST, CHANGE, YIELD, MEET),
    THREATEN(RESTRICT, BAN, ARREST, RELATIONS, EXPEL, TERRITORY, VIOLENCE),
    PROTEST(DEMO, RIOT, STRIKE, HUNGER, BOYCOTT, OBSTRUCT, VANDALIZE),
    SANCTION(CONVICT, CANCEL, EXPEL, WITHDRAW, SEVER, DISCONTINUE),
    MOBILIZE(TROOPS, WEAPONS, POLICE),
    COERCE(CONFISCATE, RESTRICT, BAN, CENSOR, CURFEW, MARTIAL_LAW, ARREST, DEPORT, WITHHOLD),
    ASSAULT(ABDUCT, BEAT, TORTURE, EXECUTE, SEXUAL, ASSASSINATE, DESTROY, PRIMITIVE, FIREARMS, EXPLOSIVES,
        SUICIDE_ATTACK, HEAVY_WEAPONS, AERIAL, CLEANSING);

    private final Set<EventMode> modes;

    EventType(EventMode... modes) {
        this.modes = Set.of(modes);
    }

    /** The PLOVER modes of this category. */
    public Set<EventMode> modes() {
        return modes;
    }

    /** The contract's spelling: the constant's name, {@code CONSULT}. */
    @JsonValue
    @Override
    public String wireName() {
        return name();
    }

    @JsonCreator
    public static EventType fromWire(String name) {
        return Vocabularies.fromWire(EventType.class, name, "event type");
    }
}
