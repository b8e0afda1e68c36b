package org.dateline.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Subjects, the one definition the entity and event stages share. */
class DependencyTreeTest {
    private static final DependencyTree TREE = TextBuilder.parse("""
        Baku      NNP  2  nsubj       Baku
        rejected  VBD  0  root        reject
        and       CC   6  cc
        Yerevan   NNP  6  nsubj:pass  Yerevan
        was       VBD  6  aux:pass    be
        blamed    VBN  2  conj        blame
        .         .    2  punct
        """).sentences().get(0).tree();

    @Test
    void activeAndPassiveSubjectsAreTold() {
        assertThat(TREE.subjects(1)).containsExactly(0);
        assertThat(TREE.subjects(5)).containsExactly(3);
        assertThat(TREE.passiveSubject(0)).isFalse();
        assertThat(TREE.passiveSubject(3)).isTrue();
    }

    @Test
    void onlyAnActiveSubjectHasAPredicate() {
        assertThat(TREE.predicateOfSubject(0)).isEqualTo(1);
        assertThat(TREE.predicateOfSubject(3)).as("the one blamed is acted upon").isEqualTo(-1);
        assertThat(TREE.predicateOfSubject(1)).as("the root").isEqualTo(-1);
        assertThat(TREE.predicateOfSubject(2)).isEqualTo(-1);
    }
}
