package org.dateline.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.ingest.DocumentStream;
import org.dateline.ingest.InputException;
import org.dateline.ingest.InputFailure;
import org.dateline.ingest.Ingested;
import org.dateline.ingest.InputSources;
import org.dateline.ingest.RawDocument;
import org.dateline.model.Article;
import org.dateline.model.ArticleRecord;
import org.dateline.pipeline.Extraction;
import org.dateline.pipeline.InputFormat;
import org.dateline.pipeline.Pipeline;

/** Real inputs for tests, and the one pipeline per test JVM (CoreNLP loads once). */
public final class Fixtures {
    private static volatile Pipeline pipeline;

    private Fixtures() {}

    /** The repository's root, found from the module folder the tests run in. */
    public static Path repositoryRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("examples"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("no examples/ folder above " + Path.of("").toAbsolutePath());
        }
        return p;
    }

    public static Path seed() {
        return repositoryRoot().resolve("examples/azernews-2023-03-01.txt");
    }

    public static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = Pipeline.standard();
        }
        return pipeline;
    }

    /**
     * The shared pipeline's record of {@code article}, its spans checked against its text: every
     * test that makes records with CoreNLP makes them here (or through a {@code Batch} over
     * {@code Fixtures::analyze}), so none can skip the check.
     */
    public static ArticleRecord analyze(Article article) {
        ArticleRecord record = pipeline().analyze(article);
        SpanAssertions.assertSpansMatchText(record);
        return record;
    }

    /** The whole chain over one file's first document, read as {@code dateline analyze} reads it. */
    public static ArticleRecord analyze(Path file, InputFormat format) {
        try (DocumentStream docs = new InputSources(System.in).open(file.toString(), format.container())) {
            Ingested first = docs.next();
            if (first instanceof InputFailure f) {
                throw new IllegalStateException(f.toString());
            }
            Article article = new Extraction().extract((RawDocument) first, format, null);
            return analyze(article);
        } catch (InputException | IOException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }
}
