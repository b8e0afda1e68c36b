package org.dateline.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.dateline.ingest.InputFailure;
import org.dateline.ingest.InputSources;
import org.dateline.pipeline.Extraction;
import org.dateline.pipeline.InputFormat;
import org.dateline.store.Store;
import org.dateline.store.StoreWriter;
import org.dateline.store.export.ExportFormat;
import org.dateline.store.export.Exporter;
import org.dateline.store.ingest.StoreIngest;
import org.dateline.table.Table;
import org.dateline.table.Tables;
import org.dateline.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The job's tables against {@code dateline ingest --as warc} then {@code dateline export --format
 * parquet} over the same crawl ({@link WarcCrawl}), through the store's own Java API: every table
 * the export writes has the same columns, of the same types, holding the same rows.
 */
class ExportParityTest {
    @TempDir
    static Path tmp;
    private static WarcCrawl.Crawl crawl;
    private static Path export;
    private static List<InputFailure> cliFailures;

    @BeforeAll
    static void runBoth() throws IOException {
        crawl = WarcCrawl.get();
        StoreIngest ingest = new StoreIngest(new InputSources(System.in), new Extraction(), Fixtures::analyze,
            Duration.ofSeconds(5), 2);
        try (StoreWriter writer = StoreWriter.open(tmp.resolve("store"))) {
            cliFailures = ingest.run(writer, List.of(crawl.input().toString()), InputFormat.WARC, null,
                new StoreIngest.Listener() {}).failures();
        }
        export = tmp.resolve("export");
        try (Store store = Store.open(tmp.resolve("store"))) {
            Exporter.run(store, export, ExportFormat.PARQUET);
        }
    }

    static List<Table> exported() {
        return Exporter.TABLES;
    }

    @ParameterizedTest
    @MethodSource("exported")
    void theJobWritesTheSameRowsAsTheExport(Table table) {
        Dataset<Row> fromExport = LocalSpark.get().read().parquet(export.resolve(table.name() + ".parquet").toString());
        Dataset<Row> fromJob = LocalSpark.get().read().parquet(crawl.output().resolve(table.name()).toString());
        Column[] columns = table.columnNames().stream().map(c -> col("`" + c + "`")).toArray(Column[]::new);

        assertThat(types(fromJob.select(columns))).isEqualTo(types(fromExport.select(columns)));
        List<Row> job = fromJob.select(columns).orderBy(columns).collectAsList();
        if (!table.equals(Tables.CLAIMS)) {
            // the crawl's pages are stories of one article each, so they hold no claim (two
            // statements of one story): StoryTablesParityTest compares claims on a story that has one
            assertThat(job).isNotEmpty();
        }
        assertThat(job).isEqualTo(fromExport.select(columns).orderBy(columns).collectAsList());
    }

    private static List<String> types(Dataset<Row> table) {
        return Arrays.stream(table.schema().fields()).map(f -> f.name() + " " + f.dataType().simpleString()).toList();
    }

    @Test
    void bothNameTheSameBrokenInputs() {
        Set<String> job = LocalSpark.get().read().parquet(crawl.output().resolve("failures").toString())
            .select("path").as(Encoders.STRING()).collectAsList().stream().collect(Collectors.toSet());

        assertThat(job).hasSize(2).isEqualTo(cliFailures.stream().map(InputFailure::path).collect(Collectors.toSet()));
    }
}
