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
import org.dateline.testing.SampleStory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports: four tables joined on article_id and the per-story tables (stories, incidents, reports, claims), in JSON Lines, CSV and Parquet, the events with their ACLED names and counts. */
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
        // five unrelated samples: five stories of one article each, with one report each of their
        // incidents, and no claim (a claim needs two statements holding one proposition in a story)
        assertThat(counts).containsExactly(Map.entry("articles", 5L), Map.entry("entities", 12L),
            Map.entry("statements", 4L), Map.entry("events", 7L), Map.entry("stories", 5L), Map.entry("incidents", 5L),
            Map.entry("incident_reports", 5L), Map.entry("claims", 0L));
        var storyIds = Files.readAllLines(tmp.resolve("jsonl/stories.jsonl")).stream()
            .map(l -> tree(l).get("story_id").asText()).toList();
        assertThat(Files.readAllLines(tmp.resolve("jsonl/articles.jsonl")))
            .allSatisfy(l -> assertThat(storyIds).contains(tree(l).get("story_id").asText()));
        List<String> events = Files.readAllLines(tmp.resolve("jsonl/events.jsonl"));
        assertThat(events).hasSize(7);
        var first = RecordJson.mapper().readTree(events.get(0));
        assertThat(first.get("article_id").asText()).hasSize(64);
        assertThat(first.get("actor_keys").isArray()).isTrue();
        var shelling = events.stream().map(ExporterTest::tree).filter(e -> e.get("type").asText().equals("ASSAULT"))
            .findFirst().orElseThrow();
        assertThat(shelling.get("acled_event_type").asText()).isEqualTo("Explosions/Remote violence");
        assertThat(shelling.get("acled_sub_event_type").asText()).isEqualTo("Shelling/artillery/missile attack");
        assertThat(shelling.get("fatalities").isIntegralNumber()).isTrue();
        assertThat(shelling.get("fatalities").asLong()).isEqualTo(2);
        assertThat(shelling.get("fatalities_text").asText()).isEqualTo("killed at least two civilians");
        assertThat(shelling.get("injured").isNull()).isTrue();
        assertThat(shelling.get("injured_text").asText()).isEqualTo("dozens were wounded");
    }

    @Test
    void storiesAreExportedInIdOrderWhateverSegmentsHoldThem() throws Exception {
        // one commit per article, newest id first: each story in a segment of its own, segments in
        // write order; the export's order was the segments', so two stores of one input differed
        Path dir = tmp.resolve("segments");
        try (StoreWriter w = StoreWriter.open(dir.resolve("store"))) {
            for (var r : SampleRecords.all().stream().sorted((a, b) -> b.id().compareTo(a.id())).toList()) {
                w.put(r);
                w.commit();
            }
        }
        try (Store segmented = Store.open(dir.resolve("store"))) {
            Exporter.run(segmented, dir.resolve("out"), ExportFormat.JSONL);
        }
        List<String> storyIds = Files.readAllLines(dir.resolve("out/stories.jsonl")).stream()
            .map(l -> tree(l).get("story_id").asText()).toList();
        assertThat(storyIds).hasSize(5).isSorted();
    }

    @Test
    void aStoryToldByThreeOutletsGivesOneIncidentWithItsDisagreementAndAContestedClaim() throws Exception {
        Path out = tmp.resolve("story-jsonl");
        Map<String, Long> counts;
        try (Store s = Store.open(sampleStoryStore("story-store"))) {
            counts = Exporter.run(s, out, ExportFormat.JSONL);
        }
        assertThat(counts).containsEntry("stories", 1L).containsEntry("incidents", 1L)
            .containsEntry("incident_reports", 3L).containsEntry("claims", 1L);
        List<String> ids = SampleStory.all().stream().map(r -> r.id()).toList();
        var story = tree(Files.readAllLines(out.resolve("stories.jsonl")).get(0));
        var incident = tree(Files.readAllLines(out.resolve("incidents.jsonl")).get(0));
        assertThat(incident.get("story_id").asText()).isEqualTo(story.get("story_id").asText());
        assertThat(incident.get("incident_id").asText()).startsWith(story.get("story_id").asText() + ".");
        assertThat(strings(incident.get("article_ids"))).isEqualTo(ids);
        assertThat(incident.get("type").asText()).isEqualTo("ASSAULT");
        assertThat(incident.get("acled_sub_event_type").asText()).isEqualTo("Shelling/artillery/missile attack");
        assertThat(incident.get("date").asText()).isEqualTo("2023-01-16");
        assertThat(incident.get("location").asText()).isEqualTo("Talysh");
        // two of three independent sources say two dead; the one that counts the wounded says four
        assertThat(incident.get("killed").asLong()).isEqualTo(2);
        assertThat(incident.get("injured").asLong()).isEqualTo(4);
        assertThat(incident.get("sources").asLong()).isEqualTo(3);
        assertThat(strings(incident.get("disagreements"))).contains("killed");
        var versions = tree(incident.get("disagreement_versions").asText());
        var killed = java.util.stream.StreamSupport.stream(versions.spliterator(), false)
            .filter(d -> d.get("field").asText().equals("killed")).findFirst().orElseThrow();
        assertThat(killed.get("versions").get(1).get("value").asText()).isEqualTo("3");
        assertThat(strings(killed.get("versions").get(1).get("articleIds"))).containsExactly(ids.get(0));
        assertThat(incident.get("killed_rule").asText()).isEqualTo("most-sources");
        var reports = Files.readAllLines(out.resolve("incident_reports.jsonl")).stream().map(ExporterTest::tree).toList();
        assertThat(reports).extracting(r -> r.get("article_id").asText()).isEqualTo(ids);
        assertThat(reports).extracting(r -> r.get("killed").asLong()).containsExactly(3L, 2L, 2L);
        assertThat(reports).extracting(r -> r.get("outlet").asText())
            .containsExactly("Sample Yerevan Courier", "Sample Baku Daily", "Sample Frontline Gazette");
        assertThat(reports.get(0).get("killed_text").asText()).isEqualTo("killed three civilians");
        var claim = tree(Files.readAllLines(out.resolve("claims.jsonl")).get(0));
        assertThat(claim.get("story_id").asText()).isEqualTo(story.get("story_id").asText());
        assertThat(strings(claim.get("statement_refs"))).containsExactly(ids.get(0) + "#S1", ids.get(1) + "#S1");
        assertThat(strings(claim.get("asserted_by"))).containsExactly("PERSON:ararat mirzoyan");
        assertThat(strings(claim.get("denied_by"))).containsExactly("PERSON:ilham aliyev");
        assertThat(strings(claim.get("asserting_sides"))).containsExactly("ARM");
        assertThat(strings(claim.get("denying_sides"))).containsExactly("AZE");
        assertThat(strings(claim.get("framings"))).containsExactly("blockade");
        // audit (stop 47): the API said whether a claim is contested, the table did not
        assertThat(claim.get("contested").isBoolean()).isTrue();
        assertThat(claim.get("contested").asBoolean()).isTrue();
        assertThat(tree(claim.get("stances").asText()).get(1).get("stance").asText()).isEqualTo("denies");
        // audit (stop 47): the export said a stance denies, not what words make it one
        var denial = tree(claim.get("stances").asText()).get(1);
        assertThat(denial.get("evidence").asText()).isNotBlank();
        assertThat(strings(denial.get("words"))).isNotEmpty();
        assertThat(tree(claim.get("stances").asText()).get(0).get("evidence").isNull()).isTrue();
    }

    /** A store under {@code name} holding the sample story's three reports. */
    private Path sampleStoryStore(String name) throws Exception {
        try (StoreWriter w = StoreWriter.open(tmp.resolve(name))) {
            for (var r : SampleStory.all()) {
                w.put(r);
            }
        }
        return tmp.resolve(name);
    }

    private static List<String> strings(com.fasterxml.jackson.databind.JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static com.fasterxml.jackson.databind.JsonNode tree(String line) {
        try {
            return RecordJson.mapper().readTree(line);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void csvCarriesTheAcledNamesAndCountsAsColumns() throws Exception {
        Exporter.run(store, tmp.resolve("csv-events"), ExportFormat.CSV);
        List<String> lines = Files.readAllLines(tmp.resolve("csv-events/events.csv"));
        assertThat(lines.get(0)).endsWith(",\"confidence\",\"acled_disorder_type\",\"acled_event_type\","
            + "\"acled_sub_event_type\",\"fatalities\",\"fatalities_text\",\"injured\",\"injured_text\"");
        assertThat(lines).anySatisfy(l -> assertThat(l).endsWith(",\"Political violence\",\"Explosions/Remote violence\","
            + "\"Shelling/artillery/missile attack\",\"2\",\"killed at least two civilians\",,\"dozens were wounded\""));
        // an event outside ACLED without counts: seven empty fields
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("\"CONSULT\"").endsWith(",,,,,,,"));
    }

    @Test
    void aClaimIsContestedInCsvAndParquetToo() throws Exception {
        Path dir = tmp.resolve("parquet-claims");
        try (Store s = Store.open(sampleStoryStore("claims-store"))) {
            Exporter.run(s, tmp.resolve("csv-claims"), ExportFormat.CSV);
            Exporter.run(s, dir, ExportFormat.PARQUET);
        }
        List<String> lines = Files.readAllLines(tmp.resolve("csv-claims/claims.csv"));
        int at = List.of(lines.get(0).split(",")).indexOf("\"contested\"");
        assertThat(at).isNotNegative();
        assertThat(lines.get(1).split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")[at]).isEqualTo("\"true\"");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             ResultSet rs = c.createStatement().executeQuery("SELECT contested, typeof(contested) FROM '"
                 + dir.resolve("claims.parquet") + "'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getBoolean(1)).isTrue();
            assertThat(rs.getString(2)).isEqualTo("BOOLEAN");
        }
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
            assertThat(rs.getLong(1)).as("text inputs have no WARC locator").isEqualTo(5);
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             ResultSet rs = c.createStatement().executeQuery(
                 "SELECT count(*) FROM '" + dir.resolve("entities.parquet") + "'")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(12);
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             ResultSet rs = c.createStatement().executeQuery("SELECT acled_event_type, fatalities, typeof(fatalities), "
                 + "injured, injured_text, typeof(injured) FROM '" + dir.resolve("events.parquet")
                 + "' WHERE acled_sub_event_type = 'Shelling/artillery/missile attack'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Explosions/Remote violence");
            assertThat(rs.getLong(2)).isEqualTo(2);
            assertThat(rs.getString(3)).isEqualTo("BIGINT");
            assertThat(rs.getObject(4)).isNull();
            assertThat(rs.getString(5)).isEqualTo("dozens were wounded");
            assertThat(rs.getString(6)).isEqualTo("BIGINT");
            assertThat(rs.next()).isFalse();
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM '" + dir.resolve("events.parquet")
                 + "' WHERE acled_event_type IS NULL AND fatalities IS NULL AND fatalities_text IS NULL")) {
            rs.next();
            assertThat(rs.getLong(1)).as("events outside ACLED without counts").isEqualTo(5);
        }
    }
}
