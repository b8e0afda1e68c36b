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
}
