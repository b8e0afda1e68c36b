package org.dateline.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameFoldTest {
    @Test
    void theEntityKeyFoldIsFixedBecauseKeysAreStored() {
        assertThat(NameFold.forEntityKey("Volker Türk")).isEqualTo("volker turk");
        assertThat(NameFold.forEntityKey("The United  Nations")).isEqualTo("united nations");
        assertThat(NameFold.forEntityKey("AzerNews’")).isEqualTo("azernews");
        assertThat(NameFold.forEntityKey("Guinea-Bissau")).isEqualTo("guinea bissau");
        assertThat(NameFold.forEntityKey(null)).isEmpty();
    }

    @Test
    void theMatchingFoldKeepsCaseAndJoinsWhatTheKeyFoldSplits() {
        assertThat(NameFold.forMatching("the U.S.")).containsExactly("US");
        assertThat(NameFold.forEntityKey("the U.S.")).isEqualTo("u s");
        assertThat(NameFold.forMatching("the UN's")).containsExactly("UN");
        assertThat(NameFold.forEntityKey("the UN's")).isEqualTo("uns");
        assertThat(NameFold.forMatching("Trinidad & Tobago")).containsExactly("Trinidad", "and", "Tobago");
        assertThat(NameFold.forMatching("Côte d’Ivoire")).containsExactly("Cote", "d'Ivoire");
    }
}
