package org.dateline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.dateline.ingest.InputFailure;
import org.dateline.ingest.InputSources;
import org.dateline.json.RecordJson;
import org.dateline.model.ArticleRecord;
import org.dateline.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batches: input order and per-input failures whatever the thread count. */
class BatchTest {
    private static final List<String> BODIES = List.of(
        "Ilham Aliyev met Charles Michel in Brussels on Monday, the ministry said.",
        "The talks ended without agreement. \"We will return next week,\" a diplomat told reporters.",
        "Protesters blocked the road near Lachin for a third day.",
        "The United Nations said on Friday that aid convoys had reached the city.",
        "Prices rose by 4 percent in March, the central bank said.");

    private record Run(List<String> lines, List<String> failed, Batch.Summary summary) {}

    private static Run run(List<String> paths, int threads) {
        List<String> lines = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        Batch batch = new Batch(new InputSources(System.in), new Extraction(), Fixtures::analyze, threads);
        Batch.Summary summary = batch.run(paths, InputFormat.BODY, null, new Batch.Listener() {
            @Override
            public void record(ArticleRecord record) {
                lines.add(RecordJson.toLine(record));
            }

            @Override
            public void failure(InputFailure failure) {
                failed.add(failure.toString());
            }
        });
        return new Run(lines, failed, summary);
    }

    private static List<String> files(Path dir) throws IOException {
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < BODIES.size(); i++) {
            Path f = dir.resolve("a" + i + ".txt");
            Files.writeString(f, BODIES.get(i));
            paths.add(f.toString());
        }
        paths.add(2, dir.resolve("missing.txt").toString());
        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "  ");
        paths.add(4, empty.toString());
        return paths;
    }

    @Test
    void parallelOutputIsTheSequentialOutputInInputOrder(@TempDir Path dir) throws IOException {
        List<String> paths = files(dir);
        Run one = run(paths, 1);
        Run three = run(paths, 3);
        assertThat(three.lines()).isEqualTo(one.lines()).hasSize(BODIES.size());
        for (int i = 0; i < BODIES.size(); i++) {
            assertThat(three.lines().get(i)).contains("a" + i + ".txt");
        }
    }

    @Test
    void eachFailureIsReportedAndTheBatchGoesOn(@TempDir Path dir) throws IOException {
        Run r = run(files(dir), 2);
        assertThat(r.summary().articles()).isEqualTo(BODIES.size());
        assertThat(r.failed()).hasSize(2);
        assertThat(r.failed().get(0)).contains("missing.txt");
        assertThat(r.failed().get(1)).contains("empty.txt", "no article text");
        assertThat(r.summary().failed()).isTrue();
    }

    @Test
    void threadsMustBePositive() {
        assertThatThrownBy(() -> new Batch(new InputSources(System.in), new Extraction(), (Pipeline) null, 0))
            .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Regression: `extract ... -` stopped by SIGTERM right after its first record reached the reader
     * printed "0 articles" (RunEndsTest failed so under load): the record went out before it was
     * counted, and the shutdown hook's summary ran between the two. A summary taken while a record
     * is going out now waits for its count.
     */
    @Test
    void aSummaryTakenWhileARecordGoesOutCountsIt(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), BODIES.get(0));
        Batch batch = new Batch(new InputSources(System.in), new Extraction(),
            article -> ArticleRecord.of(article, List.of(), List.of(), List.of(), List.of(), article.warnings()), 1);
        CountDownLatch out = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Batch.Summary> run = CompletableFuture.supplyAsync(() -> batch.run(List.of(file.toString()),
            InputFormat.BODY, null, new Batch.Listener() {
                @Override
                public void record(ArticleRecord record) {
                    out.countDown(); // the line is with the reader; its count is not taken yet
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }

                @Override
                public void failure(InputFailure failure) {}
            }));
        out.await();
        AtomicReference<Batch.Summary> seen = new AtomicReference<>();
        Thread hook = new Thread(() -> seen.set(batch.soFar()));
        hook.start();
        // the summary must wait for the record's count, not read the counts before it
        while (hook.getState() != Thread.State.TIMED_WAITING && hook.isAlive()) {
            Thread.onSpinWait();
        }
        release.countDown();
        hook.join();
        assertThat(seen.get().line()).startsWith("dateline: 1 article,");
        assertThat(run.get().line()).startsWith("dateline: 1 article,");
    }
}
