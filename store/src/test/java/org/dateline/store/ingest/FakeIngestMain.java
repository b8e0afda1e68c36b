package org.dateline.store.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.dateline.ingest.InputSources;
import org.dateline.model.Article;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.model.Factuality;
import org.dateline.model.Sector;
import org.dateline.model.Span;
import org.dateline.model.Statement;
import org.dateline.model.StatementKind;
import org.dateline.pipeline.Extraction;
import org.dateline.pipeline.InputFormat;
import org.dateline.store.StoreWriter;

/**
 * An ingest whose analysis is fake and slow, for the crash test: it runs in a child JVM that the
 * test kills with SIGKILL part-way. Arguments: store folder, input folder, milliseconds per article.
 */
public final class FakeIngestMain {
    private FakeIngestMain() {}

    public static void main(String[] args) throws Exception {
        long delay = Long.parseLong(args[2]);
        try (StoreWriter w = StoreWriter.open(Path.of(args[0]))) {
            StoreIngest.Summary s = run(w, args[1], delay);
            System.out.println(s.line());
        }
    }

    public static StoreIngest.Summary run(StoreWriter w, String inputs, long delayMillis) throws java.io.IOException {
        StoreIngest ingest = new StoreIngest(new InputSources(System.in), new Extraction(),
            a -> analyse(a, delayMillis), Duration.ZERO, 2);
        return ingest.run(w, List.of(inputs), InputFormat.BODY, null, new StoreIngest.Listener() {});
    }

    /** One entity, statement and event per article: enough to see that blocks stay whole. */
    static ArticleRecord analyse(Article a, long delayMillis) {
        try {
            Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String text = a.text();
        int len = text.codePointCount(0, text.length());
        Span all = new Span(0, len, text);
        Entity e = new Entity("E1", "Sample Speaker", EntityType.PERSON, List.of(), "AZE", Sector.GOV, null, List.of());
        Statement s = new Statement("S1", "E1", all, all, all, StatementKind.DIRECT, null, List.of());
        Event v = new Event("V1", EventType.PROTEST, null, List.of(), null, List.of("E1"), List.of(), null, null, null, null, Factuality.ASSERTED, null, all, all, 0.5);
        return ArticleRecord.of(a, List.of(e), List.of(), List.of(s), List.of(v), List.of());
    }
}
