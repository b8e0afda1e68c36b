package org.dateline.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The articles a benchmark runs on. The default is the article-extraction evaluation set shared
 * beside the repository: its ground-truth bodies (what the NLP systems read) and, where present,
 * the HTML page each came from (what extraction reads).
 */
public final class BenchCorpus {
    /** Bodies shorter than this are teasers or paywall stubs, not articles. */
    private static final int MIN_BODY_CHARS = 200;

    /** One article: its body and, when known, the page it was extracted from. */
    public record Item(String id, String body, byte[] page) {}

    private BenchCorpus() {}

    /** The shared evaluation set's bodies, in id order; the path is resolved from the repository root. */
    public static List<Item> standard(int limit) throws IOException {
        Path dir = repositoryRoot().resolveSibling("shared").resolve("eval/article-extraction");
        Path truth = dir.resolve("ground-truth.json");
        if (!Files.isRegularFile(truth)) {
            throw new IOException("no benchmark corpus at " + truth + "; pass --corpus DIR");
        }
        JsonNode root = new ObjectMapper().readTree(truth.toFile());
        Map<String, String> bodies = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String body = e.getValue().path("articleBody").asText("");
            if (body.strip().length() >= MIN_BODY_CHARS) {
                bodies.put(e.getKey(), body);
            }
        }
        List<Item> items = new ArrayList<>();
        for (Map.Entry<String, String> e : bodies.entrySet()) {
            if (items.size() == limit) {
                break;
            }
            items.add(new Item(e.getKey(), e.getValue(), page(dir.resolve("html/" + e.getKey() + ".html.gz"))));
        }
        return items;
    }

    /** Every regular file under {@code dir} in name order, each read as an article body. */
    public static List<Item> folder(Path dir, int limit) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).sorted().limit(limit).toList();
        }
        List<Item> items = new ArrayList<>();
        for (Path f : files) {
            try {
                items.add(new Item(dir.relativize(f).toString(), Files.readString(f, StandardCharsets.UTF_8), null));
            } catch (CharacterCodingException e) {
                // the JDK's message is "Input length = 1", which names neither the file nor the fault
                throw new IOException(f + ": not UTF-8 text (--corpus reads every file under it as an article body)", e);
            }
        }
        return items;
    }

    /**
     * The folder holding {@code examples/}, looked for above the working directory and above the
     * running jar, so {@code ./dateline bench} works from anywhere.
     */
    static Path repositoryRoot() throws IOException {
        for (Path start : candidates()) {
            for (Path p = start; p != null; p = p.getParent()) {
                if (Files.isDirectory(p.resolve("examples"))) {
                    return p;
                }
            }
        }
        throw new IOException("no repository root (a folder with examples/) above the working directory or the jar");
    }

    private static List<Path> candidates() {
        List<Path> starts = new ArrayList<>(List.of(Path.of("").toAbsolutePath()));
        try {
            starts.add(Path.of(BenchCorpus.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (Exception e) {
            // No code source (unusual class loader): the working directory is all there is.
        }
        return starts;
    }

    private static byte[] page(Path gz) throws IOException {
        if (!Files.isRegularFile(gz)) {
            return null;
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            return in.readAllBytes();
        }
    }
}
