package org.dateline.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.dateline.pipeline.InputFormat;
import org.dateline.testing.Fixtures;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * A small crawl of the repository's demo pages ({@code examples/demo/articles}), with the job run
 * over it with {@code --input-kind warc} once per test JVM, for every test class that needs it:
 * <ul>
 *   <li>{@code crawl.warc.gz}: three pages and an image between them (not an article);</li>
 *   <li>{@code cut.warc.gz}: a fourth page whole, then a fifth cut off in the middle of its record;</li>
 *   <li>{@code notes.warc}: not a WARC at all.</li>
 * </ul>
 */
final class WarcCrawl {
    /** Demo pages: a Lachin road protest (Caspian Ledger), the Geneva meeting, Türk's statement. */
    static final List<String> CRAWLED = List.of(
        "2022-12-12-caspian-ledger", "2023-02-28-geneva-dispatch", "2023-03-07-geneva-dispatch");
    /** The page before the cut and the one the cut falls in. */
    static final String BEFORE_CUT = "2022-12-26-caspian-ledger";
    static final String CUT_OFF = "2023-01-10-yerevan-courier";

    /**
     * @param offsets where each crawled page's record starts in crawl.warc.gz, in {@link #CRAWLED} order
     * @param cutAt where the cut-off record starts in cut.warc.gz
     */
    record Crawl(Path input, Path output, List<Long> offsets, long cutAt) {
        Path file(String name) {
            return input.resolve(name);
        }
    }

    private static Crawl crawl;

    private WarcCrawl() {}

    static synchronized Crawl get() {
        if (crawl == null) {
            crawl = make();
            DatelineJob.run(LocalSpark.get(), new DatelineJob.Options(crawl.input().toString(), crawl.output().toString(),
                "warc", InputFormat.AUTO));
        }
        return crawl;
    }

    private static Crawl make() {
        try {
            Path dir = Path.of("target", "warc-crawl").toAbsolutePath();
            delete(dir);
            Path in = Files.createDirectories(dir.resolve("in"));
            List<Long> offsets = new ArrayList<>();
            try (WarcWriter w = writer(in.resolve("crawl.warc.gz"))) {
                for (String page : CRAWLED) {
                    offsets.add(w.position());
                    w.write(response(url(page), "text/html", html(page)));
                    if (offsets.size() == 1) {
                        w.write(response("https://news.example/logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
                    }
                }
            }
            long cutAt;
            Path cut = in.resolve("cut.warc.gz");
            try (WarcWriter w = writer(cut)) {
                w.write(response(url(BEFORE_CUT), "text/html", html(BEFORE_CUT)));
                cutAt = w.position();
                w.write(response(url(CUT_OFF), "text/html", html(CUT_OFF)));
            }
            long whole = Files.size(cut);
            Files.write(cut, Arrays.copyOf(Files.readAllBytes(cut), (int) (cutAt + (whole - cutAt) / 2)));
            Files.writeString(in.resolve("notes.warc"), "<html><body><p>Not an archive.</p></body></html>");
            return new Crawl(in, dir.resolve("out"), List.copyOf(offsets), cutAt);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The address the crawl archived {@code page} under: the demo pages have none of their own. */
    static String url(String page) {
        return "https://news.example/" + page;
    }

    private static byte[] html(String page) throws IOException {
        return Files.readAllBytes(Fixtures.repositoryRoot().resolve("examples/demo/articles/" + page + ".html"));
    }

    private static WarcWriter writer(Path file) throws IOException {
        return new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP);
    }

    /** With a record id from the URL, so the archive is the same bytes on every run. */
    private static WarcResponse response(String url, String type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse(type), body).build();
        return new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2019-11-20T12:00:00Z"))
            .recordId(UUID.nameUUIDFromBytes(url.getBytes(StandardCharsets.UTF_8))).body(http).build();
    }

    private static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
