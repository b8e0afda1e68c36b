package org.dateline.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.dateline.analyze.data.UsTowns;
import org.junit.jupiter.api.Test;

/** What an article's words say of the known towns: the names it calls parts of a town, the town it puts things in. */
class TextTownsTest {
    private static final TextTowns.Towns ANY_STATE = new TextTowns.Towns(Set.of(), Set.of());

    @Test
    void aNameWithTheOrAPossessiveBeforeAndANeighbourhoodWordAfterIsAPartOfATown() {
        assertThat(TextTowns.partsNamed("police heard gunshots in the Upton neighborhood, police said"))
            .containsExactly(UsTowns.fold("Upton"));
        assertThat(TextTowns.partsNamed("gunfire erupted in the city's East Germantown section"))
            .containsExactly(UsTowns.fold("East Germantown"));
        // a town's own neighbourhoods: "a Chicago neighborhood", "his Chicago neighborhood"
        assertThat(TextTowns.partsNamed("shot in a Chicago neighborhood; back in his Chicago neighborhood")).isEmpty();
        assertThat(TextTowns.partsNamed("the Dallas area and the Mount Vernon community")).isEmpty();
        assertThat(new TextTowns.Towns(Set.of(), Set.of(UsTowns.fold("Upton"))).known("Upton")).isFalse();
        assertThat(ANY_STATE.known("Upton")).isTrue();
    }

    @Test
    void theTownTheTextPutsSomethingInIsNoCornerOrListOfNames() {
        assertThat(TextTowns.putIn("A boy shot himself at a home in Arab Tuesday.", ANY_STATE, w -> false).name())
            .isEqualTo("Arab");
        // GVA dev: "near Ponderosa and Anvil" is a corner of two streets, Ponderosa a town of New Mexico
        assertThat(TextTowns.putIn("They were dispatched to a home near Ponderosa and Anvil.", ANY_STATE, w -> false)).isNull();
        assertThat(TextTowns.putIn("Shootings in Tulsa and Dallas left two dead.", ANY_STATE, w -> false)).isNull();
    }
}
