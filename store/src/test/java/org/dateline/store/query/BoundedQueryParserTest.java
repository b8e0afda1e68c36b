package org.dateline.store.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The costly forms of the search syntax, bounded, as the parsed queries show them. */
class BoundedQueryParserTest {
    private static String parsed(String text) {
        return Queries.text(text).toString();
    }

    @Test
    void fuzzyEditsFollowTheWordsLengthAndTheFirstLetterIsFixed() {
        assertThat(parsed("ab~2")).doesNotContain("~");
        assertThat(parsed("road~2")).contains("text:road~1").contains("title:road~1");
        assertThat(parsed("blockade~2")).contains("text:blockade~2");
        assertThat(parsed("blockade~1")).contains("text:blockade~1");
        assertThat(BoundedQueryParser.edits("ab", 2)).isZero();
        assertThat(BoundedQueryParser.edits("road", 2)).isEqualTo(1);
        assertThat(BoundedQueryParser.edits("blockade", 2)).isEqualTo(2);
        assertThat(BoundedQueryParser.edits("blockade", 1)).isEqualTo(1);
    }

    @Test
    void aShortPrefixIsTheWordItself() {
        assertThat(parsed("a*")).doesNotContain("*");
        assertThat(parsed("ab*")).doesNotContain("*");
        assertThat(parsed("pro*")).contains("text:pro*");
    }

    @Test
    void onlyThreeWordsPerQueryExpand() {
        String q = parsed("protest~1 blockade~1 minister~1 shelling~1 lachin*");
        assertThat(q.split("~1", -1)).hasSize(1 + 3 * 2); // three words, two fields each
        assertThat(q).doesNotContain("shelling~").doesNotContain("lachin*");
    }

    @Test
    void nearIsCappedAtTenWords() {
        assertThat(parsed("\"road blockade\"~100")).contains("\"road blockad\"~10");
        assertThat(parsed("\"road blockade\"~3")).contains("~3");
    }

    @Test
    void aWordLeftOutBesideRequiredWordsExcludesWithoutAMatchAll() {
        // SimpleQueryParser's "+protest +(-mining *:*)": the match-all scored every document alike
        assertThat(parsed("protest -mining")).matches("\\+\\([^-]*text:protest[^-]*\\) -\\([^+]*text:mine[^+]*\\)");
        assertThat(parsed("protest -mining -\"road blockade\"")).doesNotContain("*:*");
        assertThat(parsed("court (protest -mining)")).as("inside a required group").doesNotContain("*:*");
        assertThat(parsed("(protest -mining) | court")).as("inside an optional group: its 1 ranks it").contains("*:*");
        assertThat(parsed("-mining")).as("nothing else to match").contains("*:*");
        assertThat(parsed("-mining -road")).as("negations alone").contains("*:*");
        assertThat(parsed("protest | -mining")).as("optional beside, not required").contains("*:*");
    }

    @Test
    void expensiveFormsAreTold() {
        assertThat(Queries.expensive("blockade~")).isTrue();
        assertThat(Queries.expensive("pro*")).isTrue();
        assertThat(Queries.expensive("\"road blockade\"~3")).isTrue();
        assertThat(Queries.expensive("+lachin -mining \"road blockade\"")).isFalse();
        assertThat(Queries.expensive("a* ab~2 *")).as("bounded down to plain words").isFalse();
        assertThat(Queries.expands(Queries.text("blockade~"))).isTrue();
        assertThat(Queries.expands(Queries.text("road pro*"))).isTrue();
        assertThat(Queries.expands(Queries.text("\"road blockade\"~3"))).as("a near phrase is its own words").isFalse();
        assertThat(Queries.expands(Queries.text("+lachin -mining \"road blockade\""))).isFalse();
        assertThat(Queries.expands(null)).isFalse();
        assertThat(Queries.expensive("")).isFalse();
        assertThat(StoreQuery.of("protest*").expensive()).isTrue();
    }
}
