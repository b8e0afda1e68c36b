package org.dateline.spark;

import static org.apache.spark.sql.functions.col;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.dateline.ingest.Ingested;
import org.dateline.json.RecordJson;
import org.dateline.pipeline.InputFormat;
import org.dateline.pipeline.InputPaths;
import org.dateline.table.Table;
import org.dateline.table.Tables;
import scala.Tuple2;

/**
 * The Spark job: reads documents from any Hadoop-compatible path, runs Dateline's chain on every
 * partition, and writes Parquet tables {@code articles}, {@code entities}, {@code dates},
 * {@code statements}, {@code events} (core's {@link Tables}, partitioned by {@code published_date}),
 * {@code stories}, {@code incidents}, {@code incident_reports}, {@code claims} (one row per story,
 * incident, report or claim, not partitioned) and {@code failures} (every input or document that gave no record, with the reason) under the
 * output path.
 *
 * <p>Usage: see {@link #USAGE}.
 */
public final class DatelineJob {
    static final String USAGE = String.join("\n",
        "usage: DatelineJob --input PATH --output PATH [--input-kind " + DocumentSource.KINDS + "] [--as auto|page|body|html]",
        "  --input       what to read: any Hadoop-compatible path or glob (hdfs://, s3a://, gs://, file://)",
        "  --output      where to write the Parquet tables articles, entities, dates, statements, events, stories,",
        "                incidents, incident_reports, claims, failures",
        "  --input-kind  text: every file is one article (default); jsonl: news-please JSON Lines, one article",
        "                per line (maintext or html, url, title, date_publish, authors), as dateline analyze --as jsonl",
        "                reads them; warc: WARC or ARC files, gzipped or not, one article per HTML response",
        "  --as          how text files are read (default auto); jsonl lines are read by their fields, WARC responses as HTML");
    private static final List<InputFormat> TEXT_FORMATS = List.of(InputFormat.AUTO, InputFormat.PAGE, InputFormat.BODY,
        InputFormat.HTML);
    private static final StructType RESULT = StructType.fromDDL("path STRING, json STRING, error STRING");

    /** What to read and how, and where to write. */
    public record Options(String input, String output, String inputKind, InputFormat format) {
        static Options parse(String... args) {
            String input = null;
            String output = null;
            String kind = "text";
            InputFormat format = InputFormat.AUTO;
            if (args.length % 2 != 0) {
                throw new IllegalArgumentException(USAGE);
            }
            for (int i = 0; i < args.length; i += 2) {
                switch (args[i]) {
                    case "--input" -> input = args[i + 1];
                    case "--output" -> output = args[i + 1];
                    case "--input-kind" -> kind = args[i + 1];
                    case "--as" -> format = format(args[i + 1]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
                }
            }
            if (input == null || output == null) {
                throw new IllegalArgumentException(USAGE);
            }
            DocumentSource.named(kind); // a wrong kind fails here, before a cluster is asked for
            return new Options(input, output, kind, format);
        }

        private static InputFormat format(String value) {
            InputFormat f = Arrays.stream(InputFormat.values())
                .filter(v -> v.name().equalsIgnoreCase(value)).findFirst().orElse(null);
            if (!TEXT_FORMATS.contains(f)) {
                throw new IllegalArgumentException("--as takes auto, page, body or html, not '" + value + "'");
            }
            return f;
        }
    }

    public static void main(String[] args) {
        if (args.length == 0 || List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.println(USAGE);
            return;
        }
        Options options = Options.parse(args);
        SparkSession spark = SparkSession.builder().appName("dateline").getOrCreate();
        try {
            run(spark, options);
        } finally {
            spark.stop();
        }
    }

    public static void run(SparkSession spark, Options options) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<Ingested> docs = DocumentSource.named(options.inputKind()).read(context, options.input());
        InputFormat format = options.format();
        List<String> named = FileDocuments.named(options.input());
        JavaRDD<Row> results = docs.mapPartitions(part -> analyse(part, format, named));
        // The analysis is the expensive part: run it once and write every table from the result.
        Dataset<Row> analysed = spark.createDataFrame(results, RESULT).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            JavaRDD<String> records = analysed.where(col("json").isNotNull()).select("json")
                .as(Encoders.STRING()).javaRDD();
            // Each table parses the cached JSON again: cheap next to the analysis, and it keeps one
            // flattening (core's, the export's) instead of a Spark copy of it.
            writeTables(spark, records, options.output());
            analysed.where(col("error").isNotNull()).select("path", "error").write().mode(SaveMode.Overwrite)
                .parquet(options.output() + "/failures");
        } finally {
            analysed.unpersist();
        }
    }

    /**
     * Every table from the analysed records (contract records as JSON lines, in input order), each
     * publication of a body under its own id ({@link SparkPublications}): the per-record tables
     * partitioned by published day, then the per-story ones (the story pass on the driver, each
     * story's rows on the executors: {@link SparkStories}).
     */
    static void writeTables(SparkSession spark, JavaRDD<String> analysed, String output) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<String> records = SparkPublications.ids(context, analysed);
        Map<String, Map<String, String>> keyMap = SparkIdentities.keys(records);
        Broadcast<Map<String, Map<String, String>>> keys = context.broadcast(keyMap);
        JavaPairRDD<String, Long> indexed = records.zipWithIndex();
        Map<String, SparkStories.Placement> placed = SparkStories.place(indexed, keyMap);
        Broadcast<Map<String, String>> storyOf = context.broadcast(SparkStories.storyOf(placed));
        for (Table t : Tables.ALL) {
            write(TableFrames.of(spark, records, t, keys, storyOf), output + "/" + t.name());
        }
        JavaRDD<Tuple2<String, Row>> storyRows = SparkStories.rows(indexed, context.broadcast(placed), keys)
            .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            for (Table t : Tables.STORY_TABLES) {
                TableFrames.perStory(spark, storyRows, t).write().mode(SaveMode.Overwrite).parquet(output + "/" + t.name());
            }
        } finally {
            storyRows.unpersist();
        }
    }

    /**
     * Partitioned by published date; an empty table is written unpartitioned, because a
     * partitioned write of no rows leaves no file and so no schema for readers to find.
     */
    private static void write(Dataset<Row> table, String path) {
        if (table.isEmpty()) {
            table.write().mode(SaveMode.Overwrite).parquet(path);
        } else {
            table.write().mode(SaveMode.Overwrite).partitionBy(TableFrames.DATE).parquet(path);
        }
    }

    /**
     * Lazily, so a partition's records stream to the writer instead of piling up in memory. Records
     * name a local input as the CLI's do, relative to what {@code --input} named (core's
     * InputPaths); failures keep the full path, as the CLI's stderr does.
     */
    private static Iterator<Row> analyse(Iterator<Ingested> docs, InputFormat format, List<String> named) {
        Chain chain = Chain.get();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return docs.hasNext();
            }

            @Override
            public Row next() {
                Chain.Result r = chain.run(docs.next(), format);
                return RowFactory.create(r.path(), renamed(r.json(), named), r.error());
            }
        };
    }

    /** A record (a JSON line, or null) with its input named relative to what --input named. */
    private static String renamed(String json, List<String> named) {
        if (json == null || named.isEmpty()) {
            return json;
        }
        try {
            return RecordJson.toLine(InputPaths.shown(named, RecordJson.fromLine(json)));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a record the chain just wrote does not read back", e);
        }
    }
}
