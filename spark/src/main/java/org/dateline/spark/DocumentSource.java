package org.dateline.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Where the job's documents come from: any Hadoop-compatible path (local, HDFS, S3A, GCS, ...).
 * One implementation per input kind; a WARC source plugs in here once core's ingest reads WARC.
 */
public interface DocumentSource {
    JavaRDD<InputDoc> read(JavaSparkContext spark, String path);

    /** The source for {@code --input-kind}: text (one file, one article) or jsonl. */
    static DocumentSource named(String kind) {
        return switch (kind) {
            case "text" -> new TextFiles();
            case "jsonl" -> new JsonLines();
            case "warc" -> throw new IllegalArgumentException(
                "WARC input needs core's WARC reader, which is not in this build yet; convert to JSON Lines meanwhile");
            default -> throw new IllegalArgumentException("unknown input kind '" + kind + "' (text, jsonl, warc)");
        };
    }
}
