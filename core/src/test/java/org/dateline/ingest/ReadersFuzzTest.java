package org.dateline.ingest;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dateline.extract.HtmlExtractor;
import org.dateline.model.InputRef;
import org.netpreserve.jwarc.WarcReader;

/**
 * The readers that take untrusted bytes must fail only as {@link InputFailure}s or
 * {@link InputException}s, never with an exception that escapes them. In {@code mvn test} these
 * replay the kept inputs under {@code ReadersFuzzTestInputs/} (every crash found is kept there as a
 * regression). To fuzz one target for real:
 *
 * <pre>
 * JAZZER_FUZZ=1 JAZZER_MAX_DURATION=3m  *   JAZZER_INSTRUMENT='org.dateline.**,com.rometools.**,org.jdom2.**,org.netpreserve.jwarc.**,com.fasterxml.jackson.**,org.jsoup.**'  *   JAZZER_DISABLED_HOOKS=com.code_intelligence.jazzer.sanitizers.XmlParserSsrfGuidance  *   mvn -B -o -pl core test -Dtest='ReadersFuzzTest#feed' -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * Without {@code JAZZER_INSTRUMENT} only Dateline's own classes are instrumented, and the fuzzer
 * cannot see its way into ROME, JDOM or jwarc (feed coverage 150 instead of 1,300). Jazzer 0.30's
 * XmlParserSsrfGuidance hook throws a NullPointerException of its own on JDOM's parser calls;
 * its ServerSideRequestForgery sanitizer, which catches any connection the XML parser would open,
 * stays on. Generated corpora go to {@code .cifuzz-corpus/} (ignored by git).
 */
class ReadersFuzzTest {
    private static final HtmlExtractor HTML = new HtmlExtractor();

    @FuzzTest(maxDuration = "60s")
    void html(byte[] data) {
        try {
            TextDecoder.Decoded page = HtmlCharset.decode(data, null);
            HTML.extract(InputRef.of("fuzz", InputRef.Format.HTML), page.text());
        } catch (InputException e) {
            // refused with a reason: fine
        }
    }

    @FuzzTest(maxDuration = "60s")
    void feed(byte[] data) throws IOException {
        try {
            drain(FeedDocuments.read("fuzz", data));
        } catch (InputException e) {
            // refused with a reason: fine
        }
    }

    @FuzzTest(maxDuration = "60s")
    void warc(byte[] data) throws IOException {
        if (Sniffer.isZstd(data)) {
            // InputSources names Zstandard data before any WARC reader sees it; jwarc's own zstd
            // code allocates what a skippable frame's header says (880 MB in one 9-byte input).
            return;
        }
        WarcReader reader;
        try {
            reader = new WarcReader(new ByteArrayInputStream(data));
        } catch (IOException e) {
            return; // InputSources reports this as "cannot read"
        }
        drain(new WarcDocuments("fuzz", reader));
    }

    /** A WARC as a file on disk: the path that searches for the next record after damage. */
    @FuzzTest(maxDuration = "60s")
    void warcFile(byte[] data) throws IOException {
        Path file = Files.createTempFile("fuzz", ".warc");
        try {
            Files.write(file, data);
            drain(new InputSources(InputStream.nullInputStream()).open(file.toString(), Container.WARC));
        } finally {
            Files.delete(file);
        }
    }

    @FuzzTest(maxDuration = "60s")
    void jsonLines(byte[] data) throws IOException {
        drain(new JsonLinesDocuments("fuzz", new ByteArrayInputStream(data), Sniffer.charset(data), 4096));
    }

    @FuzzTest(maxDuration = "60s")
    void sniffAndOpen(byte[] data) throws IOException {
        drain(new InputSources(new ByteArrayInputStream(data)).open("-", null));
    }

    /**
     * A folder of files, subfolders and symbolic links (to anything, dangling, looping) built from
     * the input: the walk must end, and every file made must be read or its folder named.
     */
    @FuzzTest(maxDuration = "60s")
    void folder(FuzzedDataProvider data) throws IOException {
        Path root = Files.createTempDirectory("fuzz-folder");
        try {
            List<Path> made = new ArrayList<>(List.of(root));
            List<Path> files = new ArrayList<>();
            int steps = data.consumeInt(0, 24);
            for (int i = 0; i < steps && data.remainingBytes() > 0; i++) {
                Path parent = made.get(data.consumeInt(0, made.size() - 1));
                // Only in real folders: a relative link made inside a linked folder could point out
                // of the tree (the fuzzer found one to "/", and the walk went into /proc).
                if (!Files.isDirectory(parent) || !parent.toRealPath().equals(parent)) {
                    continue;
                }
                Path path = parent.resolve("e" + i);
                switch (data.consumeInt(0, 2)) {
                    case 0 -> made.add(Files.createDirectory(path));
                    case 1 -> {
                        files.add(Files.write(path, data.consumeBytes(64)));
                        made.add(path);
                    }
                    default -> {
                        // Relative targets inside the tree, missing ones, or the link itself: a link
                        // out of the tree would walk the machine.
                        Path target = switch (data.consumeInt(0, 2)) {
                            case 0 -> parent.relativize(made.get(data.consumeInt(0, made.size() - 1)));
                            case 1 -> Path.of("missing" + i);
                            default -> path.getFileName();
                        };
                        made.add(Files.createSymbolicLink(path, target.toString().isEmpty() ? Path.of(".") : target));
                    }
                }
            }
            Set<String> named = new HashSet<>();
            InputSources sources = new InputSources(InputStream.nullInputStream());
            List<String> read = sources.expand(List.of(root.toString()), f -> named.add(f.path()));
            for (Path file : files) {
                if (!read.contains(file.toString()) && named.stream().noneMatch(n -> file.startsWith(n))) {
                    throw new AssertionError(file + " was neither read nor named; read " + read + ", named " + named);
                }
            }
            for (String path : read) {
                drain(sources.open(path, null));
            }
        } finally {
            delete(root);
        }
    }

    /** Deletes a tree without following its links. */
    private static void delete(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void drain(DocumentStream docs) throws IOException {
        try (docs) {
            while (docs.hasNext()) {
                docs.next();
            }
        }
    }
}
