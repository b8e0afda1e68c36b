package org.dateline.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The list of US towns: spellings folded as news and the Postal Service differ, states read from the text. */
class KnownTownsTest {
    @Test
    void newsSpellingsOfATownMeetThePostalServices() {
        // us-towns.tsv writes "Saint Louis", "Winston Salem", "Lees Summit", "Mc Kees Rocks"
        assertThat(KnownTowns.known("St. Louis", Set.of())).isTrue();
        assertThat(KnownTowns.known("Winston-Salem", Set.of())).isTrue();
        assertThat(KnownTowns.known("Lee’s Summit", Set.of())).isTrue();
        assertThat(KnownTowns.known("McKEES ROCKS", Set.of())).isTrue();
        assertThat(KnownTowns.known("North Side", Set.of())).isFalse();
        assertThat(KnownTowns.known(null, Set.of())).isFalse();
    }

    @Test
    void aTownIsKnownOnlyInTheStatesTheArticleNamesWhenItNamesAny() {
        assertThat(KnownTowns.known("Broadway", Set.of())).isTrue();
        assertThat(KnownTowns.known("Broadway", Set.of("VA"))).isTrue();
        assertThat(KnownTowns.known("Broadway", Set.of("AZ"))).isFalse();
        assertThat(KnownTowns.known("Phoenix", Set.of("AZ"))).isTrue();
    }

    @Test
    void statesAreNamedByNameAbbreviationOrCodeAfterAComma() {
        assertThat(KnownTowns.statesNamed("SPANISH FORK, Utah — Police said")).containsExactly("UT");
        assertThat(KnownTowns.statesNamed("in the 1600 block of N 600 E in Portland, Ind. just after")).containsExactly("IN");
        assertThat(KnownTowns.statesNamed("AVONDALE, AZ - A man")).containsExactly("AZ");
        // the longer name first: West Virginia is no mention of Virginia; "IN" as a word is no state
        assertThat(KnownTowns.statesNamed("CHARLESTON, W.Va. — a man in West Virginia")).containsExactly("WV");
        assertThat(KnownTowns.statesNamed("A man was shot IN the leg.")).isEmpty();
        // GVA dev: "Pennsylvania Avenue" in a Baltimore report made it one of Pennsylvania, where
        // Baltimore is no town; a street, a site or a county bearing a state's name names no state
        assertThat(KnownTowns.statesNamed("police were conducting a stop in the 1200 block of Pennsylvania Avenue")).isEmpty();
        assertThat(KnownTowns.statesNamed("taken to Texas Children's Hospital from Washington County")).isEmpty();
        assertThat(KnownTowns.statesNamed("in Washington. Street vendors said")).containsExactly("WA");
    }
}
