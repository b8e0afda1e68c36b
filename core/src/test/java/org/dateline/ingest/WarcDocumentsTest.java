package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.dateline.model.InputRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** WARC files read whole, cut short, or followed by junk: what was readable comes out, the break is named. */
class WarcDocumentsTest {
    @TempDir
    Path dir;

    private static final InputSources SOURCES = new InputSources(InputStream.nullInputStream());

    /** A WARC of three HTML responses, https://news.example/0 to /2. */
    private Path warc(String name, WarcCompression compression) throws IOException {
        Path file = dir.resolve(name);
        try (WarcWriter w = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                compression)) {
            for (int i = 0; i < 3; i++) {
                String page = "<html><body><p>Story " + i + ". " + "Officials met in Brussels on Monday. ".repeat(40)
                    + "</p></body></html>";
                HttpResponse http = new HttpResponse.Builder(200, "OK")
                    .body(MediaType.parse("text/html; charset=utf-8"), page.getBytes(StandardCharsets.UTF_8)).build();
                // A fixed record id: the same bytes every run, so where a cut falls does not vary.
                w.write(new WarcResponse.Builder(URI.create("https://news.example/" + i))
                    .date(Instant.parse("2023-03-01T12:00:00Z")).recordId(new UUID(0, i)).body(http).build());
            }
        }
        return file;
    }

    private static List<Ingested> all(DocumentStream docs) throws IOException {
        List<Ingested> out = new ArrayList<>();
        try (docs) {
            docs.forEachRemaining(out::add);
        }
        return out;
    }

    private static List<InputRef.Warc> places(List<Ingested> items) {
        return items.stream().filter(RawDocument.class::isInstance).map(i -> ((RawDocument) i).origin().warc()).toList();
    }

    private Path cut(Path whole, long length) throws IOException {
        Path part = dir.resolve("cut-" + whole.getFileName());
        Files.write(part, Arrays.copyOf(Files.readAllBytes(whole), (int) length));
        return part;
    }

    @Test
    void aGzippedWarcCutInsideItsLastRecordKeepsTheRecordsBeforeAndNamesWhereItBroke() throws IOException {
        Path whole = warc("crawl.warc.gz", WarcCompression.GZIP);
        List<InputRef.Warc> at = places(all(SOURCES.open(whole.toString(), Container.WARC)));
        assertThat(at).hasSize(3);
        Path part = cut(whole, at.get(2).offset() + at.get(2).length() / 2);

        List<Ingested> items = all(SOURCES.open(part.toString(), Container.WARC));

        // The second record was whole; it used to be lost because reading on to the broken third failed.
        assertThat(places(items)).containsExactly(new InputRef.Warc(part.toString(), at.get(0).offset(), at.get(0).length()),
            new InputRef.Warc(part.toString(), at.get(1).offset(), at.get(1).length()));
        assertThat(items).hasSize(3).last().isEqualTo(new InputFailure(part + "@" + at.get(2).offset(),
            ((InputFailure) items.get(2)).reason()));
        assertThat(((InputFailure) items.get(2)).reason()).endsWith("; rest of the file skipped");
    }

    @Test
    void anUncompressedWarcCutInsideARecordNamesThatRecord() throws IOException {
        Path whole = warc("crawl.warc", WarcCompression.NONE);
        List<InputRef.Warc> at = places(all(SOURCES.open(whole.toString(), Container.WARC)));
        Path part = cut(whole, at.get(1).offset() + 100);

        List<Ingested> items = all(SOURCES.open(part.toString(), Container.WARC));

        assertThat(places(items)).containsExactly(new InputRef.Warc(part.toString(), 0, at.get(0).length()));
        assertThat(items).hasSize(2).last().isInstanceOf(InputFailure.class)
            .extracting(i -> ((InputFailure) i).path()).isEqualTo(part + "@" + at.get(1).offset());
    }

    @Test
    void junkAfterTheLastRecordIsNamedWithItsOffsetAfterEveryRecord() throws IOException {
        Path whole = warc("crawl.warc.gz", WarcCompression.GZIP);
        long end = Files.size(whole);
        Files.write(whole, "this is not a WARC record\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
            StandardOpenOption.APPEND);

        List<Ingested> items = all(SOURCES.open(whole.toString(), Container.WARC));

        assertThat(places(items)).hasSize(3);
        assertThat(((InputFailure) items.get(3)).path()).isEqualTo(whole + "@" + end);
    }

    @Test
    void aStreamIsReadWithTheSameOffsetsAsTheFile() throws IOException {
        Path whole = warc("crawl.warc.gz", WarcCompression.GZIP);
        List<Ingested> fromFile = all(SOURCES.open(whole.toString(), Container.WARC));

        List<Ingested> fromStream = all(SOURCES.open(whole.toString(),
            new ByteArrayInputStream(Files.readAllBytes(whole)), null));

        assertThat(places(fromStream)).hasSize(3).isEqualTo(places(fromFile));
        assertThat(((RawDocument) fromStream.get(2)).meta().url()).isEqualTo("https://news.example/2");
    }

    /** One WARC response record written by hand, with its Content-Length off by {@code lengthDelta}. */
    private static byte[] record(int i, int lengthDelta, String extraHeaders) {
        String page = "<html><body><p>Story " + i + ". " + "Officials met in Brussels on Monday. ".repeat(10) + "</p></body></html>";
        byte[] html = page.getBytes(StandardCharsets.UTF_8);
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + html.length
            + "\r\n\r\n" + page;
        String header = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/" + i
            + "\r\nWARC-Date: 2023-03-01T12:00:00Z\r\nWARC-Record-ID: <urn:uuid:" + new UUID(0, i) + ">\r\n" + extraHeaders
            + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + (http.length() + lengthDelta) + "\r\n\r\n";
        return (header + http + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(out)) {
            z.write(bytes);
        }
        return out.toByteArray();
    }

    private static byte[] concat(List<byte[]> parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        parts.forEach(out::writeBytes);
        return out.toByteArray();
    }

    private static List<String> urls(List<Ingested> items) {
        return items.stream().filter(RawDocument.class::isInstance).map(i -> ((RawDocument) i).meta().url()).toList();
    }

    private static List<InputFailure> failures(List<Ingested> items) {
        return items.stream().filter(InputFailure.class::isInstance).map(InputFailure.class::cast).toList();
    }

    /**
     * Regression: a WARC gzipped as one stream ({@code gzip crawl.warc}) gave two records, the
     * second with length 0, and a failure. Every record now comes out, its offset and length in
     * the decompressed data, and says so.
     */
    @Test
    void aWarcGzippedAsOneStreamReadsEveryRecord() throws IOException {
        byte[] plain = Files.readAllBytes(warc("crawl.warc", WarcCompression.NONE));
        Path file = Files.write(dir.resolve("whole.warc.gz"), gzip(plain));
        List<InputRef.Warc> plainAt = places(all(SOURCES.open(dir.resolve("crawl.warc").toString(), null)));

        for (List<Ingested> items : List.of(all(SOURCES.open(file.toString(), null)),
                all(SOURCES.open(file.toString(), new ByteArrayInputStream(Files.readAllBytes(file)), null)))) {
            assertThat(urls(items)).containsExactly("https://news.example/0", "https://news.example/1", "https://news.example/2");
            assertThat(places(items)).extracting(InputRef.Warc::offset, InputRef.Warc::length)
                .isEqualTo(plainAt.stream().map(w -> org.assertj.core.groups.Tuple.tuple(w.offset(), w.length())).toList());
            assertThat(items).allSatisfy(i -> assertThat(((RawDocument) i).meta().warnings()).containsExactly(WarcFiles.ONE_STREAM));
        }
    }

    /** Regression: a record whose Content-Length is short came out as an article, cut, without a word. */
    @Test
    void aShortContentLengthIsAWarningAndReadingResumesAtTheNextRecord() throws IOException {
        byte[] r0 = record(0, 0, "");
        byte[] cut = record(1, -200, "");
        Path file = Files.write(dir.resolve("short.warc"), concat(List.of(r0, cut, record(2, 0, ""), record(3, 0, ""))));

        List<Ingested> items = all(SOURCES.open(file.toString(), null));

        assertThat(urls(items)).containsExactly("https://news.example/0", "https://news.example/1",
            "https://news.example/2", "https://news.example/3");
        RawDocument cutDoc = (RawDocument) items.get(1);
        assertThat(cutDoc.meta().warnings()).singleElement().asString().startsWith("cut WARC record: its HTTP body has ");
        assertThat(((RawDocument) items.get(0)).meta().warnings()).isEmpty();
        // The cut record's tail is junk between records: named, with what was skipped.
        long junk = r0.length + cut.length - 200 - 4;
        assertThat(failures(items)).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo(file + "@" + junk);
            assertThat(f.reason()).endsWith("; skipped 204 bytes, up to the next record at offset " + (r0.length + cut.length));
        });
        assertThat(places(items).get(1)).isEqualTo(new InputRef.Warc(file.toString(), r0.length, junk - r0.length));
        assertThat(places(items).get(2).offset()).isEqualTo(r0.length + cut.length);
    }

    @Test
    void aShortContentLengthInAGzipMemberIsAWarningOnItsRecordAndTheNextMembersRead() throws IOException {
        List<byte[]> members = List.of(gzip(record(0, 0, "")), gzip(record(1, -200, "")), gzip(record(2, 0, "")));
        Path file = Files.write(dir.resolve("short.warc.gz"), concat(members));

        List<Ingested> items = all(SOURCES.open(file.toString(), null));

        assertThat(urls(items)).hasSize(3);
        assertThat(failures(items)).isEmpty();
        assertThat(((RawDocument) items.get(1)).meta().warnings()).hasSize(2)
            .anySatisfy(w -> assertThat(w).startsWith("cut WARC record: its HTTP body has "))
            .anySatisfy(w -> assertThat(w).startsWith("data after the record in its gzip member is not a WARC record"));
        assertThat(places(items)).extracting(InputRef.Warc::length)
            .containsExactly((long) members.get(0).length, (long) members.get(1).length, (long) members.get(2).length);
    }

    /** Regression: every record after a damaged gzip member was lost; reading now resumes at the next member. */
    @Test
    void readingResumesAfterADamagedGzipMember() throws IOException {
        List<byte[]> members = new ArrayList<>(List.of(gzip(record(0, 0, "")), gzip(record(1, 0, "")),
            gzip(record(2, 0, "")), gzip(record(3, 0, ""))));
        byte[] damaged = members.get(1).clone();
        for (int k = 30; k < 60; k++) {
            damaged[k] ^= 0x55;
        }
        members.set(1, damaged);
        Path file = Files.write(dir.resolve("damaged.warc.gz"), concat(members));
        long second = members.get(0).length;
        long third = second + damaged.length;

        List<Ingested> items = all(SOURCES.open(file.toString(), null));

        assertThat(urls(items)).containsExactly("https://news.example/0", "https://news.example/2", "https://news.example/3");
        assertThat(failures(items)).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo(file + "@" + second);
            assertThat(f.reason()).contains("gzip").endsWith("up to the next record at offset " + third);
        });
        assertThat(places(items).get(1).offset()).isEqualTo(third);
    }

    @Test
    void junkBetweenUncompressedRecordsIsSkippedToTheNextRecord() throws IOException {
        byte[] r0 = record(0, 0, "");
        byte[] junk = "this is not a WARC record\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        Path file = Files.write(dir.resolve("junk.warc"), concat(List.of(r0, junk, record(1, 0, ""))));

        List<Ingested> items = all(SOURCES.open(file.toString(), null));

        assertThat(urls(items)).containsExactly("https://news.example/0", "https://news.example/1");
        assertThat(failures(items)).singleElement().extracting(InputFailure::path).isEqualTo(file + "@" + r0.length);
    }

    @Test
    void aRecordTheCrawlerTruncatedSaysSo() throws IOException {
        Path file = Files.write(dir.resolve("truncated.warc"), record(0, 0, "WARC-Truncated: length\r\n"));
        List<Ingested> items = all(SOURCES.open(file.toString(), null));
        assertThat(((RawDocument) items.get(0)).meta().warnings())
            .containsExactly("WARC record truncated by the crawler (WARC-Truncated: length)");
    }

    /**
     * The same from a stream (standard input, the Spark job's files), whose first record is larger
     * than the 64 KiB the one-stream test could once look at: undecided, it took the file for
     * record-by-record gzip, and jwarc's positions then stalled.
     */
    @Test
    void aOneStreamGzipStreamWithALargeFirstRecordReadsEveryRecord() throws IOException {
        Path plain = dir.resolve("big.warc");
        byte[] noise = new byte[150_000];
        new java.util.Random(7).nextBytes(noise);
        try (WarcWriter w = new WarcWriter(FileChannel.open(plain, StandardOpenOption.CREATE, StandardOpenOption.WRITE))) {
            for (int i = 0; i < 3; i++) {
                String page = "<html><body><p>Story " + i + ". Officials met in Brussels on Monday.</p>"
                    + (i == 0 ? "<p>" + java.util.Base64.getEncoder().encodeToString(noise) + "</p>" : "") + "</body></html>";
                HttpResponse http = new HttpResponse.Builder(200, "OK")
                    .body(MediaType.parse("text/html; charset=utf-8"), page.getBytes(StandardCharsets.UTF_8)).build();
                w.write(new WarcResponse.Builder(URI.create("https://news.example/" + i))
                    .date(Instant.parse("2023-03-01T12:00:00Z")).recordId(new UUID(0, i)).body(http).build());
            }
        }
        byte[] compressed = gzip(Files.readAllBytes(plain));
        assertThat(compressed.length).isGreaterThan(1 << 17);

        List<Ingested> items = all(SOURCES.open("big.warc.gz", new ByteArrayInputStream(compressed), null));

        assertThat(urls(items)).containsExactly("https://news.example/0", "https://news.example/1", "https://news.example/2");
        assertThat(places(items)).extracting(InputRef.Warc::offset, InputRef.Warc::length)
            .isEqualTo(places(all(SOURCES.open(plain.toString(), null))).stream()
                .map(w -> org.assertj.core.groups.Tuple.tuple(w.offset(), w.length())).toList());
    }

    /** Regression (found by the fuzzer): a zstd WARC made jwarc throw NoClassDefFoundError, which ended the run. */
    @Test
    void aZstdWarcIsNamedNotSupported() throws IOException {
        // The input the fuzzer found: two Zstandard frame magics.
        byte[] found = Files.readAllBytes(Path.of("src/test/resources/org/dateline/ingest/ReadersFuzzTestInputs/warc/zstd-magic"));
        Path file = Files.write(dir.resolve("crawl.warc.zst"), found);
        assertThat(all(SOURCES.open(file.toString(), null))).containsExactly(new InputFailure(file.toString(),
            "zstd-compressed data: not supported; decompress it first (zstd -d)"));
        byte[] bytes = Files.readAllBytes(file);
        assertThat(all(new WarcDocuments("x.warc.zst", new org.netpreserve.jwarc.WarcReader(new ByteArrayInputStream(bytes)))))
            .containsExactly(new InputFailure("x.warc.zst", "zstd-compressed WARC: not supported; decompress it first (zstd -d)"));
    }

    /** Found by the fuzzer: a 9-byte zstd skippable frame made jwarc allocate 880 MB; it never reaches jwarc now. */
    @Test
    void aZstdSkippableFrameIsNamedBeforeAnyReaderAllocatesIt() throws IOException {
        Path file = Files.write(dir.resolve("frame.warc"), Files.readAllBytes(
            Path.of("src/test/resources/org/dateline/ingest/ReadersFuzzTestInputs/warcFile/zstd-skippable-frame-880mb")));
        List<Ingested> items = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5),
            () -> all(SOURCES.open(file.toString(), Container.WARC)));
        assertThat(items).containsExactly(new InputFailure(file.toString(),
            "zstd-compressed data: not supported; decompress it first (zstd -d)"));
    }
}
