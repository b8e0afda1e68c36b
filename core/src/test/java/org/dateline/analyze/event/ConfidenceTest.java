package org.dateline.analyze.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Pins the scale: these numbers are in every stored record, so a change is a deliberate one. */
class ConfidenceTest {
    private static Parties parties(List<String> actors, List<String> recipients) {
        return new Parties(actors, recipients, false, false);
    }

    @Test
    void aVerbWithBothSidesAndAConfirmedSenseReachesTheCeiling() {
        assertThat(Confidence.of(true, true, parties(List.of("E1"), List.of("E2")), Frame.DIRECTED)).isEqualTo(0.95);
        assertThat(Confidence.of(true, false, parties(List.of("E1"), List.of("E2")), Frame.DIRECTED)).isEqualTo(0.85);
    }

    @Test
    void aBareNounScoresLowest() {
        assertThat(Confidence.of(false, false, Parties.NONE, Frame.DIRECTED)).isEqualTo(0.45);
        assertThat(Confidence.of(false, false, parties(List.of("E1"), List.of()), Frame.DIRECTED)).isEqualTo(0.65);
    }

    @Test
    void aSecondActorIsTheOtherSideOnlyOfSymmetricEvents() {
        Parties two = parties(List.of("E1", "E2"), List.of());
        assertThat(Confidence.of(true, false, two, Frame.SYMMETRIC)).isEqualTo(0.85);
        assertThat(Confidence.of(true, false, two, Frame.DIRECTED)).isEqualTo(0.75);
    }

    @Test
    void allegationsUnparsedSentencesAndInheritedActors() {
        assertThat(Confidence.allegation(true)).isEqualTo(0.60);
        assertThat(Confidence.allegation(false)).isEqualTo(0.50);
        assertThat(Confidence.UNPARSED).isEqualTo(0.30);
        assertThat(Confidence.withInheritedActors(0.85)).isEqualTo(0.75);
        assertThat(Confidence.withInheritedActors(0.10)).isEqualTo(0.05);
    }
}
