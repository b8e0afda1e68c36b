package org.dateline.store.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.dateline.ingest.InputSources;
import org.dateline.pipeline.Extraction;
import org.dateline.pipeline.InputFormat;
import org.dateline.store.StoreWriter;
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
            a -> FakeIngestMain.analyse(a, 0), Duration.ZERO);
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
}
