package org.dateline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DuplicatesTest {
    private static final String WIRE = "The central bank raised its key interest rate by two and a half percentage "
        + "points on Thursday, the fourth increase this year, as annual inflation stayed close to forty percent. "
        + "Analysts had expected a smaller step. The lira weakened slightly against the dollar after the decision, "
        + "and the bank said it would keep tightening until prices stabilised.";

    @Test
    void aRepublishedWireStoryIsANearCopyOfTheFirst() {
        Duplicates d = new Duplicates();
        assertThat(d.check("a", "pa", WIRE)).isEqualTo(Duplicates.Verdict.original("a"));
        Duplicates.Verdict v = d.check("b", "pb", "ISTANBUL (Wire) - " + WIRE + " Reporting by the wire desk; editing by J. Doe.");
        assertThat(v.duplicateOf()).isEqualTo("a");
        assertThat(v.exact()).isFalse();
    }

    @Test
    void theSameIdIsAnExactCopy() {
        Duplicates d = new Duplicates();
        d.check("a", "pa", WIRE);
        assertThat(d.check("a", "pa", WIRE)).isEqualTo(new Duplicates.Verdict("a", "a", true));
    }

    @Test
    void theSameBodyUnderAnotherPublicationGetsAnIdOfItsOwn() {
        Duplicates d = new Duplicates();
        d.check("a", "pa", WIRE);
        // another headline or site: its own id, a copy of the first
        assertThat(d.check("a", "pb", WIRE)).isEqualTo(new Duplicates.Verdict("pb", "a", true));
        // that publication again: its own id, an exact copy of itself, as the first's repeats are
        assertThat(d.check("a", "pb", WIRE)).isEqualTo(new Duplicates.Verdict("pb", "pb", true));
        assertThat(d.check("a", "pa", WIRE)).isEqualTo(new Duplicates.Verdict("a", "a", true));
    }

    @Test
    void differentStoriesAndShortTextsAreOriginals() {
        Duplicates d = new Duplicates();
        d.check("a", "pa", WIRE);
        assertThat(d.check("b", "pb", "Protesters gathered outside parliament in Tbilisi for a third night against the "
            + "foreign agents bill, which passed its first reading last week. Police used water cannon shortly before "
            + "midnight and detained dozens of people, the interior ministry said.").duplicateOf()).isNull();
        assertThat(d.check("c", "pc", "Rates up.").duplicateOf()).isNull();
        assertThat(d.check("d", "pd", "Rates up.").duplicateOf()).isNull();
    }
}
