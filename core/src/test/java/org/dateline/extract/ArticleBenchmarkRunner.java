package org.dateline.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.dateline.ingest.InputException;
import org.dateline.ingest.TextDecoder;
import org.dateline.model.InputRef;

/**
 * Runs {@link HtmlExtractor} over a folder of {@code <id>.html.gz} pages and writes
 * {@code {id: {"articleBody": text}}}, the shape score_article_body.py reads. Decoding goes through
 * {@link TextDecoder}, as the pipeline does, so the figures are those a user would get.
 *
 * <p>Usage: {@code ArticleBenchmarkRunner HTML_DIR OUT.json}
 */
public final class ArticleBenchmarkRunner {
    private ArticleBenchmarkRunner() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ArticleBenchmarkRunner HTML_DIR OUT.json");
            System.exit(2);
        }
        List<Path> pages;
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            pages = new ArrayList<>(files.filter(p -> p.getFileName().toString().endsWith(".html.gz")).sorted().toList());
        }
        List<String> ids = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        long bytes = 0;
        for (Path page : pages) {
            String name = page.getFileName().toString();
            ids.add(name.substring(0, name.length() - ".html.gz".length()));
            try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
                byte[] raw = in.readAllBytes();
                bytes += raw.length;
                texts.add(TextDecoder.decode(raw).text());
            } catch (InputException e) {
                texts.add("");
            }
        }
        HtmlExtractor extractor = new HtmlExtractor();
        Map<String, Map<String, String>> out = new TreeMap<>();
        double firstPass = time(extractor, ids, texts, new TreeMap<>());
        double seconds = time(extractor, ids, texts, out);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(Path.of(args[1]).toFile(), out);
        System.out.printf("pages=%d MB=%.1f cold pass %.2fs; warm pass %.2fs: pages/s=%.1f MB/s=%.2f%n", ids.size(),
            bytes / 1e6, firstPass, seconds, ids.size() / seconds, bytes / 1e6 / seconds);
    }

    /** Extracts every page into out; run twice, so the second figure is for a JIT-compiled extractor. */
    private static double time(HtmlExtractor extractor, List<String> ids, List<String> texts,
                               Map<String, Map<String, String>> out) {
        long start = System.nanoTime();
        for (int i = 0; i < ids.size(); i++) {
            out.put(ids.get(i), Map.of("articleBody", extractor.extract(InputRef.of(ids.get(i), InputRef.Format.HTML), texts.get(i)).text()));
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
