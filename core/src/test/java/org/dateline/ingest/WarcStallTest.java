package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Regression for the input the fuzzer found on which jwarc returns records at the same place
 * forever (hangs/jwarc-parser-loop.warc). It runs in a child JVM with a time limit, so that a
 * return of the hang fails this test instead of stalling the whole run.
 */
class WarcStallTest {
    @Test
    void aSpinningParserBecomesTheFilesNamedFailure() throws IOException, InterruptedException {
        Path hang = Path.of("src/test/resources/org/dateline/ingest/hangs/jwarc-parser-loop.warc");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", classpath, WarcStuckMain.class.getName(), hang.toString())
            .redirectErrorStream(true).start();
        boolean ended = child.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            child.destroyForcibly();
        }
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(ended).as("the batch goes on past the stuck record").isTrue();
        assertThat(out).contains("WARC reader made no progress at offset", "rest of the file skipped", "drained");
    }
}
