package org.dateline.analyze.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.dateline.model.EventMode;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

class CameoTest {
    @Test
    void everyTypeHasATwoDigitRoot() {
        for (EventType t : EventType.values()) {
            assertThat(Cameo.root(t, null)).matches("(0[1-9]|1\\d|20)");
        }
    }

    @Test
    void verbalCooperation() {
        assertThat(Cameo.root(EventType.AGREE, null)).isEqualTo("03");
        assertThat(Cameo.root(EventType.CONSULT, EventMode.PHONE)).isEqualTo("04");
        assertThat(Cameo.root(EventType.SUPPORT, null)).isEqualTo("05");
    }

    @Test
    void yieldWasSplitInTwo() {
        assertThat(Cameo.root(EventType.CONCEDE, null)).isEqualTo("08");
        assertThat(Cameo.root(EventType.RETREAT, EventMode.RELEASE)).isEqualTo("08");
    }

    @Test
    void accuseIsInvestigateOrDisapprove() {
        assertThat(Cameo.root(EventType.ACCUSE, EventMode.INVESTIGATE)).isEqualTo("09");
        assertThat(Cameo.root(EventType.ACCUSE, EventMode.ALLEGE)).isEqualTo("11");
        assertThat(Cameo.root(EventType.ACCUSE, null)).isEqualTo("11");
    }

    @Test
    void conflict() {
        assertThat(Cameo.root(EventType.REQUEST, null)).isEqualTo("10");
        assertThat(Cameo.root(EventType.REJECT, EventMode.MEET)).isEqualTo("12");
        assertThat(Cameo.root(EventType.THREATEN, EventMode.VIOLENCE)).isEqualTo("13");
        assertThat(Cameo.root(EventType.PROTEST, EventMode.DEMO)).isEqualTo("14");
        assertThat(Cameo.root(EventType.MOBILIZE, EventMode.TROOPS)).isEqualTo("15");
        assertThat(Cameo.root(EventType.SANCTION, EventMode.EXPEL)).isEqualTo("16");
        assertThat(Cameo.root(EventType.COERCE, EventMode.ARREST)).isEqualTo("17");
    }

    @Test
    void assaultByWeapon() {
        assertThat(Cameo.root(EventType.ASSAULT, EventMode.ABDUCT)).isEqualTo("18");
        assertThat(Cameo.root(EventType.ASSAULT, EventMode.SUICIDE_ATTACK)).isEqualTo("18");
        assertThat(Cameo.root(EventType.ASSAULT, EventMode.AERIAL)).isEqualTo("19");
        assertThat(Cameo.root(EventType.ASSAULT, EventMode.FIREARMS)).isEqualTo("19");
        assertThat(Cameo.root(EventType.ASSAULT, null)).isEqualTo("18");
        assertThat(Cameo.root(EventType.ASSAULT, EventMode.CLEANSING)).isEqualTo("20");
    }
}
