package org.dateline.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which two full names may be one person's ({@link MentionGrouper#formOfName}), on names alone. */
class MentionGrouperFormsTest {
    @Test
    void aMiddleNameAddedOrDroppedOrAShortFormIsTheSamePerson() {
        assertThat(MentionGrouper.formOfName("Robert Dear", "Robert Lewis Dear")).isTrue();
        assertThat(MentionGrouper.formOfName("Randy Coffland", "Randall R. Coffland")).isTrue();
        assertThat(MentionGrouper.formOfName("Robert L. Dear", "Robert Lewis Dear")).isTrue();
    }

    @Test
    void anotherSurnameSuffixOrMiddleInitialIsAnotherPerson() {
        assertThat(MentionGrouper.formOfName("Ben Woodard", "Benjamin Woodward")).isFalse();
        assertThat(MentionGrouper.formOfName("Ben Woodard Jr.", "Benjamin Woodard")).isFalse();
        assertThat(MentionGrouper.formOfName("John A. Smith", "John B. Smith")).isFalse();
        assertThat(MentionGrouper.formOfName("Smith", "John Smith")).isFalse();
    }

    @Test
    void aMiddleWordOfPunctuationAloneSaysNothing() {
        assertThat(MentionGrouper.formOfName("Joshua “ Boren", "Joshua Jaden Boren")).isTrue();
    }
}
