package org.dateline.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.dateline.json.RecordJson;
import org.dateline.store.Store;
import org.dateline.store.StoreWriter;
import org.dateline.store.export.ExportFormat;
import org.dateline.store.export.Exporter;
import org.dateline.table.Tables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The events table's ACLED names and casualty counts in the job's Parquet, from a hand-built record
 * (the analyzer leaves them null for now, so the crawl of {@link ExportParityTest} cannot show them):
 * typed as the export types them and holding the same row.
 */
class AcledColumnsTest {
    /** A shelling in both taxonomies, killed "at least two", wounded "dozens" (words without a number). */
    static final String SHELLING = """
        {"schema": "dateline/1", "id": "def", "input": null, "url": null, "source": null, "title": null, "authors": [],
         "published": "2023-01-17T08:30:00+04:00", "language": "en",
         "text": "Shelling killed at least two civilians in Tartar on Monday, and dozens were wounded.",
         "entities": [], "dates": [], "statements": [],
         "events": [{"id": "V1", "type": "ASSAULT", "mode": "heavy-weapons", "context": ["military"],
                     "acled": {"disorderType": "Political violence", "eventType": "Explosions/Remote violence",
                               "subEventType": "Shelling/artillery/missile attack"},
                     "actors": [], "recipients": [], "date": null, "location": null,
                     "fatalities": {"value": 2, "evidence": {"start": 9, "end": 38, "text": "killed at least two civilians"}},
                     "injured": {"value": null, "evidence": {"start": 64, "end": 83, "text": "dozens were wounded"}},
                     "factuality": "asserted", "claimedBy": null, "trigger": {"start": 0, "end": 8, "text": "Shelling"},
                     "evidence": {"start": 0, "end": 84, "text": "Shelling killed at least two civilians in Tartar on Monday, and dozens were wounded."},
                     "confidence": 0.7}],
         "warnings": [], "duplicateOf": null}
        """.replace("\n", " ");

    @TempDir
    static Path tmp;
    private static Dataset<Row> job;
    private static Dataset<Row> export;

    @BeforeAll
    static void writeBoth() throws IOException {
        var spark = LocalSpark.get();
        var context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        var records = context.parallelize(List.of(SHELLING));
        TableFrames.of(spark, records, Tables.EVENTS, context.broadcast(SparkIdentities.keys(records))).write().parquet(tmp.resolve("job-events").toString());
        job = spark.read().parquet(tmp.resolve("job-events").toString());
        try (StoreWriter w = StoreWriter.open(tmp.resolve("store"))) {
            w.put(RecordJson.fromLine(SHELLING));
        }
        try (Store store = Store.open(tmp.resolve("store"))) {
            Exporter.run(store, tmp.resolve("export"), ExportFormat.PARQUET);
        }
        export = spark.read().parquet(tmp.resolve("export/events.parquet").toString());
    }

    @Test
    void theEventsTableHasTheAcledNamesAndTheCountsWithTheirWords() {
        Row row = job.select("acled_disorder_type", "acled_event_type", "acled_sub_event_type", "fatalities",
            "fatalities_text", "injured", "injured_text").first();

        assertThat(row.getString(0)).isEqualTo("Political violence");
        assertThat(row.getString(1)).isEqualTo("Explosions/Remote violence");
        assertThat(row.getString(2)).isEqualTo("Shelling/artillery/missile attack");
        assertThat(row.getLong(3)).isEqualTo(2L);
        assertThat(row.getString(4)).isEqualTo("killed at least two civilians");
        assertThat(row.isNullAt(5)).as("dozens: no number").isTrue();
        assertThat(row.getString(6)).isEqualTo("dozens were wounded");
        assertThat(job.schema().apply("fatalities").dataType().simpleString()).isEqualTo("bigint");
    }

    @Test
    void theJobAndTheExportAgreeOnTheNewColumns() {
        Column[] columns = Tables.EVENTS.columnNames().stream().map(c -> col("`" + c + "`")).toArray(Column[]::new);

        assertThat(types(job.select(columns))).isEqualTo(types(export.select(columns)));
        assertThat(job.select(columns).collectAsList()).isEqualTo(export.select(columns).collectAsList());
    }

    private static List<String> types(Dataset<Row> table) {
        return Arrays.stream(table.schema().fields()).map(f -> f.name() + " " + f.dataType().simpleString()).toList();
    }
}
