package org.dateline.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dateline.analyze.data.TsvTable;
import org.junit.jupiter.api.Test;

class GivenNamesTest {
    @Test
    void shortFormsAndFormsOfOneNameMayBeOnePersonsFirstName() {
        assertThat(GivenNames.maySameFirstName("Ron", "Ronald")).isTrue();
        assertThat(GivenNames.maySameFirstName("RONALD", "ron")).isTrue();
        assertThat(GivenNames.maySameFirstName("Kathy", "Katie")).isTrue();
        assertThat(GivenNames.maySameFirstName("Bill", "William")).isTrue();
        assertThat(GivenNames.maySameFirstName("Jon", "Jonathan")).isTrue();
        // both forms of "Jon", not of one another
        assertThat(GivenNames.maySameFirstName("John", "Jonathan")).isFalse();
        assertThat(GivenNames.maySameFirstName("Tony", "Tonya")).isFalse();
    }

    @Test
    void eachNamesFormsAreListedOnceAndAreNotTheNameItself() {
        for (TsvTable.Row row : TsvTable.resource(GivenNames.class, "given-name-forms.tsv", "name", "forms").rows()) {
            List<String> forms = TsvTable.items(row.get("forms"));
            assertThat(forms).as(row.get("name")).doesNotHaveDuplicates().doesNotContain(row.get("name"));
        }
    }

    @Test
    void aHyphenatedNamesPartIsItsFirstName() {
        assertThat(GivenNames.maySameFirstName("Scorpio-Rodney", "Scorpio")).isTrue();
        assertThat(GivenNames.maySameFirstName("Scorpio-Rodney", "Rod")).isFalse();
    }

    @Test
    void oneLetterApartIsAMisspellingOnlyInNamesOfFiveLettersOrMore() {
        assertThat(GivenNames.maySameFirstName("Micheal", "Michael")).isTrue();
        assertThat(GivenNames.maySameFirstName("Cartrail", "Cartrial")).isTrue();
        assertThat(GivenNames.maySameFirstName("Reshawna", "Reshowna")).isTrue();
        assertThat(GivenNames.maySameFirstName("Darrel", "Darrell")).isTrue();
        assertThat(GivenNames.maySameFirstName("Eric", "Erin")).isFalse();
        assertThat(GivenNames.maySameFirstName("Edwin", "Edward")).isFalse();
    }

    @Test
    void oneEditIsOneLetterAddedDroppedReplacedOrTwoNeighboursSwapped() {
        assertThat(GivenNames.oneEditApart("jesse", "jessie")).isTrue();
        assertThat(GivenNames.oneEditApart("jessie", "jesse")).isTrue();
        assertThat(GivenNames.oneEditApart("marie", "maria")).isTrue();
        assertThat(GivenNames.oneEditApart("abcde", "bacde")).isTrue();
        assertThat(GivenNames.oneEditApart("abcde", "abced")).isTrue();
        assertThat(GivenNames.oneEditApart("abcde", "abcde")).isFalse();
        assertThat(GivenNames.oneEditApart("abcde", "abxye")).isFalse();
        assertThat(GivenNames.oneEditApart("abcde", "abc")).isFalse();
        assertThat(GivenNames.oneEditApart("abcde", "acbed")).isFalse();
    }
}
