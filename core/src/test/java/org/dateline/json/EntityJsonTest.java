package org.dateline.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Sector;
import org.dateline.model.Span;
import org.junit.jupiter.api.Test;

/** An entity's JSON: {@code nominal} is written only when true, after {@code organization}, and read back. */
class EntityJsonTest {
    private static final Span SPAN = new Span(0, 3, "The");

    @Test
    void aNamedEntityIsWrittenAsBeforeNominalExisted() throws JsonProcessingException {
        Entity named = new Entity("E1", "Elnur Mammadov", EntityType.PERSON, List.of(), "AZE", Sector.GOV, null, List.of(SPAN));
        String json = RecordJson.mapper().writeValueAsString(named);
        assertThat(json).isEqualTo("{\"id\":\"E1\",\"name\":\"Elnur Mammadov\",\"type\":\"PERSON\",\"titles\":[],"
            + "\"code\":\"AZE\",\"sector\":\"GOV\",\"organization\":null,\"mentions\":[{\"start\":0,\"end\":3,\"text\":\"The\"}]}");
        assertThat(RecordJson.mapper().readValue(json, Entity.class)).isEqualTo(named);
    }

    @Test
    void aPersonNamedOnlyByRoleSaysSoAfterItsOrganisation() throws JsonProcessingException {
        Entity role = new Entity("E2", "UN rights chief", EntityType.PERSON, List.of("Rights Chief"), "IGO", Sector.GOV,
            "United Nations", true, List.of(SPAN));
        String json = RecordJson.mapper().writeValueAsString(role);
        assertThat(json).contains("\"organization\":\"United Nations\",\"nominal\":true,\"mentions\"");
        assertThat(RecordJson.mapper().readValue(json, Entity.class)).isEqualTo(role);
    }
}
