package org.dateline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dateline.json.RecordJson;
import org.junit.jupiter.api.Test;

class VocabulariesTest {
    private static String json(Object value) throws JsonProcessingException {
        return RecordJson.mapper().writeValueAsString(value);
    }

    @Test
    void wireNamesAreTheContractSpellings() {
        assertThat(EventMode.THIRD_PARTY.wireName()).isEqualTo("third-party");
        assertThat(EventMode.MARTIAL_LAW.wireName()).isEqualTo("martial-law");
        assertThat(EventMode.HEAVY_WEAPONS.wireName()).isEqualTo("heavy-weapons");
        assertThat(StatementKind.ACCORDING_TO.wireName()).isEqualTo("according_to");
        assertThat(Factuality.ASSERTED.wireName()).isEqualTo("asserted");
        assertThat(EventType.CONSULT.wireName()).isEqualTo("CONSULT");
        assertThat(TimexType.DURATION.wireName()).isEqualTo("DURATION");
        assertThat(Sector.GOV.wireName()).isEqualTo("GOV");
        assertThat(EventContext.HUMAN_RIGHTS.wireName()).isEqualTo("human_rights");
        assertThat(EventContext.NATURAL_RESOURCE.wireName()).isEqualTo("natural_resource");
    }

    @Test
    void jsonWritesAndReadsWireNames() throws JsonProcessingException {
        assertThat(json(List.of(EventMode.THIRD_PARTY, Factuality.REPORTED, StatementKind.ACCORDING_TO)))
            .isEqualTo("[\"third-party\",\"reported\",\"according_to\"]");
        assertThat(RecordJson.mapper().readValue("\"suicide-attack\"", EventMode.class)).isEqualTo(EventMode.SUICIDE_ATTACK);
        assertThat(RecordJson.mapper().readValue("\"negated\"", Factuality.class)).isEqualTo(Factuality.NEGATED);
    }

    @Test
    void anUnknownStoredValueFailsNamingTheAllowedOnes() {
        assertThatThrownBy(() -> RecordJson.mapper().readValue("\"rumoured\"", Factuality.class))
            .hasMessageContaining("unknown factuality 'rumoured'; allowed: asserted, reported, future, hypothetical, negated, historical");
        // JSON is exact: the enum's own name is not its wire name
        assertThatThrownBy(() -> RecordJson.mapper().readValue("\"ASSERTED\"", Factuality.class))
            .hasMessageContaining("unknown factuality 'ASSERTED'");
    }

    @Test
    void aStoredEventWithAnUnknownTypeDoesNotRead() throws JsonProcessingException {
        String event = "{\"id\":\"V1\",\"type\":\"PROTES\",\"mode\":null,\"context\":[],\"actors\":[],"
            + "\"recipients\":[],\"date\":null,\"location\":null,\"factuality\":\"asserted\",\"claimedBy\":null,"
            + "\"trigger\":null,\"evidence\":null,\"confidence\":0.5}";
        assertThatThrownBy(() -> RecordJson.mapper().readValue(event, Event.class))
            .hasMessageContaining("unknown event type 'PROTES'; allowed: AGREE, CONSULT,");
        assertThat(RecordJson.mapper().readValue(event.replace("PROTES", "PROTEST"), Event.class).type())
            .isEqualTo(EventType.PROTEST);
    }

    @Test
    void peopleMayTypeAnyCase() {
        assertThat(Vocabularies.fromWireIgnoringCase(EventType.class, "protest", "event type")).isEqualTo(EventType.PROTEST);
        assertThat(Vocabularies.fromWireIgnoringCase(EventMode.class, "Third-Party", "event mode")).isEqualTo(EventMode.THIRD_PARTY);
        assertThatThrownBy(() -> Vocabularies.fromWireIgnoringCase(EventType.class, "PROTES", "event type"))
            .isInstanceOf(UnknownValueException.class)
            .hasMessage("unknown event type 'PROTES'; allowed: AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, "
                + "REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT");
    }

    @Test
    void everyModeBelongsToSomeEventType() {
        Set<EventMode> used = EnumSet.noneOf(EventMode.class);
        for (EventType t : EventType.values()) {
            used.addAll(t.modes());
        }
        assertThat(used).containsExactlyInAnyOrder(EventMode.values());
    }

    @Test
    void publishedTravelsAsItsIsoString() throws JsonProcessingException {
        Published p = Published.parse("2023-03-01T14:07:00+04:00");
        assertThat(json(p)).isEqualTo("\"2023-03-01T14:07:00+04:00\"");
        assertThat(RecordJson.mapper().readValue("\"2023-03-01\"", Published.class)).isEqualTo(Published.parse("2023-03-01"));
    }
}
