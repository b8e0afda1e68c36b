package org.dateline.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.dateline.ingest.Container;
import org.dateline.ingest.Ingested;

/**
 * Where the job's documents come from: any Hadoop-compatible path (local, HDFS, S3A, GCS, ...).
 * One implementation per input kind, each yielding core's documents or, for what cannot be read,
 * failures naming the input, so the chain after it is the CLI's.
 */
public interface DocumentSource {
    /** The {@code --input-kind} values, as the usage text lists them. */
    String KINDS = "text|jsonl|warc";

    JavaRDD<Ingested> read(JavaSparkContext spark, String path);

    /**
     * The source for {@code --input-kind}: text (every file one article), jsonl (one article per
     * line, read by core's news-please reader as the CLI reads it) or warc (WARC and ARC files,
     * gzipped or not, one article per HTML response).
     */
    static DocumentSource named(String kind) {
        return switch (kind) {
            case "text" -> new FileDocuments(Container.DOCUMENT);
            case "jsonl" -> new FileDocuments(Container.JSONL);
            case "warc" -> new FileDocuments(Container.WARC);
            default -> throw new IllegalArgumentException("unknown input kind '" + kind + "' (" + KINDS.replace('|', ',') + ")");
        };
    }
}
