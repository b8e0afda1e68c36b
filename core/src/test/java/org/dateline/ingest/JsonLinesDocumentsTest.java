package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.model.Article;
import org.dateline.model.Author;
import org.dateline.model.InputRef;
import org.dateline.pipeline.Extraction;
import org.dateline.pipeline.InputFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** news-please JSON Lines read through {@link InputSources#open}: what a line gives that cannot be used is said. */
class JsonLinesDocumentsTest {
    @TempDir
    Path dir;

    private static final InputSources SOURCES = new InputSources(InputStream.nullInputStream());

    /** A line as news-please writes it, with {@code date_publish} and {@code authors} as given. */
    private static String line(String datePublish, String authors) {
        return "{\"authors\": " + authors + ", \"date_download\": \"2023-03-02 08:00:00\", \"date_modify\": null, "
            + "\"date_publish\": " + datePublish + ", \"description\": \"Talks in Brussels.\", "
            + "\"filename\": \"https%3A%2F%2Fnews.example%2Ftalks.json\", \"image_url\": null, \"language\": \"en\", "
            + "\"localpath\": null, \"maintext\": \"Ilham Aliyev met Charles Michel in Brussels on Monday. The talks "
            + "were useful, an official said.\", \"source_domain\": \"news.example\", \"title\": \"Talks in Brussels\", "
            + "\"title_page\": null, \"title_rss\": null, \"url\": \"https://news.example/talks\"}";
    }

    private List<Ingested> read(String... lines) throws IOException {
        Path file = dir.resolve("news.jsonl");
        Files.write(file, List.of(lines));
        List<Ingested> out = new ArrayList<>();
        try (DocumentStream docs = SOURCES.open(file.toString(), null)) {
            docs.forEachRemaining(out::add);
        }
        return out;
    }

    @Test
    void aReadableDatePublishIsThePublishedTimeWithoutWarnings() throws IOException {
        RawDocument doc = (RawDocument) read(line("\"2023-03-01 14:07:00\"", "[\"Sabina Mammadli\"]")).get(0);
        assertThat(doc.meta().published()).hasToString("2023-03-01T14:07:00");
        assertThat(doc.meta().authors()).extracting(Author::name).containsExactly("Sabina Mammadli");
        assertThat(doc.meta().warnings()).isEmpty();
        assertThat(doc.origin().format()).isEqualTo(InputRef.Format.JSONL);
    }

    /** news-please writes null for what it does not know: that is no warning. */
    @Test
    void aNullDatePublishIsNoWarning() throws IOException {
        RawDocument doc = (RawDocument) read(line("null", "[]")).get(0);
        assertThat(doc.meta().published()).isNull();
        assertThat(doc.meta().warnings()).isEmpty();
    }

    /** Regression: an unreadable date_publish was dropped without a word; the record said nothing. */
    @Test
    void anUnreadableDatePublishIsAWarningOnTheRecordWithTheValue() throws Exception {
        List<Ingested> docs = read(line("\"01/03/2023 14:07\"", "[\"Sabina Mammadli\"]"));
        assertThat(docs).hasSize(1);
        RawDocument doc = (RawDocument) docs.get(0);
        assertThat(doc.meta().published()).isNull();
        assertThat(doc.meta().warnings()).containsExactly("unreadable published time '01/03/2023 14:07' in date_publish");
        Article article = new Extraction().extract(doc, InputFormat.AUTO, null);
        assertThat(article.warnings()).contains("unreadable published time '01/03/2023 14:07' in date_publish");
        assertThat(article.title()).isEqualTo("Talks in Brussels");
    }

    /** A date or an author that is not a string at all (an epoch number, an object) is said too. */
    @Test
    void fieldsOfTheWrongTypeAreWarningsNotDropped() throws IOException {
        RawDocument doc = (RawDocument) read(line("1677679620", "[\"Sabina Mammadli\", {\"name\": \"AFP\"}]")).get(0);
        assertThat(doc.meta().published()).isNull();
        assertThat(doc.meta().authors()).extracting(Author::name).containsExactly("Sabina Mammadli");
        assertThat(doc.meta().warnings()).containsExactly(
            "unreadable published time '1677679620' in date_publish: not a string",
            "unreadable author '{\"name\":\"AFP\"}' in authors: not a string");
    }

    /** A bad line is named by the file and its 1-based line; blank lines count; the lines after it still come. */
    @Test
    void aBadLineFailsAloneNamedByFileAndLine() throws IOException {
        List<Ingested> docs = read(line("null", "[]"), "", "{\"maintext\": ", line("null", "[]"));
        assertThat(docs).hasSize(3);
        Path file = dir.resolve("news.jsonl");
        assertThat(((InputFailure) docs.get(1)).path()).isEqualTo(file + ":3");
        assertThat(((RawDocument) docs.get(2)).label()).isEqualTo(file + ":4 (https://news.example/talks)");
    }

    /** Regression: a line was read whole however long, so one huge line (or a non-JSONL file) took the heap. */
    @Test
    void aLineOverTheLimitFailsAloneAndTheNextLineReads() throws IOException {
        String huge = line("\"2023-03-01 14:07:00\"", "[]").replace("Ilham Aliyev met", "x".repeat(5_000) + " met");
        String text = String.join("\r\n", line("null", "[]"), huge, line("null", "[\"A. Writer\"]")) + "\r\n";
        List<Ingested> out = new ArrayList<>();
        try (DocumentStream docs = new JsonLinesDocuments("news.jsonl",
                new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8, 2_000)) {
            docs.forEachRemaining(out::add);
        }
        assertThat(out).hasSize(3);
        assertThat(out.get(0)).isInstanceOf(RawDocument.class);
        assertThat(out.get(1)).isInstanceOfSatisfying(InputFailure.class, f -> {
            assertThat(f.path()).isEqualTo("news.jsonl:2");
            assertThat(f.reason()).isEqualTo("line longer than 2000 characters; skipped");
        });
        assertThat(((RawDocument) out.get(2)).meta().authors()).extracting(Author::name).containsExactly("A. Writer");
        assertThat(((RawDocument) out.get(2)).label()).isEqualTo("news.jsonl:3 (https://news.example/talks)");
    }

    private List<Ingested> readBytes(byte[] bytes) throws IOException {
        Path file = dir.resolve("news.jsonl");
        Files.write(file, bytes);
        List<Ingested> out = new ArrayList<>();
        try (DocumentStream docs = SOURCES.open(file.toString(), null)) {
            docs.forEachRemaining(out::add);
        }
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String twoLines() {
        return line("null", "[]") + "\n" + line("null", "[\"A. Writer\"]") + "\n";
    }

    /** Regression: the UTF-8 byte-order mark stayed in line 1, which then failed as "not JSON". */
    @Test
    void aUtf8ByteOrderMarkKeepsLineOne() throws IOException {
        List<Ingested> out = readBytes(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            twoLines().getBytes(StandardCharsets.UTF_8)));
        assertThat(out).hasSize(2).allMatch(RawDocument.class::isInstance);
        assertThat(((RawDocument) out.get(0)).label()).endsWith("news.jsonl:1 (https://news.example/talks)");
    }

    /** Regression: UTF-16 JSON Lines were not recognised and came out as one article of raw JSON. */
    @Test
    void utf16WithEitherByteOrderReads() throws IOException {
        for (Charset charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            byte[] bom = "\uFEFF".getBytes(charset);
            for (byte[] bytes : List.of(concat(bom, twoLines().getBytes(charset)), twoLines().getBytes(charset))) {
                List<Ingested> out = readBytes(bytes);
                assertThat(out).as(charset + (bytes[0] == bom[0] ? " with" : " without") + " BOM").hasSize(2)
                    .allMatch(RawDocument.class::isInstance);
                RawDocument first = (RawDocument) out.get(0);
                assertThat(first.origin().format()).isEqualTo(InputRef.Format.JSONL);
                assertThat(first.meta().title()).isEqualTo("Talks in Brussels");
                assertThat(new String(first.bytes(), StandardCharsets.UTF_8)).startsWith("Ilham Aliyev met Charles Michel");
                assertThat(((RawDocument) out.get(1)).meta().authors()).extracting(Author::name).containsExactly("A. Writer");
            }
        }
    }
}
