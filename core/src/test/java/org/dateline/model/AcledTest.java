package org.dateline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.Arrays;
import org.dateline.json.RecordJson;
import org.junit.jupiter.api.Test;

class AcledTest {
    @Test
    void theCodebookHasTwentyFiveSubEventTypesUnderSixEventTypes() {
        assertThat(AcledSubEventType.values()).hasSize(25);
        assertThat(Arrays.stream(AcledSubEventType.values()).map(AcledSubEventType::eventType).distinct())
            .containsExactlyInAnyOrder(AcledEventType.values());
    }

    @Test
    void theSubEventTypeDecidesTheOtherTwo() {
        Acled strike = Acled.of(AcledSubEventType.AIR_DRONE_STRIKE);
        assertThat(strike.eventType()).isEqualTo(AcledEventType.EXPLOSIONS_REMOTE_VIOLENCE);
        assertThat(strike.disorderType()).isEqualTo(AcledDisorderType.POLITICAL_VIOLENCE);
        assertThat(Acled.of(AcledSubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS).disorderType())
            .isEqualTo(AcledDisorderType.POLITICAL_VIOLENCE_AND_DEMONSTRATIONS);
        assertThat(Acled.of(AcledSubEventType.MOB_VIOLENCE).eventType()).isEqualTo(AcledEventType.RIOTS);
        assertThatThrownBy(() -> new Acled(AcledDisorderType.DEMONSTRATIONS, AcledEventType.BATTLES,
            AcledSubEventType.ARMED_CLASH)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Armed clash");
    }

    @Test
    void jsonUsesAcledsOwnNames() throws JsonProcessingException {
        String json = RecordJson.mapper().writeValueAsString(Acled.of(AcledSubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK));
        assertThat(json).isEqualTo("{\"disorderType\":\"Political violence\",\"eventType\":\"Explosions/Remote violence\","
            + "\"subEventType\":\"Shelling/artillery/missile attack\"}");
        assertThat(RecordJson.mapper().readValue(json, Acled.class).subEventType())
            .isEqualTo(AcledSubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK);
        assertThatThrownBy(() -> RecordJson.mapper().readValue("{\"disorderType\":\"Political violence\","
            + "\"eventType\":\"Battles\",\"subEventType\":\"Airstrike\"}", Acled.class))
            .isInstanceOf(JsonMappingException.class).hasMessageContaining("Air/drone strike");
    }
}
