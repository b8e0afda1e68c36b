package org.dateline.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Set;
import org.dateline.analyze.data.TsvTable;
import org.dateline.model.Sector;
import org.junit.jupiter.api.Test;

/** The dated actor table: which row answers on which day, and what a malformed row says. */
class ActorDictionaryTest {
    private static final String HEADER = "name\tcode\tsector\tvalid_from\tvalid_to\tdefault\n";

    private static ActorDictionary table(String rows) {
        try {
            return ActorDictionary.parse(TsvTable.parse("actors.tsv", new StringReader("# test\n" + HEADER + rows)),
                Set.of("AZE", "KOR"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static final ActorDictionary CAREER = table("""
        ilham aliyev\tAZE\tELI\t1978-01-01\t2003-08-04\t
        ilham aliyev\tAZE\tGOV\t2003-08-04\t2015-02-17\t
        ban ki moon\tKOR\tGOV\t2004-10-01\t2006-11-30\t
        ban ki moon\tIGO\t\t2007-01-01\t2012-08-31\t
        kofi annan\tIGO\t\t1997-01-01\t2006-12-31\t
        kofi annan\t\tELI\t\t2012-08-31\tdefault
        hamas\tAZE\tREB\t\t\t
        """);

    @Test
    void oneNameTwoDaysTwoCodes() {
        assertThat(CAREER.on("Ban Ki-moon", LocalDate.of(2005, 6, 1)))
            .contains(new ActorDictionary.Coding("KOR", Sector.GOV, true));
        assertThat(CAREER.on("Ban Ki-moon", LocalDate.of(2010, 6, 1)))
            .contains(new ActorDictionary.Coding("IGO", null, true));
        assertThat(CAREER.on("Ilham Aliyev", LocalDate.of(2001, 1, 1)).map(ActorDictionary.Coding::sector)).contains(Sector.ELI);
        assertThat(CAREER.on("Ilham Aliyev", LocalDate.of(2010, 1, 1)).map(ActorDictionary.Coding::sector)).contains(Sector.GOV);
    }

    @Test
    void aDayAfterTheCareerAsKnownGetsNothing() {
        assertThat(CAREER.on("Ilham Aliyev", LocalDate.of(2023, 3, 1))).isEmpty();
        assertThat(CAREER.on("Ilham Aliyev", null)).isEmpty();
    }

    @Test
    void theDefaultAnswersOnlyBetweenDatedRowsAndUpToTheHorizon() {
        assertThat(CAREER.on("Kofi Annan", LocalDate.of(2000, 1, 1)).map(ActorDictionary.Coding::code)).contains("IGO");
        assertThat(CAREER.on("Kofi Annan", LocalDate.of(2009, 1, 1)))
            .contains(new ActorDictionary.Coding(null, Sector.ELI, true));
        assertThat(CAREER.on("Kofi Annan", LocalDate.of(2013, 1, 1))).isEmpty();
    }

    @Test
    void aNameWithoutDatesAnswersOnAnyDay() {
        assertThat(CAREER.on("HAMAS", LocalDate.of(2024, 1, 1))).contains(new ActorDictionary.Coding("AZE", Sector.REB, false));
        assertThat(CAREER.on("Hamas", null)).isPresent();
        assertThat(CAREER.on("Hamas movement", null)).isEmpty();
    }

    @Test
    void aMalformedRowFailsNamingFileAndLine() {
        assertThatThrownBy(() -> table("a b\tAZE\tGOV\t\t\t\nc d\tXYZ\tGOV\t\t\t\n"))
            .hasMessageContaining("actors.tsv:4").hasMessageContaining("XYZ");
        assertThatThrownBy(() -> table("a b\tAZE\tGOV\t2003-13-01\t\t\n"))
            .hasMessageContaining("actors.tsv:3").hasMessageContaining("valid_from");
        assertThatThrownBy(() -> table("a b\tAZE\tBOSS\t\t\t\n")).hasMessageContaining("actors.tsv:3");
        assertThatThrownBy(() -> table("a b\tAZE\tGOV\t2004-01-01\t2003-01-01\t\n")).hasMessageContaining("actors.tsv:3");
        assertThatThrownBy(() -> table("a b\tAZE\tGOV\t\n")).hasMessageContaining("actors.tsv:3");
    }

    @Test
    void theBundledTableLoadsWhole() {
        ActorDictionary standard = ActorDictionary.standard();
        assertThat(standard.size()).isGreaterThan(20_000);
        assertThat(standard.on("Ilham Aliyev", LocalDate.of(2010, 1, 1)))
            .contains(new ActorDictionary.Coding("AZE", Sector.GOV, true));
    }
}
