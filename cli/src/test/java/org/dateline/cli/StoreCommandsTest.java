package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.json.RecordJson;
import org.dateline.model.ArticleRecord;
import org.dateline.store.StoreWriter;
import org.dateline.store.testing.SampleRecords;
import org.dateline.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest, search and export as a user runs them. */
class StoreCommandsTest {
    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        CliRun r = CliRun.run(args);
        return new Run(r.exit(), r.out(), r.err());
    }

    @Test
    void ingestingTheSeedTwiceStoresItOnce(@TempDir Path dir) throws Exception {
        String store = dir.resolve("store").toString();
        Run first = run("ingest", "--store", store, Fixtures.seed().toString());
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.err()).contains("1 added, 0 already stored, 0 failed");
        Run second = run("ingest", "--store", store, Fixtures.seed().toString());
        assertThat(second.err()).contains("0 added, 1 already stored");
        Run search = run("search", "--store", store, "--json", "Mammadov");
        JsonNode body = RecordJson.mapper().readTree(search.out());
        assertThat(body.get("total").asLong()).isEqualTo(1);
        assertThat(body.get("hits").get(0).get("source").asText()).isEqualTo("AzerNews");
    }

    @Test
    void aQueryStartingWithAWordLeftOutGoesAfterTheEndOfOptions(@TempDir Path dir) throws Exception {
        String store = dir.resolve("store").toString();
        assertThat(run("ingest", "--store", store, Fixtures.seed().toString()).exit()).isZero();
        Run without = run("search", "--store", store, "--json", "--", "-Mammadov");
        assertThat(without.exit()).as(without.err()).isZero();
        assertThat(RecordJson.mapper().readTree(without.out()).get("total").asLong()).isZero();
        Run others = run("search", "--store", store, "--json", "--", "-zzzunknown Mammadov");
        assertThat(RecordJson.mapper().readTree(others.out()).get("total").asLong()).isEqualTo(1);
        Run asOption = run("search", "--store", store, "-Mammadov");
        assertThat(asOption.exit()).isNotZero();
        assertThat(asOption.err()).contains("Unknown option", "goes after --");
    }

    @Test
    void searchFiltersAndExportsFromAStore(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        try (StoreWriter w = StoreWriter.open(store)) {
            for (ArticleRecord r : SampleRecords.all()) {
                w.put(r);
            }
        }
        Run text = run("search", "--store", store.toString(), "--type", "CONSULT");
        assertThat(text.out()).startsWith("1 article").contains("Deputy minister meets UN rights chief");
        Run bad = run("search", "--store", store.toString(), "--from", "2023-02-01", "--to", "2023-01-01");
        assertThat(bad.exit()).isEqualTo(2);
        Run export = run("export", "--store", store.toString(), "--format", "csv", "--out", dir.resolve("out").toString());
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(Files.readAllLines(dir.resolve("out/events.csv"))).hasSize(8);
        assertThat(run("search", "--store", dir.resolve("none").toString(), "x").exit()).isNotZero();
    }

    @Test
    void ingestRecordsStoresThemAsTheyAreNamesABadLineAndExportsStories(@TempDir Path dir) throws Exception {
        Path records = dir.resolve("records.jsonl");
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (ArticleRecord r : SampleRecords.all()) {
            lines.add(RecordJson.toLine(r));
        }
        lines.add(2, "{\"schema\": \"dateline/1\", \"id\": ");
        Files.write(records, lines);
        String store = dir.resolve("store").toString();
        Run first = run("ingest", "--records", "--store", store, records.toString());
        assertThat(first.exit()).as(first.err()).isEqualTo(1);
        assertThat(first.err()).contains("failed: " + records + ":3: not a record")
            .contains(SampleRecords.all().size() + " added, 0 already stored, 1 failed");
        Run again = run("ingest", "--records", "--store", store, records.toString());
        assertThat(again.err()).contains("0 added, " + SampleRecords.all().size() + " already stored, 1 failed");
        assertThat(run("ingest", "--records", "--as", "html", "--store", store, records.toString()).exit()).isEqualTo(2);
        // A folder given as records is named, not the end of the run: the file after it is read.
        Run folder = run("ingest", "--records", "--store", dir.resolve("store2").toString(), dir.toString(),
            records.toString());
        assertThat(folder.exit()).isEqualTo(1);
        assertThat(folder.err()).contains("failed: " + dir + ": cannot read")
            .contains(SampleRecords.all().size() + " added, 0 already stored, 2 failed");

        Path out = dir.resolve("out");
        Run export = run("export", "--store", store, "--out", out.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        java.util.Set<String> inStories = new java.util.HashSet<>();
        for (String line : Files.readAllLines(out.resolve("stories.jsonl"))) {
            RecordJson.mapper().readTree(line).get("article_ids").forEach(a -> inStories.add(a.asText()));
        }
        java.util.Set<String> stories = new java.util.HashSet<>();
        for (String line : Files.readAllLines(out.resolve("articles.jsonl"))) {
            JsonNode a = RecordJson.mapper().readTree(line);
            assertThat(inStories).contains(a.get("article_id").asText());
            stories.add(a.get("story_id").asText());
        }
        assertThat(Files.readAllLines(out.resolve("stories.jsonl"))).hasSize(stories.size());
        // the per-story tables name stories of the stories table
        assertThat(Files.readAllLines(out.resolve("incidents.jsonl"))).isNotEmpty().allSatisfy(l ->
            assertThat(stories).contains(RecordJson.mapper().readTree(l).get("story_id").asText()));
        assertThat(out.resolve("incident_reports.jsonl")).exists();
        assertThat(out.resolve("claims.jsonl")).exists();
        assertThat(export.err()).contains("incidents.jsonl: ").contains("claims.jsonl: 0 rows");
        try (org.dateline.store.Store s = org.dateline.store.Store.open(Path.of(store))) {
            assertThat(s.article(SampleRecords.lachin().id())).contains(SampleRecords.lachin());
        }
    }

    @Test
    void searchReadsVocabularyValuesInAnyCaseAndRefusesOthers(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        try (StoreWriter w = StoreWriter.open(store)) {
            for (ArticleRecord r : SampleRecords.all()) {
                w.put(r);
            }
        }
        Run lower = run("search", "--store", store.toString(), "--type", "consult", "--factuality", "Asserted");
        assertThat(lower.exit()).as(lower.err()).isZero();
        assertThat(lower.out()).startsWith("1 article");

        Run type = run("search", "--store", store.toString(), "--type", "PROTES");
        assertThat(type.exit()).isEqualTo(2);
        assertThat(type.err()).contains("unknown event type 'PROTES'; allowed: AGREE, CONSULT, SUPPORT, CONCEDE,");
        Run factuality = run("search", "--store", store.toString(), "--factuality", "rumoured");
        assertThat(factuality.exit()).isEqualTo(2);
        assertThat(factuality.err())
            .contains("unknown factuality 'rumoured'; allowed: asserted, reported, future, hypothetical, negated, historical");
        assertThat(run("search", "--help").out()).contains("asserted,", "AGREE,", "--sector=SECTOR", "GOV,", "SPY.");
    }

    @Test
    void searchFiltersBySectorInAnyCaseAndRefusesUnknownSectors(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        try (StoreWriter w = StoreWriter.open(store)) {
            for (ArticleRecord r : SampleRecords.all()) {
                w.put(r);
            }
        }
        Run cvl = run("search", "--store", store.toString(), "--sector", "cvl");
        assertThat(cvl.exit()).as(cvl.err()).isZero();
        assertThat(cvl.out()).startsWith("2 articles").contains("Activists keep the Lachin road closed")
            .contains("Two civilians killed in shelling of Talysh");
        Run gov = run("search", "--store", store.toString(), "--sector", "Gov", "--sector", "MIL");
        assertThat(gov.out()).startsWith("2 articles");
        assertThat(run("search", "--store", store.toString(), "--sector", "mil").out()).startsWith("0 articles");

        Run army = run("search", "--store", store.toString(), "--sector", "ARMY");
        assertThat(army.exit()).isEqualTo(2);
        assertThat(army.err()).contains("unknown sector 'ARMY'; allowed: GOV, MIL, COP, JUD, LEG, ELI,");
    }

    @Test
    void searchFiltersByAcledTypesInAnyCaseAndRefusesUnknownOnes(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        try (StoreWriter w = StoreWriter.open(store)) {
            for (ArticleRecord r : SampleRecords.all()) {
                w.put(r);
            }
        }
        Run remote = run("search", "--store", store.toString(), "--acled", "explosions/remote violence");
        assertThat(remote.exit()).as(remote.err()).isZero();
        assertThat(remote.out()).startsWith("1 article").contains("Two civilians killed in shelling of Talysh");
        Run either = run("search", "--store", store.toString(), "--acled", "Protests", "--acled", "BATTLES");
        assertThat(either.out()).startsWith("1 article").contains("Activists keep the Lachin road closed");
        Run sub = run("search", "--store", store.toString(), "--acled-sub-event", "Shelling/Artillery/Missile Attack");
        assertThat(sub.out()).startsWith("1 article").contains("Talysh");
        assertThat(run("search", "--store", store.toString(), "--acled", "riots").out()).startsWith("0 articles");

        Run battle = run("search", "--store", store.toString(), "--acled", "Battle");
        assertThat(battle.exit()).isEqualTo(2);
        assertThat(battle.err()).contains("unknown ACLED event type 'Battle'; allowed: Battles, Explosions/Remote violence,");
        Run airstrike = run("search", "--store", store.toString(), "--acled-sub-event", "airstrike");
        assertThat(airstrike.exit()).isEqualTo(2);
        assertThat(airstrike.err()).contains("unknown ACLED sub-event type 'airstrike'; allowed: Armed clash,");
        assertThat(run("search", "--help").out()).contains("--acled=TYPE", "Battles,",
            "Protests, Riots, Strategic developments.", "--acled-sub-event=SUBTYPE", "Air/drone strike,");
    }
}
