package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.json.RecordJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Records name their input relative to what the user named, never by the machine's absolute path. */
class InputPathsCliTest {
    @Test
    void anAbsoluteFolderIsShownFromItsOwnName(@TempDir Path dir) throws Exception {
        Path news = dir.resolve("news");
        Files.createDirectories(news.resolve("2023"));
        Files.writeString(news.resolve("2023/a.txt"), "Officials met in Baku on Tuesday to discuss the road.");
        Files.writeString(dir.resolve("b.txt"), "Protesters gathered outside the ministry on Monday morning.");
        CliRun r = CliRun.run("extract", news.toString(), dir.resolve("b.txt").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> paths = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            JsonNode rec = RecordJson.mapper().readTree(line);
            paths.add(rec.get("input").get("path").asText());
        }
        assertThat(paths).containsExactly("news/2023/a.txt", "b.txt");
        assertThat(r.out()).doesNotContain(dir.toString());
    }
}
