package org.dateline.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder given to {@code bench --corpus}: every file an article body, in name order. */
class BenchCorpusTest {
    @Test
    void readsEveryFileInNameOrder(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("b.txt"), "Second body.");
        Files.createDirectories(dir.resolve("a"));
        Files.writeString(dir.resolve("a/1.txt"), "First body.");
        List<BenchCorpus.Item> items = BenchCorpus.folder(dir, 10);
        assertThat(items).extracting(BenchCorpus.Item::id).containsExactly("a/1.txt", "b.txt");
    }

    /**
     * Regression: `bench --corpus` given the extraction evaluation's folder of .html.gz pages ended
     * with "dateline bench: Input length = 1", naming neither the file nor the fault.
     */
    @Test
    void aFileThatIsNotUtf8TextIsNamed(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "A body.");
        Path gz = Files.write(dir.resolve("page.html.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, (byte) 0xff, (byte) 0xfe});
        assertThatThrownBy(() -> BenchCorpus.folder(dir, 10))
            .isInstanceOf(IOException.class)
            .hasMessageContaining(gz.toString())
            .hasMessageContaining("not UTF-8 text");
    }
}
