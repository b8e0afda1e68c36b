package org.dateline.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dateline.pipeline.InputFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on {@code local[2]} over a few articles, read back from Parquet. One run per input kind
 * for the whole class, on the JVM's one session: CoreNLP loads once per JVM, as on an executor.
 */
class DatelineJobTest {
    @TempDir
    static Path dir;
    private static SparkSession spark;
    private static Path jsonlOut;
    private static Path textOut;

    @BeforeAll
    static void runJobs() throws IOException {
        spark = LocalSpark.get();
        Path jsonl = dir.resolve("in.jsonl");
        Files.write(jsonl, List.of(
            "{\"text\": \"Ilham Aliyev met Charles Michel in Brussels on Monday. \\\"The talks were useful,\\\" Aliyev told "
                + "reporters.\", \"url\": \"https://example.org/a\", \"published\": \"2023-03-01\"}",
            "{\"body\": \"The United Nations said on Friday that aid convoys had reached Gaza.\", "
                + "\"published\": \"2024-05-03T10:00:00+02:00\"}",
            "not a JSON object",
            "{\"text\": \"Der Bundeskanzler traf am Montag in Berlin den französischen Präsidenten. Die Gespräche "
                + "seien konstruktiv gewesen, sagte ein Regierungssprecher am Abend.\", \"published\": \"letzten Montag\"}"));
        jsonlOut = dir.resolve("out-jsonl");
        DatelineJob.run(spark, new DatelineJob.Options(jsonl.toString(), jsonlOut.toString(), "jsonl", InputFormat.BODY));
        Path text = dir.resolve("text");
        Files.createDirectories(text);
        Files.copy(Path.of("..", "examples", "azernews-2023-03-01.txt"), text.resolve("seed.txt"));
        byte[] gzip = gzip(Files.readAllBytes(text.resolve("seed.txt")));
        Files.write(text.resolve("cut.txt.gz"), Arrays.copyOf(gzip, gzip.length / 2));
        textOut = dir.resolve("out-text");
        DatelineJob.run(spark, new DatelineJob.Options(text.toString(), textOut.toString(), "text", InputFormat.AUTO));
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(bytes);
        }
        return out.toByteArray();
    }

    private static Dataset<Row> table(Path out, String name) {
        return spark.read().parquet(out.resolve(name).toString());
    }

    @Test
    void jsonLinesGiveOneArticleEachPartitionedByPublishedDate() {
        List<Row> rows = table(jsonlOut, "articles").where(col("language").equalTo("en")).orderBy("published_date")
            .select("published_date", "url", "published", "input_format").collectAsList();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get(0)).hasToString("2023-03-01");
        assertThat(rows.get(0).getString(1)).isEqualTo("https://example.org/a");
        assertThat(rows.get(1).get(0)).hasToString("2024-05-03");
        assertThat(rows.get(1).getString(2)).isEqualTo("2024-05-03T10:00:00+02:00");
        assertThat(rows.get(0).getString(3)).isEqualTo("jsonl");
    }

    @Test
    void aBadLineIsAFailureWithItsLineNumber() {
        List<Row> failures = table(jsonlOut, "failures").collectAsList();
        assertThat(failures).hasSize(1);
        assertThat(failures.get(0).getString(0)).endsWith("in.jsonl#3");
    }

    /** Regression: JSON Lines skipped language detection, so German text was analysed as English. */
    @Test
    void aLineInAnotherLanguageIsDetectedAndKeptWithoutEnglishAnalysis() {
        Row de = table(jsonlOut, "articles").where(col("language").notEqual("en")).first();
        assertThat(de.<String>getAs("language")).isEqualTo("de");
        assertThat(de.<scala.collection.Seq<String>>getAs("warnings").mkString("|"))
            .contains("language 'de' is not English").contains("unreadable published time 'letzten Montag'");
        assertThat(table(jsonlOut, "entities").where(col("article_id").equalTo(de.<String>getAs("article_id"))).count())
            .isZero();
    }

    @Test
    void entitiesJoinTheirArticle() {
        Dataset<Row> joined = table(jsonlOut, "entities").join(table(jsonlOut, "articles"), "article_id");
        List<String> people = joined.where(col("type").equalTo("PERSON")).select("name").as(
            org.apache.spark.sql.Encoders.STRING()).collectAsList();
        assertThat(people).contains("Ilham Aliyev", "Charles Michel");
        assertThat(table(jsonlOut, "dates").select("value").as(org.apache.spark.sql.Encoders.STRING()).collectAsList())
            .contains("2023-02-27");
    }

    @Test
    void statementsAreFlattenedWithTheirSpans() {
        Row s = table(jsonlOut, "statements").where(col("cue_text").contains("told")).first();
        assertThat(s.<String>getAs("content_text")).isEqualTo("\"The talks were useful,\"");
        assertThat(s.<String>getAs("source_text")).isEqualTo("Aliyev");
        assertThat(s.<Object>getAs("published_date")).hasToString("2023-03-01");
    }

    @Test
    void aScrapedPageGoesThroughExtractionFirst() {
        Row a = table(textOut, "articles").first();
        assertThat(a.<String>getAs("published")).isEqualTo("2023-03-01T14:07:00+04:00");
        assertThat(a.<String>getAs("text")).startsWith("Azerbaijani Deputy Foreign Minister Elnur Mammadov");
        assertThat(table(textOut, "entities").where(col("name").equalTo("Elnur Mammadov")).count()).isEqualTo(1);
        assertThat(table(textOut, "statements").count()).isPositive();
        assertThat(table(textOut, "events").columns()).contains("article_id", "trigger_text", "published_date");
    }

    /** Regression: a corrupt gzip file threw out of the read and failed the whole job. */
    @Test
    void aCutGzipFileIsAFailureRowAndTheOthersStillComeOut() {
        Row failure = table(textOut, "failures").first();
        assertThat(failure.<String>getAs("path")).endsWith("cut.txt.gz");
        assertThat(failure.<String>getAs("error")).contains("truncated gzip");
        assertThat(table(textOut, "articles").count()).isEqualTo(1);
    }
}
