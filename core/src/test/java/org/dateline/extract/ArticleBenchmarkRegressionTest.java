package org.dateline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.dateline.ingest.InputException;
import org.dateline.ingest.TextDecoder;
import org.dateline.model.InputRef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Ten pages of the shared article-extraction benchmark (the first ten ids, not picked for being easy)
 * must keep their body F1 above a floor. The F1 is re-implemented here, independently of the main
 * code, exactly as score_article_body.py computes it: bags of 4-word shingles of {@code \w+} words.
 * Skipped when the shared evaluation folder is not next to the repository.
 */
class ArticleBenchmarkRegressionTest {
    private static final int PAGES = 10;
    private static final double PAGE_FLOOR = 0.90;
    private static final double MEAN_FLOOR = 0.96;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static Path benchmark;

    @BeforeAll
    static void locate() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("examples"))) {
            dir = dir.getParent();
        }
        Path candidate = dir == null ? null : dir.resolve("../shared/eval/article-extraction").normalize();
        benchmark = candidate != null && Files.isRegularFile(candidate.resolve("ground-truth.json")) ? candidate : null;
    }

    @Test
    void firstTenPagesStayAboveTheFloor() throws IOException, InputException {
        assumeTrue(benchmark != null, "shared benchmark folder not found");
        JsonNode gold = new ObjectMapper().readTree(benchmark.resolve("ground-truth.json").toFile());
        List<String> ids = new ArrayList<>();
        gold.fieldNames().forEachRemaining(ids::add);
        ids.sort(null);
        HtmlExtractor extractor = new HtmlExtractor();
        double sum = 0;
        Map<String, Double> scores = new HashMap<>();
        for (String id : ids.subList(0, PAGES)) {
            String html;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(benchmark.resolve("html/" + id + ".html.gz")))) {
                html = TextDecoder.decode(in.readAllBytes()).text();
            }
            String got = extractor.extract(InputRef.of(id, InputRef.Format.HTML), html).text();
            double f1 = f1(gold.get(id).get("articleBody").asText(), got);
            scores.put(id, f1);
            sum += f1;
        }
        assertThat(scores).allSatisfy((id, f1) -> assertThat(f1).as("F1 of page %s", id).isGreaterThanOrEqualTo(PAGE_FLOOR));
        assertThat(sum / PAGES).as("mean F1").isGreaterThanOrEqualTo(MEAN_FLOOR);
    }

    @Test
    void f1MatchesTheScorersDefinition() {
        assertThat(f1("one two three four five", "one two three four five")).isEqualTo(1.0);
        assertThat(f1("one two three four five", "one two three four")).isEqualTo(2.0 / 3);
        assertThat(f1("a b", "a b")).isEqualTo(1.0);
        assertThat(f1("one two three four", "")).isEqualTo(0.0);
    }

    /** Per-page F1 of 4-shingle precision and recall, as the scorer computes each page's pair. */
    static double f1(String want, String got) {
        Map<List<String>, Integer> g = shingles(want);
        Map<List<String>, Integer> p = shingles(got);
        int overlap = 0;
        for (Map.Entry<List<String>, Integer> e : g.entrySet()) {
            overlap += Math.min(e.getValue(), p.getOrDefault(e.getKey(), 0));
        }
        int gs = g.values().stream().mapToInt(Integer::intValue).sum();
        int ps = p.values().stream().mapToInt(Integer::intValue).sum();
        double precision = ps == 0 ? (gs == 0 ? 1 : 0) : (double) overlap / ps;
        double recall = gs == 0 ? (ps == 0 ? 1 : 0) : (double) overlap / gs;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static Map<List<String>, Integer> shingles(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        Map<List<String>, Integer> bag = new HashMap<>();
        if (words.size() < 4) {
            if (!words.isEmpty()) {
                bag.put(words, 1);
            }
            return bag;
        }
        for (int i = 0; i + 4 <= words.size(); i++) {
            bag.merge(List.copyOf(words.subList(i, i + 4)), 1, Integer::sum);
        }
        return bag;
    }
}
