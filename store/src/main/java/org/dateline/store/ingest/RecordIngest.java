package org.dateline.store.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import org.dateline.ingest.InputFailure;
import org.dateline.json.RecordJson;
import org.dateline.model.ArticleRecord;
import org.dateline.store.StoreWriter;

/**
 * {@code dateline ingest --records}: stores contract records (dateline/1 JSON Lines, as
 * {@code dateline analyze} or the Spark job wrote them) as they are, without analysis, so a corpus
 * analysed once (on another machine, with Spark) is stored and grouped into stories as often as
 * wanted. A line that is not a record fails alone, named {@code file:line}; the rest goes on.
 * Records are put in the order of the files and their lines, the order a story pass depends on;
 * commits come every {@code commitEvery} and at the end, as in {@link StoreIngest}.
 */
public final class RecordIngest {
    private final Duration commitEvery;
    private final AtomicInteger added = new AtomicInteger();
    private final AtomicInteger skipped = new AtomicInteger();
    private final List<InputFailure> failures = java.util.Collections.synchronizedList(new ArrayList<>());

    public RecordIngest(Duration commitEvery) {
        this.commitEvery = commitEvery;
    }

    /** Stores the records of every path ({@code -}: standard input; {@code .gz}: gzip). */
    public StoreIngest.Summary run(StoreWriter store, List<String> paths, InputStream stdin, StoreIngest.Listener listener)
        throws IOException {
        long lastCommit = System.nanoTime();
        for (String path : paths) {
            try (BufferedReader in = open(path, stdin)) {
                String line;
                int n = 0;
                while ((line = in.readLine()) != null) {
                    n++;
                    if (line.isBlank()) {
                        continue;
                    }
                    ArticleRecord r;
                    try {
                        r = RecordJson.fromLine(line);
                        if (r == null || r.id() == null || r.text() == null) {
                            throw new IOException("not a dateline/1 record (no id or text)");
                        }
                    } catch (IOException | RuntimeException e) {
                        fail(new InputFailure(path + ":" + n, "not a record: " + firstLine(e.getMessage())), listener);
                        continue;
                    }
                    (store.put(r) ? added : skipped).incrementAndGet();
                    if (System.nanoTime() - lastCommit >= commitEvery.toNanos()) {
                        store.commit();
                        lastCommit = System.nanoTime();
                    }
                }
            } catch (java.nio.file.NoSuchFileException e) {
                fail(new InputFailure(path, "no such file"), listener);
            } catch (IOException e) {
                // A folder, an unreadable file or a gzip cut short: named, and the next path is read
                // (the lines read before it stay stored).
                fail(new InputFailure(path, "cannot read: " + firstLine(e.getMessage())), listener);
            }
        }
        store.commit();
        return soFar();
    }

    /** What the run has done so far, safe from any thread. */
    public StoreIngest.Summary soFar() {
        synchronized (failures) {
            return new StoreIngest.Summary(added.get(), skipped.get(), List.copyOf(failures));
        }
    }

    private void fail(InputFailure f, StoreIngest.Listener listener) {
        failures.add(f);
        listener.failure(f);
    }

    private static BufferedReader open(String path, InputStream stdin) throws IOException {
        InputStream in = path.equals("-") ? stdin : Files.newInputStream(Path.of(path));
        if (path.endsWith(".gz")) {
            in = new GZIPInputStream(in);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
