package org.dateline.spark;

import org.apache.spark.sql.SparkSession;

/**
 * One {@code local[2]} session for every test class in the JVM: Spark starts once, and so does
 * CoreNLP, which the job's {@link Chain} keeps per JVM as an executor would. Spark's own shutdown
 * hook stops it when the tests are done.
 */
final class LocalSpark {
    private LocalSpark() {}

    static synchronized SparkSession get() {
        return SparkSession.builder().master("local[2]").appName("dateline-test")
            .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
    }
}
