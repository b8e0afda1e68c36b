package org.dateline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hand-made statement gold ({@code eval/statements}) is internally consistent: every span's text
 * is its slice of the article body (offsets in code points, end exclusive), kinds are valid, and no two
 * statements of one article have contents that the scorer could confuse (overlap of half the longer).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementGoldTest {
    private static final Set<String> KINDS = Set.of("direct", "indirect", "mixed", "according_to");
    private static final String OPENING = "\"“‘";
    private static final String CLOSING = "\"”’";
    private final ObjectMapper json = new ObjectMapper();

    static Path goldDir() throws URISyntaxException {
        URL url = StatementGoldTest.class.getClassLoader().getResource("eval/statements");
        assertThat(url).as("eval/statements on the test classpath").isNotNull();
        return Path.of(url.toURI());
    }

    static Stream<String> articles() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(goldDir())) {
            return files.map(p -> p.getFileName().toString())
                .filter(n -> n.endsWith(".json"))
                .map(n -> n.substring(0, n.length() - ".json".length()))
                .sorted()
                .toList()
                .stream();
        }
    }

    private String body(String name) throws IOException, URISyntaxException {
        return Files.readString(goldDir().resolve(name + ".txt"), StandardCharsets.UTF_8);
    }

    private JsonNode statements(String name) throws IOException, URISyntaxException {
        JsonNode root = json.readTree(goldDir().resolve(name + ".json").toFile());
        assertThat(root.path("statements").isArray()).as(name + ": statements array").isTrue();
        return root.get("statements");
    }

    /** The Python-style slice text[start:end] with code-point offsets. */
    private static String slice(String text, int start, int end) {
        int cps = text.codePointCount(0, text.length());
        assertThat(start).isBetween(0, end);
        assertThat(end).isLessThanOrEqualTo(cps);
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }

    private static void checkSpan(String where, String text, JsonNode span) {
        assertThat(span.isObject()).as(where + " is a span object").isTrue();
        assertThat(span.path("start").isInt() && span.path("end").isInt()).as(where + " offsets").isTrue();
        int start = span.get("start").asInt();
        int end = span.get("end").asInt();
        assertThat(end).as(where + " is not empty").isGreaterThan(start);
        assertThat(slice(text, start, end)).as(where + " text equals its slice").isEqualTo(span.path("text").asText());
        String t = span.get("text").asText();
        assertThat(t).as(where + " has no outer whitespace").isEqualTo(t.strip());
    }

    @Test
    void theSetHasEnoughArticlesEachWithItsBody() throws Exception {
        List<String> names = articles().toList();
        assertThat(names).hasSizeGreaterThanOrEqualTo(15).contains("azernews-mammadov");
        for (String n : names) {
            assertThat(goldDir().resolve(n + ".txt")).as(n + ".txt").exists();
            assertThat(body(n).codePointCount(0, body(n).length())).as(n + " body length").isLessThan(6000);
        }
        try (Stream<Path> files = Files.list(goldDir())) {
            files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".txt"))
                .forEach(f -> assertThat(names).as("gold for " + f).contains(f.substring(0, f.length() - 4)));
        }
    }

    @ParameterizedTest
    @MethodSource("articles")
    void everySpanMatchesTheBodyAndKindsAreValid(String name) throws Exception {
        String text = body(name);
        JsonNode sts = statements(name);
        assertThat(sts.size()).as(name + " has statements").isPositive();
        int i = 0;
        for (JsonNode st : sts) {
            String where = name + " #" + i++;
            String kind = st.path("kind").asText();
            assertThat(KINDS).as(where + " kind").contains(kind);
            checkSpan(where + " content", text, st.get("content"));
            for (String key : List.of("source", "cue")) {
                if (!st.path(key).isNull()) {
                    checkSpan(where + " " + key, text, st.get(key));
                }
            }
            JsonNode speaker = st.get("speaker");
            assertThat(speaker != null && (speaker.isNull() || !speaker.asText().isBlank()))
                .as(where + " speaker is a name or null").isTrue();
            String content = st.get("content").get("text").asText();
            if (kind.equals("direct")) {
                assertThat(OPENING.indexOf(content.charAt(0))).as(where + " direct content opens with a quote").isNotNegative();
                assertThat(CLOSING.indexOf(content.charAt(content.length() - 1)))
                    .as(where + " direct content closes with a quote").isNotNegative();
            }
            if (kind.equals("according_to")) {
                assertThat(st.path("cue").path("text").asText()).as(where + " cue").isEqualToIgnoringCase("according to");
            }
            if (st.get("source").isNull()) {
                assertThat(kind).as(where + " a statement without a source is a follow-on quotation").isEqualTo("direct");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("articles")
    void noTwoContentsOverlapByHalfTheLongerSpan(String name) throws Exception {
        List<int[]> spans = new ArrayList<>();
        for (JsonNode st : statements(name)) {
            spans.add(new int[] {st.get("content").get("start").asInt(), st.get("content").get("end").asInt()});
        }
        for (int a = 0; a < spans.size(); a++) {
            for (int b = a + 1; b < spans.size(); b++) {
                int[] x = spans.get(a);
                int[] y = spans.get(b);
                int overlap = Math.max(0, Math.min(x[1], y[1]) - Math.max(x[0], y[0]));
                int longer = Math.max(x[1] - x[0], y[1] - y[0]);
                assertThat(2 * overlap).as(name + " contents #" + a + " and #" + b + " overlap").isLessThan(longer);
            }
        }
    }

    @Test
    void theSeedHasFiveMammadovStatementsAndOneFromAzernews() throws Exception {
        String seed = Files.readString(org.dateline.testing.Fixtures.seed(), StandardCharsets.UTF_8);
        assertThat(seed).contains(body("azernews-mammadov"));
        JsonNode sts = statements("azernews-mammadov");
        assertThat(sts).hasSize(6);
        List<String> speakers = new ArrayList<>();
        sts.forEach(st -> speakers.add(st.path("speaker").asText()));
        assertThat(speakers).filteredOn("Elnur Mammadov"::equals).hasSize(5);
        JsonNode azernews = sts.get(0);
        assertThat(azernews.path("kind").asText()).isEqualTo("according_to");
        assertThat(azernews.path("source").path("text").asText()).isEqualTo("Azernews");
        assertThat(azernews.path("speaker").asText()).isEqualTo("Azernews");
        assertThat(sts.get(1).path("content").path("text").asText()).isEqualTo("satisfaction with the existing cooperation");
    }
}
