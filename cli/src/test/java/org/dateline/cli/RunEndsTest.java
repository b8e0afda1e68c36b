package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.dateline.model.Article;
import org.dateline.model.ArticleRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * However a run ends, what was finished is out and the summary line says what was done (issue 14):
 * records leave as soon as they are done, and the line is printed after an error that ends the
 * run and when the process is asked to stop.
 */
class RunEndsTest {
    /** A batch command whose analysis finds the run broken at an article starting "BROKEN". */
    @Command(name = "broken")
    static final class BrokenCommand extends BatchCommand {
        @Override
        String name() {
            return "broken";
        }

        @Override
        Function<Article, ArticleRecord> analysis() {
            return a -> {
                if (a.text().startsWith("BROKEN")) {
                    throw new NoClassDefFoundError("edu/stanford/nlp/Missing");
                }
                return ArticleRecord.of(a, List.of(), List.of(), List.of(), List.of(), a.warnings());
            };
        }
    }

    @Test
    @Timeout(60)
    void theSummaryLineIsPrintedWhenAnErrorEndsTheRun(@TempDir Path dir) throws IOException {
        Path first = Files.writeString(dir.resolve("a.txt"), "The convoy crossed the bridge on Monday.");
        Path broken = Files.writeString(dir.resolve("b.txt"), "BROKEN: the class path is not whole.");
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Throwable thrown = null;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            new CommandLine(new BrokenCommand()).execute("--threads", "1", first.toString(), broken.toString());
        } catch (Throwable t) {
            thrown = t;
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        assertThat(thrown).isInstanceOf(NoClassDefFoundError.class);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("a.txt").doesNotContain("b.txt");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(
            "dateline: 1 article, 0 stubs, 0 duplicates (0 exact, 0 near), 0 failed (stopped before the end by the error below)");
    }

    /**
     * A child process extracts a file and then waits on standard input: the file's record is out
     * while it waits, and when it is stopped (SIGTERM) its summary line counts that record.
     */
    @Test
    @Timeout(120)
    void finishedRecordsAreOutAtOnceAndAStoppedRunStillSummarises(@TempDir Path dir) throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"),
            "Azerbaijan and Armenia resumed border talks in Brussels on Tuesday, officials said.");
        Process child = new ProcessBuilder(javaBin(), "-cp", classpath(), Main.class.getName(), "extract",
            "--as", "body", article.toString(), "-")
            .redirectError(dir.resolve("err.txt").toFile()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine(); // blocks until the record is out; stdin is still open
            // an absolute argument is named from its own last name (InputPaths), never by the machine's path
            assertThat(line).contains("\"path\":\"a.txt\"");
            assertThat(child.isAlive()).isTrue();
            // SIGTERM through the handle: Process.destroy() would also close the child's stdin at once,
            // so the child could read EOF, end normally and print its ordinary line before the hook
            child.toHandle().destroy();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(Files.readString(dir.resolve("err.txt"))).contains(
            "dateline: 1 article, 0 stubs, 0 duplicates (0 exact, 0 near), 0 failed (stopped before the end: the run was"
                + " interrupted)");
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Surefire passes the real test class path in a property; plain runs have it in java.class.path. */
    private static String classpath() {
        String cp = System.getProperty("surefire.test.class.path");
        return cp == null || cp.isBlank() ? System.getProperty("java.class.path") : cp;
    }
}
