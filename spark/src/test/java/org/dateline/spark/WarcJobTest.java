package org.dateline.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * {@code --input-kind warc} on {@code local[2]} over a small crawl of real news pages
 * ({@link WarcCrawl}): one article per HTML response with the record's place in its file, the
 * facts of each page, and a cut archive and a file that is no archive as failure rows.
 */
class WarcJobTest {
    private static WarcCrawl.Crawl crawl;

    @BeforeAll
    static void run() {
        crawl = WarcCrawl.get();
    }

    private static Dataset<Row> table(String name) {
        return LocalSpark.get().read().parquet(crawl.output().resolve(name).toString());
    }

    private static String idOf(String page) throws IOException {
        return table("articles").where(col("url").equalTo(WarcCrawl.url(page))).select("article_id")
            .as(Encoders.STRING()).first();
    }

    @Test
    void everyHtmlResponseIsOneArticleAndNothingElseIs() throws IOException {
        List<String> urls = table("articles").select("url").as(Encoders.STRING()).collectAsList();

        assertThat(urls).containsExactlyInAnyOrder(WarcCrawl.url(WarcCrawl.CRAWLED.get(0)),
            WarcCrawl.url(WarcCrawl.CRAWLED.get(1)), WarcCrawl.url(WarcCrawl.CRAWLED.get(2)),
            WarcCrawl.url(WarcCrawl.BEFORE_CUT));
        assertThat(table("articles").select("input_format").distinct().as(Encoders.STRING()).collectAsList())
            .containsExactly("warc");
    }

    @Test
    void eachArticleCarriesTheLocatorThatReadsItsRecordAgain() throws IOException {
        Path file = crawl.file("crawl.warc.gz");
        for (int i = 0; i < WarcCrawl.CRAWLED.size(); i++) {
            String url = WarcCrawl.url(WarcCrawl.CRAWLED.get(i));
            Row a = table("articles").where(col("url").equalTo(url)).first();

            // from what --input named (the folder in), as the CLI names it
            assertThat(a.<String>getAs("input_path")).isEqualTo("in/crawl.warc.gz");
            assertThat(a.<String>getAs("warc_file")).isEqualTo("in/crawl.warc.gz");
            assertThat(a.<Long>getAs("warc_offset")).isEqualTo(crawl.offsets().get(i));
            assertThat(reread(file, a.getAs("warc_offset"), a.getAs("warc_length"))).isEqualTo(url);
        }
    }

    /** Reads exactly {@code length} bytes at {@code offset} as one record: its target URL. */
    private static String reread(Path file, long offset, long length) throws IOException {
        try (FileChannel in = FileChannel.open(file)) {
            ByteBuffer bytes = ByteBuffer.allocate((int) length);
            in.read(bytes, offset);
            try (WarcReader reader = new WarcReader(new ByteArrayInputStream(bytes.array()))) {
                WarcRecord record = reader.next().orElseThrow();
                assertThat(reader.next()).isEmpty();
                return ((WarcResponse) record).target();
            }
        }
    }

    @Test
    void theArchivedPagesGiveTheirFacts() throws IOException {
        String lachin = idOf(WarcCrawl.CRAWLED.get(0));
        String geneva = idOf(WarcCrawl.CRAWLED.get(1));

        assertThat(table("entities").where(col("article_id").equalTo(geneva).and(col("type").equalTo("PERSON")))
            .select("name").as(Encoders.STRING()).collectAsList()).contains("Volker Türk");
        Row mammadov = table("entities").where(col("article_id").equalTo(geneva)
            .and(col("entity_key").equalTo("PERSON:elnur mammadov"))).first();
        assertThat(mammadov.<scala.collection.Seq<String>>getAs("titles").contains("Deputy Foreign Minister")).isTrue();
        Row protest = table("events").where(col("article_id").equalTo(lachin).and(col("type").equalTo("PROTEST")))
            .first();
        assertThat(protest.<String>getAs("trigger_text")).isEqualTo("protest");
        assertThat(protest.<Object>getAs("published_date")).hasToString("2022-12-12");
        assertThat(table("statements").where(col("article_id").equalTo(geneva)
            .and(col("speaker_key").equalTo("PERSON:elnur mammadov"))).count()).isPositive();
        assertThat(table("dates").where(col("article_id").equalTo(lachin)).select("value").as(Encoders.STRING())
            .collectAsList()).contains("2022-12-03", "2022-12-07");
    }

    @Test
    void aCutArchiveKeepsTheRecordBeforeTheCutAndFailsWithFileAndOffset() throws IOException {
        Path cut = crawl.file("cut.warc.gz");
        Row before = table("articles").where(col("warc_file").equalTo("in/cut.warc.gz")).first();
        assertThat(before.<String>getAs("url")).isEqualTo(WarcCrawl.url(WarcCrawl.BEFORE_CUT));
        assertThat(before.<Long>getAs("warc_length")).isEqualTo(crawl.cutAt());

        Row failure = table("failures").where(col("path").startsWith(cut.toString())).first();
        assertThat(failure.<String>getAs("path")).isEqualTo(cut + "@" + crawl.cutAt());
        assertThat(failure.<String>getAs("error")).endsWith("rest of the file skipped");
    }

    @Test
    void aFileThatIsNoArchiveIsAFailureRow() {
        Row failure = table("failures").where(col("path").startsWith(crawl.file("notes.warc").toString())).first();
        assertThat(failure.<String>getAs("path")).isEqualTo(crawl.file("notes.warc") + "@0");
        assertThat(failure.<String>getAs("error")).contains("invalid WARC record");
        assertThat(table("failures").count()).isEqualTo(2);
    }
}
