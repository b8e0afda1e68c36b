package org.dateline.model;

import static org.dateline.model.AcledDisorderType.DEMONSTRATIONS;
import static org.dateline.model.AcledDisorderType.POLITICAL_VIOLENCE;
import static org.dateline.model.AcledDisorderType.POLITICAL_VIOLENCE_AND_DEMONSTRATIONS;
import static org.dateline.model.AcledEventType.BATTLES;
import static org.dateline.model.AcledEventType.EXPLOSIONS_REMOTE_VIOLENCE;
import static org.dateline.model.AcledEventType.PROTESTS;
import static org.dateline.model.AcledEventType.RIOTS;
import static org.dateline.model.AcledEventType.VIOLENCE_AGAINST_CIVILIANS;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * ACLED's 25 sub-event types, spelt as ACLED's data spells them, each with the event type and
 * disorder type the codebook puts it under, so one sub-event type gives the whole
 * {@link Acled} triple.
 */
public enum AcledSubEventType implements WireName {
    ARMED_CLASH("Armed clash", BATTLES, POLITICAL_VIOLENCE),
    GOVERNMENT_REGAINS_TERRITORY("Government regains territory", BATTLES, POLITICAL_VIOLENCE),
    NON_STATE_ACTOR_OVERTAKES_TERRITORY("Non-state actor overtakes territory", BATTLES, POLITICAL_VIOLENCE),
    CHEMICAL_WEAPON("Chemical weapon", EXPLOSIONS_REMOTE_VIOLENCE, POLITICAL_VIOLENCE),
    AIR_DRONE_STRIKE("Air/drone strike", EXPLOSIONS_REMOTE_VIOLENCE, POLITICAL_VIOLENCE),
    SUICIDE_BOMB("Suicide bomb", EXPLOSIONS_REMOTE_VIOLENCE, POLITICAL_VIOLENCE),
    SHELLING_ARTILLERY_MISSILE_ATTACK("Shelling/artillery/missile attack", EXPLOSIONS_REMOTE_VIOLENCE, POLITICAL_VIOLENCE),
    REMOTE_EXPLOSIVE_LANDMINE_IED("Remote explosive/landmine/IED", EXPLOSIONS_REMOTE_VIOLENCE, POLITICAL_VIOLENCE),
    GRENADE("Grenade", EXPLOSIONS_REMOTE_VIOLENCE, POLITICAL_VIOLENCE),
    SEXUAL_VIOLENCE("Sexual violence", VIOLENCE_AGAINST_CIVILIANS, POLITICAL_VIOLENCE),
    ATTACK("Attack", VIOLENCE_AGAINST_CIVILIANS, POLITICAL_VIOLENCE),
    ABDUCTION_FORCED_DISAPPEARANCE("Abduction/forced disappearance", VIOLENCE_AGAINST_CIVILIANS, POLITICAL_VIOLENCE),
    PEACEFUL_PROTEST("Peaceful protest", PROTESTS, DEMONSTRATIONS),
    PROTEST_WITH_INTERVENTION("Protest with intervention", PROTESTS, DEMONSTRATIONS),
    EXCESSIVE_FORCE_AGAINST_PROTESTERS("Excessive force against protesters", PROTESTS, POLITICAL_VIOLENCE_AND_DEMONSTRATIONS),
    VIOLENT_DEMONSTRATION("Violent demonstration", RIOTS, DEMONSTRATIONS),
    MOB_VIOLENCE("Mob violence", RIOTS, POLITICAL_VIOLENCE),
    AGREEMENT("Agreement", AcledEventType.STRATEGIC_DEVELOPMENTS, AcledDisorderType.STRATEGIC_DEVELOPMENTS),
    ARRESTS("Arrests", AcledEventType.STRATEGIC_DEVELOPMENTS, AcledDisorderType.STRATEGIC_DEVELOPMENTS),
    CHANGE_TO_GROUP_ACTIVITY("Change to group/activity", AcledEventType.STRATEGIC_DEVELOPMENTS, AcledDisorderType.STRATEGIC_DEVELOPMENTS),
    DISRUPTED_WEAPONS_USE("Disrupted weapons use", AcledEventType.STRATEGIC_DEVELOPMENTS, AcledDisorderType.STRATEGIC_DEVELOPMENTS),
    HEADQUARTERS_OR_BASE_ESTABLISHED("Headquarters or base established", AcledEventType.STRATEGIC_DEVELOPMENTS, AcledDisorderType.STRATEGIC_DEVELOPMENTS),
    LOOTING_PROPERTY_DESTRUCTION("Looting/property destruction", AcledEventType.STRATEGIC_DEVELOPMENTS, AcledDisorderType.STRATEGIC_DEVELOPMENTS),
    NON_VIOLENT_TRANSFER_OF_TERRITORY("Non-violent transfer of territory", AcledEventType.STRATEGIC_DEVELOPMENTS, AcledDisorderType.STRATEGIC_DEVELOPMENTS),
    OTHER("Other", AcledEventType.STRATEGIC_DEVELOPMENTS, AcledDisorderType.STRATEGIC_DEVELOPMENTS);

    private final String wireName;
    private final AcledEventType eventType;
    private final AcledDisorderType disorderType;

    AcledSubEventType(String wireName, AcledEventType eventType, AcledDisorderType disorderType) {
        this.wireName = wireName;
        this.eventType = eventType;
        this.disorderType = disorderType;
    }

    public AcledEventType eventType() {
        return eventType;
    }

    public AcledDisorderType disorderType() {
        return disorderType;
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
    public static AcledSubEventType fromWire(String name) {
        return Vocabularies.fromWire(AcledSubEventType.class, name, "ACLED sub-event type");
    }
}
