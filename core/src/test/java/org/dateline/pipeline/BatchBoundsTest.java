package org.dateline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.dateline.ingest.InputFailure;
import org.dateline.ingest.InputSources;
import org.dateline.model.Article;
import org.dateline.model.ArticleRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: one document's excess (time, stack, heap) fails that document alone, and finished work
 * leaves the batch at once. A cheap analysis stands in for the pipeline, steered by the text.
 */
class BatchBoundsTest {
    /** What the tests' analysis does with an article: by its text's first word. */
    private static ArticleRecord analysis(Article a) {
        String text = a.text();
        if (text.startsWith("SLOW")) {
            sleep(60_000);
        } else if (text.startsWith("SPIN")) {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (System.nanoTime() < until) {
                Thread.interrupted(); // deaf to interruption: the batch must give up waiting anyway
            }
        } else if (text.startsWith("DEEP")) {
            deep(0);
        } else if (text.startsWith("HUGE")) {
            long[] tooBig = new long[Integer.MAX_VALUE - 8];
            tooBig[0] = 1;
        } else if (text.startsWith("BROKEN")) {
            throw new NoClassDefFoundError("edu/stanford/nlp/Missing");
        }
        return ArticleRecord.of(a, List.of(), List.of(), List.of(), List.of(), a.warnings());
    }

    private static int deep(int n) {
        return deep(n + 1) + 1;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
    }

    private record Run(List<String> events, Batch.Summary summary) {}

    private static Run run(InputSources sources, List<String> paths, int threads, Duration budget) {
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        Batch batch = new Batch(sources, new Extraction(), BatchBoundsTest::analysis, threads, budget);
        Batch.Summary summary = batch.run(paths, InputFormat.BODY, null, listener(events));
        return new Run(events, summary);
    }

    private static Batch.Listener listener(List<String> events) {
        return new Batch.Listener() {
            @Override
            public void record(ArticleRecord record) {
                events.add("record " + Path.of(record.input().path()).getFileName());
            }

            @Override
            public void failure(InputFailure failure) {
                events.add("failed " + failure);
            }
        };
    }

