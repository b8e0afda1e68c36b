package org.dateline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BylineParserTest {

    private static Byline by(String line) {
        return BylineParser.parse(line).orElseThrow(() -> new AssertionError("not a byline: " + line));
    }

    @Test
    void nameThenReadMore() {
        assertThat(by("Sabina Mammadli Read more").authors()).containsExactly("Sabina Mammadli");
    }

    @Test
    void byNameCommaAgency() {
        Byline b = by("By Jane Doe, Reuters");
        assertThat(b.authors()).containsExactly("Jane Doe");
        assertThat(b.outlet()).isEqualTo("Reuters");
    }

    @Test
    void twoAuthors() {
        assertThat(by("By Jane Doe and John Roe").authors()).containsExactly("Jane Doe", "John Roe");
        assertThat(by("By Jane Doe, John Roe & Ann Poe").authors()).containsExactly("Jane Doe", "John Roe", "Ann Poe");
    }

    @Test
    void capitalsBecomeOrdinaryCase() {
        assertThat(by("By JANE DOE").authors()).containsExactly("Jane Doe");
        assertThat(by("BY MARY O'NEIL-SMITH").authors()).containsExactly("Mary O'Neil-Smith");
    }

    @Test
    void pipedOutlet() {
        Byline b = by("Jane Doe | Reuters");
        assertThat(b.authors()).containsExactly("Jane Doe");
        assertThat(b.outlet()).isEqualTo("Reuters");
    }

    @Test
    void pipedJobTitleIsNotAnOutlet() {
        Byline b = by("Jane Doe | Senior Correspondent");
        assertThat(b.authors()).containsExactly("Jane Doe");
        assertThat(b.outlet()).isNull();
    }

    @Test
    void writtenBy() {
        assertThat(by("Written by Jane Doe").authors()).containsExactly("Jane Doe");
    }

    @Test
    void placeAfterNameIsDropped() {
        assertThat(by("By Jane Doe in Kyiv").authors()).containsExactly("Jane Doe");
    }

    @Test
    void outletSigningAsStaff() {
        Byline b = by("By Al Jazeera Staff");
        assertThat(b.authors()).isEmpty();
        assertThat(b.outlet()).isEqualTo("Al Jazeera");
    }

    @Test
    void agencyAlone() {
        Byline b = by("By the Associated Press");
        assertThat(b.authors()).isEmpty();
        assertThat(b.outlet()).isEqualTo("Associated Press");
    }

    @Test
    void jobTitleAfterName() {
        Byline b = by("By Jane Doe, Staff Writer");
        assertThat(b.authors()).containsExactly("Jane Doe");
        assertThat(b.outlet()).isNull();
    }

    @Test
    void anonymousStaffBylineIsStillABylineWithNobody() {
        Byline b = by("By Staff Reporter");
        assertThat(b.authors()).isEmpty();
        assertThat(b.outlet()).isNull();
    }

    @Test
    void outletWordsMakeAnOutletAfterTheFirstName() {
        Byline b = by("By Jane Doe, Daily Planet News");
        assertThat(b.authors()).containsExactly("Jane Doe");
        assertThat(b.outlet()).isEqualTo("Daily Planet News");
    }

    @Test
    void partNotUnderstoodIsNoted() {
        Byline b = by("By Jane Doe, Kyiv");
        assertThat(b.authors()).containsExactly("Jane Doe");
        assertThat(b.notes()).containsExactly("byline part not understood: Kyiv");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "By the end of the year, exports had doubled.",
        "By contrast, imports fell",
        "Read more",
        "Azerbaijan and Armenia | talks resume",
        "By Jane Doe | 12 Jan 2024",
        "He also emphasized that Azerbaijan is ready to ensure the safety of Armenians on the territory",
    })
    void sentencesAreNotBylines(String line) {
        assertThat(BylineParser.parse(line)).isEmpty();
    }

    @Test
    void reutersCreditTrailer() {
        Byline b = BylineParser.credits(
            "Reporting by Guy Faulconbridge in Moscow; Additional reporting by Olena Harmash; Editing by Andrew Osborn")
            .orElseThrow();
        assertThat(b.authors()).containsExactly("Guy Faulconbridge", "Olena Harmash");
        assertThat(b.notes()).containsExactly("editing by: Andrew Osborn");
    }

    @Test
    void creditTrailerInParenthesesWithTwoEditors() {
        Byline b = BylineParser.credits("(Writing by Jane Doe; Editing by John Roe and Ann Poe)").orElseThrow();
        assertThat(b.authors()).containsExactly("Jane Doe");
        assertThat(b.notes()).containsExactly("editing by: John Roe", "editing by: Ann Poe");
    }

    @Test
    void sentenceAboutReportingIsNotACredit() {
        assertThat(BylineParser.credits("Reporting by local media suggested the talks had failed.")).isEmpty();
    }
}
