package org.dateline.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {
    @Test
    void foldsCaseDiacriticsAndPeriods() {
        assertThat(NameKey.key("Türkiye")).isEqualTo("turkiye");
        assertThat(NameKey.key("Côte d’Ivoire")).isEqualTo("cote d'ivoire");
        assertThat(NameKey.folded("U.S.")).isEqualTo("US");
    }

    @Test
    void dropsLeadingTheAndPossessives() {
        assertThat(NameKey.key("the United States")).isEqualTo("united states");
        assertThat(NameKey.key("Azerbaijan’s")).isEqualTo("azerbaijan");
        assertThat(NameKey.key("the Philippines'")).isEqualTo("philippines");
        assertThat(NameKey.key("The")).isEqualTo("the");
    }

    @Test
    void splitsOnHyphensAndPunctuation() {
        assertThat(NameKey.key("Guinea-Bissau")).isEqualTo("guinea bissau");
        assertThat(NameKey.key("eco-activists")).isEqualTo("eco activists");
        assertThat(NameKey.key("Trinidad & Tobago")).isEqualTo("trinidad and tobago");
        assertThat(NameKey.key("  ")).isEmpty();
        assertThat(NameKey.key(null)).isEmpty();
    }

    @Test
    void shortAcronymsAreCapitalsWithAtMostThreeLetters() {
        assertThat(NameKey.isShortAcronym("US")).isTrue();
        assertThat(NameKey.isShortAcronym("G20")).isTrue();
        assertThat(NameKey.isShortAcronym("NATO")).isFalse();
        assertThat(NameKey.isShortAcronym("Us")).isFalse();
        assertThat(NameKey.isShortAcronym("DR Congo")).isFalse();
    }
}
