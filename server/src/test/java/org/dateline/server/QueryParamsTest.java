package org.dateline.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class QueryParamsTest {
    @Test
    void decodesPlusPercentAndUtf8() {
        QueryParams p = QueryParams.parse("q=Lachin+road%21&actor=T%C3%BCrk&actor=AZE&empty=&flag&x=Türk");
        assertThat(p.first("q")).isEqualTo("Lachin road!");
        assertThat(p.all("actor")).containsExactly("Türk", "AZE");
        assertThat(p.first("empty")).isEmpty();
        assertThat(p.first("flag")).isEmpty();
        assertThat(p.first("x")).isEqualTo("Türk");
        assertThat(p.first("missing")).isNull();
        assertThat(p.all("missing")).isEmpty();
    }

    @Test
    void anEmptyOrMissingQueryHasNoParameters() {
        assertThat(QueryParams.parse(null).all("q")).isEmpty();
        assertThat(QueryParams.parse("").first("q")).isNull();
        assertThat(QueryParams.parse("&&").first("q")).isNull();
    }

    @Test
    void aValueWithABrokenEscapeIsRefusedByItsParameter() {
        for (String bad : List.of("q=%zz", "q=%", "q=%4", "q=a%2", "q=%g1")) {
            assertThatThrownBy(() -> QueryParams.parse("type=PROTEST&" + bad)).as(bad)
                .isInstanceOf(ApiException.class)
                .hasMessageStartingWith("parameter 'q' has an invalid percent-encoding")
                .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(400));
        }
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() {
        for (String bad : List.of("q=%E2%82", "q=%FF", "q=%C0%AF", "q=%ED%A0%80")) {
            assertThatThrownBy(() -> QueryParams.parse(bad)).as(bad)
                .hasMessage("parameter 'q' is not UTF-8 once percent-decoded");
        }
    }

    @Test
    void aBadNameIsQuotedAsSentAndCut() {
        assertThatThrownBy(() -> QueryParams.parse("%zz=1")).hasMessageStartingWith("the parameter name '%zz' has");
        String longName = "n".repeat(100) + "%";
        assertThatThrownBy(() -> QueryParams.parse(longName + "=1"))
            .hasMessageStartingWith("the parameter name '" + "n".repeat(QueryParams.MAX_QUOTED_NAME) + "…'");
    }
}
