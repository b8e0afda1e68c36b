package org.dateline.store.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.dateline.json.RecordJson;
import org.dateline.store.Store;
import org.dateline.store.StoreWriter;
import org.dateline.store.testing.SampleRecords;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports: four tables joined on article_id, in JSON Lines, CSV and Parquet. */
class ExporterTest {
    @TempDir
    static Path tmp;
    static Store store;

    @BeforeAll
    static void fill() throws Exception {
        try (StoreWriter w = StoreWriter.open(tmp.resolve("store"))) {
            for (var r : SampleRecords.all()) {
                w.put(r);
            }
        }
        store = Store.open(tmp.resolve("store"));
    }

    @Test
    void jsonlHasOneFilePerKindWithEveryRow() throws Exception {
        Map<String, Long> counts = Exporter.run(store, tmp.resolve("jsonl"), ExportFormat.JSONL);
        assertThat(counts).containsExactly(Map.entry("articles", 4L), Map.entry("entities", 10L),
            Map.entry("statements", 4L), Map.entry("events", 6L));
        List<String> events = Files.readAllLines(tmp.resolve("jsonl/events.jsonl"));
        assertThat(events).hasSize(6);
        var first = RecordJson.mapper().readTree(events.get(0));
        assertThat(first.get("article_id").asText()).hasSize(64);
        assertThat(first.get("actor_keys").isArray()).isTrue();
    }

    @Test
    void csvQuotesHostileText() throws Exception {
        Exporter.run(store, tmp.resolve("csv"), ExportFormat.CSV);
        String articles = Files.readString(tmp.resolve("csv/articles.csv"));
        assertThat(articles).startsWith("\"article_id\",\"url\"");
        assertThat(articles).contains("onerror=\"\"window.__pwned=2\"\"");
    }

    @Test
    void parquetTablesJoinOnArticleId() throws Exception {
        Path dir = tmp.resolve("parquet");
        Exporter.run(store, dir, ExportFormat.PARQUET);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             ResultSet rs = c.createStatement().executeQuery(
                 "SELECT a.title, e.type, e.actor_keys FROM '" + dir.resolve("articles.parquet") + "' a JOIN '"
                     + dir.resolve("events.parquet") + "' e USING (article_id) WHERE e.type = 'CONSULT'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Deputy minister meets UN rights chief");
            assertThat(rs.getString(3)).contains("PERSON:volker turk");
            assertThat(rs.next()).isFalse();
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM '" + dir.resolve("articles.parquet")
                 + "' WHERE input_format = 'text' AND warc_file IS NULL AND warc_offset IS NULL")) {
            rs.next();
            assertThat(rs.getLong(1)).as("text inputs have no WARC locator").isEqualTo(4);
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             ResultSet rs = c.createStatement().executeQuery(
                 "SELECT count(*) FROM '" + dir.resolve("entities.parquet") + "'")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(10);
        }
    }
}
