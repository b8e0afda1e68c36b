package org.dateline.store.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dateline.ingest.InputSources;
import org.dateline.pipeline.Extraction;
import org.dateline.pipeline.InputFormat;
import org.dateline.json.RecordJson;
import org.dateline.model.ArticleRecord;
import org.dateline.store.Store;
import org.dateline.store.StoreWriter;
import org.dateline.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreIngestTest {
    /** Regression: ingest read one document per path, so a JSON Lines file stored only its first line's worth. */
    @Test
    void everyArticleOfAMultiDocumentInputIsStoredOnceAcrossReruns(@TempDir Path dir) throws Exception {
        Path jsonl = dir.resolve("news.jsonl");
        Files.writeString(jsonl, """
            {"url": "https://example.org/a", "title": "A", "maintext": "The convoy crossed the bridge on Monday after a week of talks between the two sides."}
            {"url": "https://example.org/b", "title": "B", "maintext": "Protesters gathered outside the ministry on Tuesday, demanding the road be reopened."}
            """);
        Path store = dir.resolve("store");
        StoreIngest ingest = new StoreIngest(new InputSources(System.in), new Extraction(),
            a -> FakeIngestMain.analyse(a, 0), Duration.ZERO, 1);
        try (StoreWriter w = StoreWriter.open(store)) {
            StoreIngest.Summary first = ingest.run(w, List.of(jsonl.toString()), InputFormat.AUTO, null, new StoreIngest.Listener() {});
            assertThat(first.added()).isEqualTo(2);
            assertThat(first.failures()).isEmpty();
            StoreIngest.Summary again = ingest.run(w, List.of(jsonl.toString()), InputFormat.AUTO, null, new StoreIngest.Listener() {});
            assertThat(again.added()).isZero();
            assertThat(again.skipped()).isEqualTo(2);
            assertThat(w.size()).isEqualTo(2);
        }
    }

    /**
     * Regression: the id was the body's hash alone, so a page whose scraped text was the same (a
     * site's sign-up form under another headline, a wire story under another outlet's) was counted
     * "already stored" and its headline and URL were lost. The same body under another title or
     * site is now an article of its own, marked a copy of the first, in one run and across runs;
     * the same publication read again (another URL variant) is still stored once.
     */
    @Test
    void theSameBodyUnderAnotherHeadlineIsAnotherArticle(@TempDir Path dir) throws Exception {
        String body = "Subscribe to our newsletter to get the latest local news delivered to your inbox every morning.";
        Path first = dir.resolve("first.jsonl");
        Files.writeString(first, """
            {"url": "https://example.org/a", "title": "Man shot on Crump Road", "maintext": "%s"}
            {"url": "https://example.org/a?ref=rss", "title": "Man shot on Crump Road", "maintext": "%s"}
            {"url": "https://example.org/b", "title": "Two hurt in Main Street crash", "maintext": "%s"}
            """.formatted(body, body, body));
        Path later = dir.resolve("later.jsonl");
        Files.writeString(later, """
            {"url": "https://example.org/c", "title": "Store robbed on Elm Street", "maintext": "%s"}
            """.formatted(body));
        Path store = dir.resolve("store");
        StoreIngest ingest = new StoreIngest(new InputSources(System.in), new Extraction(),
            a -> FakeIngestMain.analyse(a, 0), Duration.ZERO, 1);
        try (StoreWriter w = StoreWriter.open(store)) {
            StoreIngest.Summary run = ingest.run(w, List.of(first.toString()), InputFormat.AUTO, null, new StoreIngest.Listener() {});
            assertThat(run.added()).isEqualTo(2);
            assertThat(run.skipped()).isEqualTo(1);
        }
        try (StoreWriter w = StoreWriter.open(store)) {
            StoreIngest.Summary run = ingest.run(w, List.of(first.toString(), later.toString()), InputFormat.AUTO, null,
                new StoreIngest.Listener() {});
            assertThat(run.added()).isEqualTo(1);
            assertThat(run.skipped()).isEqualTo(3);
        }
        List<ArticleRecord> records = new ArrayList<>();
        try (Store s = Store.open(store)) {
            s.forEachArticle(records::add);
        }
        String bodyId = ArticleRecord.contentId(body);
        assertThat(records).extracting(ArticleRecord::title)
            .containsExactly("Man shot on Crump Road", "Two hurt in Main Street crash", "Store robbed on Elm Street");
        assertThat(records).extracting(ArticleRecord::id)
            .containsExactly(bodyId, records.get(1).publicationKey(), records.get(2).publicationKey());
        assertThat(records).extracting(ArticleRecord::duplicateOf).containsExactly(null, bodyId, bodyId);
        assertThat(records.stream().map(ArticleRecord::id).distinct()).hasSize(3);
    }

    /**
     * Four threads over the demo corpus, half of it stored already, store what one thread stores,
     * in the same order: records are written from one thread in input order.
     */
    @Test
    void threadsStoreWhatOneThreadStores(@TempDir Path dir) throws Exception {
        Path corpus = Fixtures.repositoryRoot().resolve("examples/demo/articles");
        List<String> all;
        try (Stream<Path> files = Files.list(corpus)) {
            all = files.map(Path::toString).sorted().toList();
        }
        List<String> half = all.subList(0, all.size() / 2);
        List<String> sequential = ingestTwice(dir.resolve("one"), half, all, 1);
        List<String> parallel = ingestTwice(dir.resolve("four"), half, all, 4);

        assertThat(all).hasSizeGreaterThan(10);
        assertThat(parallel).hasSize(all.size()).isEqualTo(sequential);
    }

    /** Ingests {@code first}, then {@code then}; the stored records as JSON, in store order. */
    private static List<String> ingestTwice(Path store, List<String> first, List<String> then, int threads) throws Exception {
        StoreIngest ingest = new StoreIngest(new InputSources(System.in), new Extraction(),
            a -> FakeIngestMain.analyse(a, 5), Duration.ZERO, threads);
        try (StoreWriter w = StoreWriter.open(store)) {
            assertThat(ingest.run(w, first, InputFormat.AUTO, null, new StoreIngest.Listener() {}).added())
                .isEqualTo(first.size());
            StoreIngest.Summary again = ingest.run(w, then, InputFormat.AUTO, null, new StoreIngest.Listener() {});
            assertThat(again.skipped()).isEqualTo(first.size());
            assertThat(again.added()).isEqualTo(then.size() - first.size());
        }
        List<String> records = new ArrayList<>();
        try (Store s = Store.open(store)) {
            s.forEachArticle(r -> records.add(RecordJson.toLine(r)));
        }
        return records;
    }

    /**
     * Regression (issue 14): commits came only when a record was put, so records done before a slow
     * document stayed uncommitted, and a crash lost them, for as long as that document took.
     */
    @Test
    void whatIsFinishedIsCommittedWhileASlowDocumentIsAnalysed(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        Files.writeString(dir.resolve("a.txt"), "The convoy crossed the bridge on Monday after a week of talks.");
        Files.writeString(dir.resolve("b.txt"), "SLOW: protesters gathered outside the ministry on Tuesday.");
        boolean[] seenCommitted = {false};
        StoreIngest ingest = new StoreIngest(new InputSources(System.in), new Extraction(), a -> {
            if (a.text().startsWith("SLOW")) {
                long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while (!seenCommitted[0] && System.nanoTime() < until) {
                    try (Store s = Store.open(store)) {
                        seenCommitted[0] = s.stats().articles() == 1;
                    } catch (java.io.IOException e) {
                        // not there yet
                    }
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            return FakeIngestMain.analyse(a, 0);
        }, Duration.ofMillis(500), 1);
        try (StoreWriter w = StoreWriter.open(store)) {
            StoreIngest.Summary s = ingest.run(w, List.of(dir.resolve("a.txt").toString(), dir.resolve("b.txt").toString()),
                InputFormat.BODY, null, new StoreIngest.Listener() {});
            assertThat(s.added()).isEqualTo(2);
            assertThat(ingest.soFar()).isEqualTo(s);
        }
        assertThat(seenCommitted[0]).as("the first article was committed while the second was analysed").isTrue();
    }
}
