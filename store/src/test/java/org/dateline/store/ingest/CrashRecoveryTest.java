package org.dateline.store.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dateline.store.Store;
import org.dateline.store.StoreStats;
import org.dateline.store.StoreWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real child JVM ingests slowly and is killed with SIGKILL part-way: the store must open at its
 * last commit with whole articles only, and re-running the ingest must end with the same counts as
 * a clean run, analysing only what was lost.
 */
class CrashRecoveryTest {
    private static final int INPUTS = 40;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aKilledIngestResumesToTheSameCountsAsACleanRun(@TempDir Path tmp) throws Exception {
        Path inputs = Files.createDirectories(tmp.resolve("in"));
        for (int i = 0; i < INPUTS; i++) {
            Files.writeString(inputs.resolve(String.format("a%03d.txt", i)),
                "Sample article number " + i + " about the Lachin road. 🇦🇿 Protesters gathered again.");
        }
        StoreStats clean;
        try (StoreWriter w = StoreWriter.open(tmp.resolve("clean"))) {
            assertThat(FakeIngestMain.run(w, inputs.toString(), 0).added()).isEqualTo(INPUTS);
        }
        try (Store s = Store.open(tmp.resolve("clean"))) {
            clean = s.stats();
        }
        assertThat(clean).isEqualTo(new StoreStats(INPUTS, INPUTS, INPUTS, INPUTS));

        Path crashed = tmp.resolve("crashed");
        Process child = new ProcessBuilder(javaBin(), "-cp", classpath(), FakeIngestMain.class.getName(),
            crashed.toString(), inputs.toString(), "150")
            .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        try {
            long stored = waitForCommits(crashed, 5, child);
            assertThat(stored).isLessThan(INPUTS);
        } finally {
            child.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no final commit
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isEqualTo(137);

        StoreStats afterKill;
        try (Store s = Store.open(crashed)) {
            afterKill = s.stats();
        }
        assertThat(afterKill.articles()).isBetween(5L, INPUTS - 1L);
        // Whole articles only: every stored article has its entity, statement and event.
        assertThat(afterKill.entities()).isEqualTo(afterKill.articles());
        assertThat(afterKill.statements()).isEqualTo(afterKill.articles());
        assertThat(afterKill.events()).isEqualTo(afterKill.articles());

        try (StoreWriter w = StoreWriter.open(crashed)) {
            StoreIngest.Summary resumed = FakeIngestMain.run(w, inputs.toString(), 0);
            assertThat(resumed.skipped()).isEqualTo(afterKill.articles());
            assertThat(resumed.added()).isEqualTo(INPUTS - afterKill.articles());
            assertThat(FakeIngestMain.run(w, inputs.toString(), 0).added()).isZero();
        }
        try (Store s = Store.open(crashed)) {
            assertThat(s.stats()).isEqualTo(clean);
        }
    }

    private static long waitForCommits(Path store, int atLeast, Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            assertThat(child.isAlive()).as("the child ingest ended before it could be killed").isTrue();
            try (Store s = Store.open(store)) {
                long n = s.stats().articles();
                if (n >= atLeast) {
                    return n;
                }
            } catch (NoSuchFileException | org.apache.lucene.index.IndexNotFoundException e) {
                // not created yet
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the child ingest committed nothing within 60 s");
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Surefire passes the real test class path in a property; plain runs have it in java.class.path. */
    private static String classpath() {
        String cp = System.getProperty("surefire.test.class.path");
        if (cp == null || cp.isBlank()) {
            cp = System.getProperty("java.class.path");
        }
        List<String> parts = new ArrayList<>(List.of(cp.split(File.pathSeparator)));
        return String.join(File.pathSeparator, parts);
    }
}
