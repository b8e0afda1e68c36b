package org.dateline.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.dateline.json.RecordJson;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Source;
import org.dateline.store.Store;
import org.dateline.store.StoreWriter;
import org.dateline.store.export.ExportFormat;
import org.dateline.store.export.Exporter;
import org.dateline.store.testing.SampleRecords;
import org.dateline.testing.MergingStory;
import org.dateline.testing.SampleStory;
import org.dateline.table.Table;
import org.dateline.table.Tables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The job's per-story tables against {@code dateline export --format parquet} of a store that added
 * the same records in the same order: a story told by three outlets among unrelated articles gives
 * the same grouping, the same incident and report rows and the same claim on both. Hand-built
 * records, so the check needs no CoreNLP and the story has an incident its sources disagree on
 * and a contested claim (the demo crawl of {@link ExportParityTest} has neither).
 */
class StoryTablesParityTest {
    @TempDir
    static Path tmp;
    private static List<ArticleRecord> records;

    @BeforeAll
    static void runBoth() throws IOException {
        List<ArticleRecord> story = SampleStory.all();
        // the story's reports among unrelated articles (not the samples' own Talysh shelling, which
        // would be a fourth report), as an archive has them
        // and the first report again under another outlet's headline: another publication, an
        // article of its own on both sides
        ArticleRecord o = story.get(0);
        ArticleRecord republished = new ArticleRecord(o.schema(), o.id(), o.input(), "https://other.example/report",
            new Source("Other Outlet", "other.example", List.of()), "Another outlet's headline", o.authors(),
            o.published(), o.language(), o.text(), o.entities(), o.dates(), o.statements(), o.events(), o.warnings(), null);
        // and the meeting read twice: stored once by the store, kept once by the job; then a shooting
        // first told in two stories that a later report merges
        records = Stream.concat(Stream.of(SampleRecords.lachin(), story.get(0), SampleRecords.meeting(), story.get(1),
            SampleRecords.council(), SampleRecords.hostile(), story.get(2), republished, SampleRecords.meeting()),
            MergingStory.all("2016-03-11").stream()).toList();
        try (StoreWriter w = StoreWriter.open(tmp.resolve("store"))) {
            for (ArticleRecord r : records) {
                w.put(r);
            }
        }
        try (Store store = Store.open(tmp.resolve("store"))) {
            Exporter.run(store, tmp.resolve("export"), ExportFormat.PARQUET);
        }
        var rdd = JavaSparkContext.fromSparkContext(LocalSpark.get().sparkContext())
            .parallelize(records.stream().map(RecordJson::toLine).toList(), 3);
        DatelineJob.writeTables(LocalSpark.get(), rdd, tmp.resolve("job").toString());
    }

    static List<Table> perStory() {
        return Stream.concat(Stream.of(Tables.ARTICLES), Tables.STORY_TABLES.stream()).toList();
    }

    @ParameterizedTest
    @MethodSource("perStory")
    void theJobWritesTheSameRowsAsTheExport(Table table) {
        Dataset<Row> fromExport = LocalSpark.get().read().parquet(tmp.resolve("export/" + table.name() + ".parquet").toString());
        Dataset<Row> fromJob = LocalSpark.get().read().parquet(tmp.resolve("job/" + table.name()).toString());
        Column[] columns = table.columnNames().stream().map(c -> col("`" + c + "`")).toArray(Column[]::new);

        assertThat(types(fromJob.select(columns))).isEqualTo(types(fromExport.select(columns)));
        List<Row> job = fromJob.select(columns).orderBy(columns).collectAsList();
        assertThat(job).isNotEmpty().isEqualTo(fromExport.select(columns).orderBy(columns).collectAsList());
    }

    @Test
    void theStoryIsOneWithOneIncidentOfThreeSourcesAndAContestedClaim() {
        List<String> story = new ArrayList<>(SampleStory.all().stream().map(ArticleRecord::id).toList());
        // the republished first report: its own id, in the story as a copy (sources still count three)
        story.add(records.get(7).publicationKey());
        Dataset<Row> incidents = LocalSpark.get().read().parquet(tmp.resolve("job/incidents").toString());
        Row shelling = incidents.where(col("type").equalTo("ASSAULT")).where(col("sources").equalTo(3)).first();
        assertThat(new ArrayList<>(shelling.<String>getList(shelling.fieldIndex("article_ids")))).isEqualTo(story);
        assertThat(shelling.<Long>getAs("killed")).isEqualTo(2L);
        assertThat(shelling.<String>getList(shelling.fieldIndex("disagreements"))).contains("killed");
        assertThat(LocalSpark.get().read().parquet(tmp.resolve("job/incident_reports").toString())
            .where(col("incident_id").equalTo(shelling.<String>getAs("incident_id"))).count()).as("a report per article").isEqualTo(4);
        Row claim = LocalSpark.get().read().parquet(tmp.resolve("job/claims").toString()).first();
        assertThat(claim.<String>getList(claim.fieldIndex("asserting_sides"))).containsExactly("ARM");
        assertThat(claim.<String>getList(claim.fieldIndex("denying_sides"))).containsExactly("AZE");
        assertThat(claim.<Boolean>getAs("contested")).isTrue();
        assertThat(LocalSpark.get().read().parquet(tmp.resolve("job/stories").toString()).count())
            .as("the story's three reports and the copy in one story, the four others alone, the merging"
                + " fixture's eight unrelated reports in one (they share a paragraph) and its shooting in one").isEqualTo(7);
    }

    @Test
    void aMergedStoryIsOneRowNamingTheIdMergedIntoIt() {
        List<ArticleRecord> merging = records.subList(records.size() - 12, records.size());
        Dataset<Row> stories = LocalSpark.get().read().parquet(tmp.resolve("job/stories").toString());
        Row shooting = stories.where(org.apache.spark.sql.functions.size(col("merged_story_ids")).gt(0)).first();
        assertThat(shooting.<String>getList(shooting.fieldIndex("article_ids")))
            .containsExactlyElementsOf(merging.subList(8, 12).stream().map(ArticleRecord::id).toList());
        assertThat(shooting.<String>getList(shooting.fieldIndex("merged_story_ids"))).singleElement()
            .isIn(merging.get(8).id(), merging.get(9).id());
        assertThat(LocalSpark.get().read().parquet(tmp.resolve("job/articles").toString())
            .where(col("article_id").isin(merging.subList(8, 12).stream().map(ArticleRecord::id).toArray()))
            .select("story_id").distinct().collectAsList()).singleElement()
            .extracting(r -> r.getString(0)).isEqualTo(shooting.<String>getAs("story_id"));
    }

    private static List<String> types(Dataset<Row> table) {
        return Arrays.stream(table.schema().fields()).map(f -> f.name() + " " + f.dataType().simpleString()).toList();
    }
}
