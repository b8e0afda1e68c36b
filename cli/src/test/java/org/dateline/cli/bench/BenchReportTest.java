package org.dateline.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's arithmetic and corpus loading, without loading any NLP model. */
class BenchReportTest {
    private static Measure measure(String name, long seconds, long heapMiB) {
        Measure m = new Measure(name);
        m.add(1000, seconds * 1_000_000_000L / 2, heapMiB << 20);
        m.add(3000, seconds * 1_000_000_000L / 2, 1);
        return m;
    }

    private static BenchReport report() {
        return new BenchReport(List.of(measure("extraction", 1, 10), measure("dateline", 2, 900),
            measure("corenlp-default", 4, 800)), 5);
    }

    @Test
    void ratesAreTotalsOverTime() {
        Measure m = report().get("dateline");
        assertThat(m.articlesPerSecond()).isEqualTo(1.0);
        assertThat(m.tokensPerSecond()).isEqualTo(2000.0);
        assertThat(m.peakHeapBytes()).isEqualTo(900L << 20);
    }

    @Test
    void ratioAboveOneMeansDatelineIsFaster() {
        assertThat(report().speedRatio()).isEqualTo(2.0);
        assertThat(report().text()).contains("dateline / corenlp-default throughput: 2.00", "corenlp-default");
    }

    @Test
    void jsonCarriesEverySystemAndTheRatio() throws IOException {
        JsonNode json = new ObjectMapper().readTree(report().json());
        assertThat(json.get("ratio").asDouble()).isEqualTo(2.0);
        assertThat(json.get("systems")).hasSize(3);
        assertThat(json.get("systems").get(2).get("tokensPerSecond").asDouble()).isEqualTo(1000.0);
    }

    @Test
    void aFolderCorpusIsReadInNameOrderUpToTheLimit(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("b.txt"), "second");
        Files.writeString(dir.resolve("a.txt"), "first");
        Files.writeString(dir.resolve("c.txt"), "third");
        List<BenchCorpus.Item> items = BenchCorpus.folder(dir, 2);
        assertThat(items).extracting(BenchCorpus.Item::body).containsExactly("first", "second");
    }
}
