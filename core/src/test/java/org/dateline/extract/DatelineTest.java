package org.dateline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineTest {

    private static Dateline of(String p) {
        return Dateline.of(p).orElseThrow(() -> new AssertionError("no dateline: " + p));
    }

    @Test
    void reutersCityAgencyHyphen() {
        Dateline d = of("MOSCOW (Reuters) - Russia said on Tuesday ...");
        assertThat(d.place()).isEqualTo("MOSCOW");
        assertThat(d.agency()).isEqualTo("Reuters");
        assertThat(d.rest()).isEqualTo("Russia said on Tuesday ...");
        assertThat(d.note()).isEqualTo("dateline: MOSCOW (Reuters)");
    }

    @Test
    void apCityRegionEmDash() {
        Dateline d = of("KYIV, Ukraine (AP) — Ukraine’s grain exports rose.");
        assertThat(d.place()).isEqualTo("KYIV, Ukraine");
        assertThat(d.agency()).isEqualTo("AP");
        assertThat(d.rest()).isEqualTo("Ukraine’s grain exports rose.");
    }

    @Test
    void afpCityAndDate() {
        Dateline d = of("BAKU, March 1 (AFP) - Azerbaijan said ...");
        assertThat(d.place()).isEqualTo("BAKU");
        assertThat(d.agency()).isEqualTo("AFP");
        assertThat(d.note()).isEqualTo("dateline: BAKU, March 1 (AFP)");
    }

    @Test
    void xinhuaDoubleHyphen() {
        assertThat(of("BEIJING, March 5 (Xinhua) -- China and Pakistan ...").rest()).startsWith("China and");
    }

    @Test
    void ordinaryCaseCityWithAgency() {
        assertThat(of("Baku (AFP) - Azerbaijan said ...").place()).isEqualTo("Baku");
    }

    @Test
    void capsCityWithoutAgency() {
        Dateline d = of("WASHINGTON — The Senate voted on Tuesday.");
        assertThat(d.agency()).isNull();
        assertThat(d.rest()).isEqualTo("The Senate voted on Tuesday.");
    }

    @Test
    void agencyWithoutCity() {
        Dateline d = of("(CNN) — A storm hit the coast.");
        assertThat(d.place()).isNull();
        assertThat(d.agency()).isEqualTo("CNN");
    }

    @Test
    void tassSlashes() {
        Dateline d = of("MOSCOW, March 5. /TASS/. Russia’s central bank ...");
        assertThat(d.agency()).isEqualTo("TASS");
        assertThat(d.rest()).isEqualTo("Russia’s central bank ...");
    }

    @Test
    void knownAgencyNeedsNoDash() {
        Dateline d = of("New Delhi, Jan 12 (PTI) India will host ...");
        assertThat(d.place()).isEqualTo("New Delhi");
        assertThat(d.rest()).isEqualTo("India will host ...");
    }

    @Test
    void placeAloneIsAWholeParagraphDateline() {
        Dateline d = of("ANKARA");
        assertThat(d.wholeParagraph()).isTrue();
        assertThat(d.note()).isEqualTo("dateline: ANKARA");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "NATO - the alliance said on Monday it would meet.",
        "Azerbaijani Deputy Foreign Minister Elnur Mammadov and UN High Human Rights Commissioner met.",
        "The minister (pictured) - who arrived late - spoke first.",
        "London (Kyiv) the talks went on",
        "UN",
    })
    void ordinaryOpeningsAreLeftAlone(String paragraph) {
        assertThat(Dateline.of(paragraph)).isEmpty();
    }
}
