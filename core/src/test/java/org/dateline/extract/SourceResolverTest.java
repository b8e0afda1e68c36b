package org.dateline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dateline.model.Source;
import org.junit.jupiter.api.Test;

class SourceResolverTest {

    @Test
    void bioSpellingBeatsEverythingElse() {
        PageFacts f = new PageFacts();
        f.outlet(PageFacts.Evidence.DATELINE, "AFP");
        f.outlet(PageFacts.Evidence.COPYRIGHT, "Azernews LLC");
        f.outlet(PageFacts.Evidence.BIO, "AzerNews");
        f.follows.add(new Follow("us", "@AzerNewsAz"));
        Source s = SourceResolver.resolve(f, "", null);
        assertThat(s.name()).isEqualTo("AzerNews");
        assertThat(s.handles()).containsExactly("@AzerNewsAz");
        assertThat(s.domain()).isNull();
    }

    @Test
    void datelineAgencyOnlyWhenNothingElse() {
        PageFacts f = new PageFacts();
        f.outlet(PageFacts.Evidence.DATELINE, "Reuters");
        assertThat(SourceResolver.resolve(f, "", null).name()).isEqualTo("Reuters");
        f.outlet(PageFacts.Evidence.COPYRIGHT, "Daily Planet");
        assertThat(SourceResolver.resolve(f, "", null).name()).isEqualTo("Daily Planet");
    }

    @Test
    void domainMatchingTheNameWinsOverOtherLinks() {
        String page = "See https://www.un.org/report and https://www.azernews.az/nation/1.html";
        assertThat(SourceResolver.domain("AzerNews", page, null, List.of())).contains("azernews.az");
    }

    @Test
    void bodyLinksToOtherSitesAreNotTheOutlet() {
        assertThat(SourceResolver.domain("AzerNews", "See https://www.un.org/report", null, List.of())).isEmpty();
    }

    @Test
    void emailAddressesCountWhenTheyCarryTheName() {
        assertThat(SourceResolver.domain("Daily Planet", "Write to news@dailyplanet.co.uk", null, List.of()))
            .contains("dailyplanet.co.uk");
    }

    @Test
    void pageAddressAndAddressLines() {
        assertThat(SourceResolver.domain(null, "", "https://www.example.org/a", List.of())).contains("example.org");
        assertThat(SourceResolver.domain(null, "", null, List.of("www.example.net/x"))).contains("example.net");
    }

    @Test
    void nothingKnownIsUnknown() {
        assertThat(SourceResolver.resolve(new PageFacts(), "text", null)).isEqualTo(Source.UNKNOWN);
    }

    @Test
    void hostAndNameMatching() {
        assertThat(SourceResolver.matchesName("aljazeera.com", "Al Jazeera")).isTrue();
        assertThat(SourceResolver.matchesName("caspiandatareview.org", "The Caspian Data Review")).isTrue();
        assertThat(SourceResolver.matchesName("news.az", "AzerNews")).isFalse();
    }
}