    private static List<String> files(Path dir, String... texts) throws IOException {
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            Path f = dir.resolve("d" + i + ".txt");
            Files.writeString(f, texts[i] + " and some words of an article body.");
            paths.add(f.toString());
        }
        return paths;
    }

    @Test
    @Timeout(60)
    void aDocumentOverTheTimeBudgetFailsAloneNamedWithTheReason(@TempDir Path dir) throws IOException {
        for (int threads : new int[] {1, 2}) {
            Run r = run(new InputSources(System.in), files(dir, "first", "SLOW", "SPIN", "last"), threads, Duration.ofSeconds(1));
            assertThat(r.events()).containsExactly("record d0.txt",
                "failed " + dir.resolve("d1.txt") + ": analysis stopped: it took longer than the time budget of 1 second",
                "failed " + dir.resolve("d2.txt") + ": analysis stopped: it took longer than the time budget of 1 second",
                "record d3.txt");
            assertThat(r.summary().articles()).isEqualTo(2);
            assertThat(r.summary().failures()).hasSize(2);
        }
    }

    @Test
    @Timeout(60)
    void aStackOverflowOrAnExhaustedHeapEndsTheDocumentNotTheRun(@TempDir Path dir) throws IOException {
        Run r = run(new InputSources(System.in), files(dir, "DEEP", "ok", "HUGE", "ok too"), 2, Duration.ofMinutes(1));
        assertThat(r.events()).hasSize(4);
        assertThat(r.events().get(0)).isEqualTo("failed " + dir.resolve("d0.txt") + ": analysis failed: java.lang.StackOverflowError");
        assertThat(r.events().get(1)).isEqualTo("record d1.txt");
        assertThat(r.events().get(2)).startsWith("failed " + dir.resolve("d2.txt") + ": analysis failed: java.lang.OutOfMemoryError");
        assertThat(r.events().get(3)).isEqualTo("record d3.txt");
    }

    /** An error that is no document's own ends the run, and the counts so far remain readable for the summary. */
    @Test
    @Timeout(60)
    void aBrokenRunEndsTheRunAndLeavesItsCountsSoFar(@TempDir Path dir) throws IOException {
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        Batch batch = new Batch(new InputSources(System.in), new Extraction(), BatchBoundsTest::analysis, 1,
            Duration.ofMinutes(1));
        List<String> paths = files(dir, "first", "BROKEN", "never");
        assertThatThrownBy(() -> batch.run(paths, InputFormat.BODY, null, listener(events)))
            .isInstanceOf(NoClassDefFoundError.class);
        assertThat(events).containsExactly("record d0.txt");
        assertThat(batch.soFar().line()).isEqualTo("dateline: 1 article, 0 stubs, 0 duplicates (0 exact, 0 near), 0 failed");
    }

    /** Regression: a heap or stack error while reading one input (not analysing it) ended the whole run. */
    @Test
    @Timeout(60)
    void anErrorWhileReadingOneInputFailsThatInputAlone(@TempDir Path dir) throws IOException {
        InputStream exhausted = new InputStream() {
            @Override
            public int read() {
                throw new OutOfMemoryError("Java heap space");
            }
        };
        List<String> paths = new ArrayList<>(files(dir, "before"));
        paths.add("-");
        paths.addAll(files(Files.createDirectories(dir.resolve("after")), "after"));
        Run r = run(new InputSources(exhausted), paths, 2, Duration.ofMinutes(1));
        assertThat(r.events()).containsExactly("record d0.txt",
            "failed <stdin>: reading failed: java.lang.OutOfMemoryError: Java heap space", "record d0.txt");
        assertThat(r.summary().articles()).isEqualTo(2);
    }

    /**
     * Regression: finished records waited in the in-order window until it filled or the input
     * ended, so a slow input (here standard input that has not ended) held back what was done.
     */
    @Test
    @Timeout(60)
    void finishedRecordsLeaveWhileLaterInputIsStillBeingRead(@TempDir Path dir) throws Exception {
        CountDownLatch delivered = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        InputStream slowStdin = new InputStream() {
            private final byte[] text = "from standard input, at last.".getBytes();
            private int at;

            @Override
            public int read() throws IOException {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
                return at < text.length ? text[at++] : -1;
            }
        };
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        List<String> paths = new ArrayList<>(files(dir, "first", "second"));
        paths.add("-");
        Batch batch = new Batch(new InputSources(slowStdin), new Extraction(), BatchBoundsTest::analysis, 2,
            Duration.ofMinutes(1));
        Thread run = new Thread(() -> batch.run(paths, InputFormat.BODY, null, new Batch.Listener() {
            @Override
            public void record(ArticleRecord record) {
                events.add("record " + record.input().path());
                delivered.countDown();
            }

            @Override
            public void failure(InputFailure failure) {
                events.add("failed " + failure);
            }
        }));
        run.start();
        assertThat(delivered.await(30, TimeUnit.SECONDS)).as("records out before stdin ends: " + events).isTrue();
        release.countDown();
        run.join(30_000);
        assertThat(events).hasSize(3).last().isEqualTo("record <stdin>");
    }

    @Test
    @Timeout(60)
    void theListenerIsToldWhenTheBatchIdlesOnASlowDocument(@TempDir Path dir) throws IOException {
        AtomicInteger idle = new AtomicInteger();
        Batch batch = new Batch(new InputSources(System.in), new Extraction(), a -> {
            sleep(2_500);
            return analysis(a);
        }, 1, Duration.ofMinutes(1));
        batch.run(files(dir, "slowish"), InputFormat.BODY, null, new Batch.Listener() {
            @Override
            public void record(ArticleRecord record) {}

            @Override
            public void failure(InputFailure failure) {}

            @Override
            public void idle() {
                idle.incrementAndGet();
            }
        });
        assertThat(idle.get()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void theBudgetMustBePositive() {
        Function<Article, ArticleRecord> none = a -> null;
        assertThatThrownBy(() -> new Batch(new InputSources(System.in), new Extraction(), none, 1, Duration.ZERO))
            .isInstanceOf(IllegalArgumentException.class);
    }
}
