package org.dateline.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_json;

import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.dateline.pipeline.InputFormat;

/**
 * The Spark job: reads documents from any Hadoop-compatible path, runs Dateline's chain on every
 * partition, and writes Parquet tables {@code articles}, {@code entities}, {@code dates},
 * {@code statements}, {@code events} (partitioned by {@code published_date}) and
 * {@code failures} (inputs that gave no record, with the reason) under the output path.
 *
 * <p>Usage: {@code DatelineJob --input PATH --output PATH [--input-kind text|jsonl] [--as auto|page|body|html]}
 */
public final class DatelineJob {
    private static final StructType RESULT = StructType.fromDDL("path STRING, json STRING, error STRING");
    private static final Map<String, Function<Dataset<Row>, Dataset<Row>>> TABLES = Map.of(
        "articles", Tables::articles, "entities", Tables::entities, "dates", Tables::dates,
        "statements", Tables::statements, "events", Tables::events);

    /** What to read and how, and where to write. */
    public record Options(String input, String output, String inputKind, InputFormat format) {
        static Options parse(String... args) {
            String input = null;
            String output = null;
            String kind = "text";
            InputFormat format = InputFormat.AUTO;
            for (int i = 0; i + 1 < args.length; i += 2) {
                switch (args[i]) {
                    case "--input" -> input = args[i + 1];
                    case "--output" -> output = args[i + 1];
                    case "--input-kind" -> kind = args[i + 1];
                    case "--as" -> format = InputFormat.valueOf(args[i + 1].toUpperCase(Locale.ROOT));
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (input == null || output == null || args.length % 2 != 0) {
                throw new IllegalArgumentException(
                    "usage: DatelineJob --input PATH --output PATH [--input-kind text|jsonl] [--as auto|page|body|html]");
            }
            return new Options(input, output, kind, format);
        }
    }

    public static void main(String[] args) {
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
        JavaRDD<InputDoc> docs = DocumentSource.named(options.inputKind()).read(context, options.input());
        InputFormat format = options.format();
        JavaRDD<Row> results = docs.mapPartitions(part -> analyse(part, format));
        // The analysis is the expensive part: run it once and write every table from the result.
        Dataset<Row> analysed = spark.createDataFrame(results, RESULT).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Dataset<Row> records = analysed.where(col("json").isNotNull())
                .select(from_json(col("json"), RecordSchema.RECORD).as("r")).select("r.*");
            for (Map.Entry<String, Function<Dataset<Row>, Dataset<Row>>> t : TABLES.entrySet()) {
                write(t.getValue().apply(records), options.output() + "/" + t.getKey());
            }
            analysed.where(col("error").isNotNull()).select("path", "error").write().mode(SaveMode.Overwrite)
                .parquet(options.output() + "/failures");
        } finally {
            analysed.unpersist();
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
            table.write().mode(SaveMode.Overwrite).partitionBy(Tables.DATE).parquet(path);
        }
    }

    /** Lazily, so a partition's records stream to the writer instead of piling up in memory. */
    private static Iterator<Row> analyse(Iterator<InputDoc> docs, InputFormat format) {
        Chain chain = Chain.get();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return docs.hasNext();
            }

            @Override
            public Row next() {
                Chain.Result r = chain.run(docs.next(), format);
                return RowFactory.create(r.path(), r.json(), r.error());
            }
        };
    }
}
