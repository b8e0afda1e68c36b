package org.dateline.analyze.event;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(Cameo.root("AGREE", null)).isEqualTo("03");
        assertThat(Cameo.root("CONSULT", "phone")).isEqualTo("04");
        assertThat(Cameo.root("SUPPORT", null)).isEqualTo("05");
    }

    @Test
    void yieldWasSplitInTwo() {
        assertThat(Cameo.root("CONCEDE", null)).isEqualTo("08");
        assertThat(Cameo.root("RETREAT", "release")).isEqualTo("08");
    }

    @Test
    void accuseIsInvestigateOrDisapprove() {
        assertThat(Cameo.root("ACCUSE", "investigate")).isEqualTo("09");
        assertThat(Cameo.root("ACCUSE", "allege")).isEqualTo("11");
        assertThat(Cameo.root("ACCUSE", null)).isEqualTo("11");
    }

    @Test
    void conflict() {
        assertThat(Cameo.root("REQUEST", null)).isEqualTo("10");
        assertThat(Cameo.root("REJECT", "meet")).isEqualTo("12");
        assertThat(Cameo.root("THREATEN", "violence")).isEqualTo("13");
        assertThat(Cameo.root("PROTEST", "demo")).isEqualTo("14");
        assertThat(Cameo.root("MOBILIZE", "troops")).isEqualTo("15");
        assertThat(Cameo.root("SANCTION", "expel")).isEqualTo("16");
        assertThat(Cameo.root("COERCE", "arrest")).isEqualTo("17");
    }

    @Test
    void assaultByWeapon() {
        assertThat(Cameo.root("ASSAULT", "abduct")).isEqualTo("18");
        assertThat(Cameo.root("ASSAULT", "suicide-attack")).isEqualTo("18");
        assertThat(Cameo.root("ASSAULT", "aerial")).isEqualTo("19");
        assertThat(Cameo.root("ASSAULT", "firearms")).isEqualTo("19");
        assertThat(Cameo.root("ASSAULT", null)).isEqualTo("18");
        assertThat(Cameo.root("assault", "cleansing")).isEqualTo("20");
    }
}
