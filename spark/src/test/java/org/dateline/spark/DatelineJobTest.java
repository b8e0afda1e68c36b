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
        // Two files in a folder, as news-please writes a crawl; the bad line is the second file's second.
        Path jsonl = dir.resolve("jsonl");
        Files.createDirectories(jsonl);
        Files.write(jsonl.resolve("a.jsonl"), List.of(
            "{\"maintext\": \"Ilham Aliyev met Charles Michel in Brussels on Monday. \\\"The talks were useful,\\\" Aliyev "
                + "told reporters.\", \"url\": \"https://example.org/a\", \"date_publish\": \"2023-03-01 09:00:00\", "
                + "\"authors\": [\"Sabina Mammadli\"], \"title\": \"Talks in Brussels\"}",
            "{\"body\": \"The United Nations said on Friday that aid convoys had reached Gaza.\", "
                + "\"published\": \"2024-05-03T10:00:00+02:00\"}"));
        Files.write(jsonl.resolve("b.jsonl"), List.of(
            "{\"text\": \"Der Bundeskanzler traf am Montag in Berlin den französischen Präsidenten. Die Gespräche "
                + "seien konstruktiv gewesen, sagte ein Regierungssprecher am Abend.\", \"published\": \"letzten Montag\"}",
            "not a JSON object"));
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

    /**
     * Regression: a bad line was named by the --input argument (here the folder) and a line count
     * across all files ({@code jsonl#4}); it is the file and the line in it, as the CLI names it.
     */
    @Test
    void aBadLineIsAFailureNamedByItsFileAndLineInIt() {
        List<Row> failures = table(jsonlOut, "failures").collectAsList();
        assertThat(failures).hasSize(1);
        assertThat(failures.get(0).getString(0)).isEqualTo(dir.resolve("jsonl").resolve("b.jsonl").toAbsolutePath() + ":2");
        assertThat(failures.get(0).getString(1)).startsWith("not JSON");
    }

    /** Regression: the job had its own JSON Lines reader that knew no news-please fields (maintext, date_publish, authors). */
    @Test
    void newsPleaseLinesAreReadAsTheCliReadsThem() {
        Row a = table(jsonlOut, "articles").where(col("url").equalTo("https://example.org/a")).first();
        assertThat(a.<String>getAs("published")).isEqualTo("2023-03-01T09:00:00");
        assertThat(a.<String>getAs("title")).isEqualTo("Talks in Brussels");
        assertThat(a.<scala.collection.Seq<String>>getAs("authors").mkString("|")).isEqualTo("Sabina Mammadli");
        // Named from what --input named (the folder jsonl), as the CLI names it: no absolute path in a record.
        assertThat(a.<String>getAs("input_path")).isEqualTo("jsonl/a.jsonl");
    }

    /** Regression: JSON Lines skipped language detection, so German text was analysed as English. */
    @Test
    void aLineInAnotherLanguageIsDetectedAndKeptWithoutEnglishAnalysis() {
        Row de = table(jsonlOut, "articles").where(col("language").notEqual("en")).first();
        assertThat(de.<String>getAs("language")).isEqualTo("de");
        assertThat(de.<scala.collection.Seq<String>>getAs("warnings").mkString("|"))
            .contains("language 'de' is not English").contains("unreadable published time 'letzten Montag' in published");
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
        assertThat(table(textOut, "events").columns()).contains("article_id", "trigger_text", "acled_event_type",
            "fatalities", "injured_text", "published_date");
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
