package org.dateline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dateline.extract.BioParser.Position;
import org.junit.jupiter.api.Test;

class BioParserTest {
    private static final String SEED_BIO =
        "Sabina Mammadli is AzerNews’ staff journalist, follow her on Twitter: @SabinaMmdl";

    @Test
    void seedBioAttachesToTheBylineAuthor() {
        Bio b = BioParser.parse(SEED_BIO, List.of("Sabina Mammadli"), Position.TRAILER).orElseThrow();
        assertThat(b.name()).isEqualTo("Sabina Mammadli");
        assertThat(b.handle()).isEqualTo("@SabinaMmdl");
        assertThat(b.text()).isEqualTo(SEED_BIO);
        assertThat(b.outlet()).isEqualTo("AzerNews");
    }

    @Test
    void possessiveWithArticleAndSenior() {
        assertThat(BioParser.outlet("Jane Doe is the Daily Planet's senior political correspondent."))
            .isEqualTo("Daily Planet");
    }

    @Test
    void employerAfterPreposition() {
        assertThat(BioParser.outlet("Jane Doe is a reporter at the Caspian Times covering energy."))
            .isEqualTo("Caspian Times");
        assertThat(BioParser.outlet("Jane Doe is a freelance journalist who writes for Global Voices."))
            .isEqualTo("Global Voices");
    }

    @Test
    void unknownPersonNeedsTrailerAndHandle() {
        String bio = "John Roe is a freelance journalist based in Tbilisi. Follow him @jroe";
        assertThat(BioParser.parse(bio, List.of(), Position.TRAILER)).isPresent();
        assertThat(BioParser.parse(bio, List.of(), Position.BODY)).isEmpty();
    }

    @Test
    void newsSentenceAboutAJournalistInTheBodyIsNotABio() {
        String sentence = "Evan Roe is a reporter for the Daily Planet who was detained in March.";
        assertThat(BioParser.parse(sentence, List.of(), Position.BODY)).isEmpty();
        assertThat(BioParser.parse(sentence, List.of(), Position.TRAILER)).isEmpty();
    }

    @Test
    void afterSeparatorAJobIsEnough() {
        assertThat(BioParser.parse("Ann Poe is an energy reporter.", List.of(), Position.AFTER_SEPARATOR)).isPresent();
    }

    @Test
    void aboutTheAuthorLabel() {
        Bio b = BioParser.parse("About the author: Ann Poe is a data editor.", List.of(), Position.TRAILER)
            .orElseThrow();
        assertThat(b.name()).isEqualTo("Ann Poe");
    }

    @Test
    void knownAuthorWithoutJobOrHandleIsNotABio() {
        assertThat(BioParser.parse("Jane Doe is expected to testify on Monday.", List.of("Jane Doe"), Position.BODY))
            .isEmpty();
    }

    @Test
    void handlesSkipEmailAddresses() {
        assertThat(Handles.first("Write to jane@dailyplanet.com or follow @janedoe")).contains("@janedoe");
        assertThat(Handles.first("Write to jane@dailyplanet.com")).isEmpty();
    }
}
