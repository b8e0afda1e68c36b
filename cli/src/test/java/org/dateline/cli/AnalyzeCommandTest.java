package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.dateline.json.RecordJson;
import org.dateline.model.ArticleRecord;
import org.dateline.testing.Fixtures;
import org.dateline.testing.SpanAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dateline analyze} as a user runs it: stdout records, stderr failures, the exit code. */
class AnalyzeCommandTest {
    private record Run(int exit, List<String> lines, String err) {}

    private static Run run(String... args) {
        CliRun r = CliRun.run(args);
        return new Run(r.exit(), r.out().isEmpty() ? List.of() : List.of(r.out().split("\n")), r.err());
    }

    private static List<ArticleRecord> records(Run r) throws IOException {
        List<ArticleRecord> records = new ArrayList<>();
        for (String line : r.lines()) {
            records.add(RecordJson.fromLine(line));
        }
        return records;
    }

    @Test
    void theSeedGivesOneContractRecord() throws IOException {
        Run r = run("analyze", Fixtures.seed().toString());
        assertThat(r.exit()).isZero();
        assertThat(r.lines()).hasSize(1);
        JsonNode json = RecordJson.mapper().readTree(r.lines().get(0));
        assertThat(json.get("schema").asText()).isEqualTo("dateline/1");
        assertThat(json.get("published").asText()).isEqualTo("2023-03-01T14:07:00+04:00");
        assertThat(json.get("input").get("path").asText()).endsWith("azernews-2023-03-01.txt");
        assertThat(json.has("statements")).isTrue();
        assertThat(json.get("url").isNull()).isTrue();
        SpanAssertions.assertSpansMatchText(records(r).get(0));
        assertThat(r.err()).contains("1 article, 0 stubs, 0 duplicates (0 exact, 0 near), 0 failed");
    }

    @Test
    void bodyModeKeepsTheFileVerbatimSoOffsetsReferToIt(@TempDir Path dir) throws IOException {
        Path body = dir.resolve("body.txt");
        String text = "  Sabina Mammadli Read more\n\nPresident Ilham Aliyev met EU envoy Toivo Klaar in Baku on Tuesday.\n";
        Files.writeString(body, text);
        Run r = run("analyze", "--as", "body", "--published", "2023-03-01", body.toString());
        assertThat(r.exit()).isZero();
        ArticleRecord record = records(r).get(0);
        assertThat(record.text()).isEqualTo(text);
        // An absolute argument is shown by its own name: records never carry the machine's absolute paths.
        assertThat(record.input().path()).isEqualTo("body.txt");
        assertThat(record.published()).hasToString("2023-03-01");
        SpanAssertions.assertSpansMatchText(record);
        assertThat(record.entities()).extracting(e -> e.name()).contains("Ilham Aliyev", "Toivo Klaar");
    }

    @Test
    void badInputsAreNamedAndTheRestStillComeOut(@TempDir Path dir) throws IOException {
        Files.copy(Fixtures.seed(), dir.resolve("a-good.txt"));
        Files.write(dir.resolve("b-empty.txt"), new byte[0]);
        Files.write(dir.resolve("c-binary.bin"), new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0});
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(gz)) {
            z.write(Files.readAllBytes(Fixtures.seed()));
        }
        byte[] whole = gz.toByteArray();
        Files.write(dir.resolve("d-truncated.txt.gz"), java.util.Arrays.copyOf(whole, whole.length / 2));
        Run r = run("analyze", dir.toString(), dir.resolve("missing.txt").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(records(r)).singleElement().satisfies(rec -> assertThat(rec.input().path()).endsWith("a-good.txt"));
        assertThat(r.err())
            .contains("b-empty.txt: empty input")
            .contains("c-binary.bin: binary data")
            .contains("d-truncated.txt.gz: truncated gzip")
            .contains("missing.txt: no such file")
            .contains("1 article, 0 stubs, 0 duplicates (0 exact, 0 near), 4 failed");
    }

    @Test
    void aGzippedPageIsReadTransparently(@TempDir Path dir) throws IOException {
        Path gz = dir.resolve("seed.txt.gz");
        try (GZIPOutputStream z = new GZIPOutputStream(Files.newOutputStream(gz))) {
            z.write(Files.readAllBytes(Fixtures.seed()));
        }
        Run r = run("analyze", gz.toString());
        assertThat(r.exit()).isZero();
        assertThat(records(r).get(0).source().name()).isEqualTo("AzerNews");
    }

    @Test
    void unknownFormatIsAUsageError() {
        Run r = run("analyze", "--as", "pdf", Fixtures.seed().toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("unknown --as value 'pdf' (auto, page, body, html, rss, atom, warc, jsonl)");
        assertThat(r.lines()).isEmpty();
    }

    /** Regression: ingest named only four of the eight formats it accepts. */
    @Test
    void ingestNamesEveryFormatItAccepts() {
        CliRun bad = CliRun.run("ingest", "--store", "unused-store", "--as", "pdf", Fixtures.seed().toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("(auto, page, body, html, rss, atom, warc, jsonl)");
        // help wraps its lines where the terminal width says, so compare the words
        assertThat(CliRun.run("ingest", "--help").out().replaceAll("\\s+", " "))
            .contains("auto, page, body, html, rss, atom, warc or jsonl");
    }

    @Test
    void helpDescribesTheFormats() {
        Run r = run("analyze", "--help");
        assertThat(r.exit()).isZero();
    }
}
