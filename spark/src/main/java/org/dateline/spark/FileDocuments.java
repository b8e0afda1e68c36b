package org.dateline.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.util.TaskCompletionListener;
import org.dateline.ingest.Container;
import org.dateline.ingest.DocumentStream;
import org.dateline.ingest.InputFailure;
import org.dateline.ingest.InputSources;
import org.dateline.ingest.Ingested;

/**
 * Every file under the path read by core's own readers ({@link InputSources}), as the CLI reads
 * it: as one document (text kind; gzip undone, size bounded), as JSON Lines (one document per
 * line, a bad line named {@code file:line}) or as a WARC/ARC archive of many.
 *
 * <p>Each file is streamed from its file system on the executor: {@code binaryFiles} hands over a
 * {@link PortableDataStream}, opened only when the task runs, and the WARC reader reads forward
 * only, so records come out while the file is still arriving and only one payload is in memory at
 * a time. Copying each file to a local temporary file instead (for a seekable channel) would need
 * executor disk for whole multi-gigabyte archives and a second pass over every byte before the
 * first article, and buys nothing: offsets count from the stream's start either way. A file is
 * never split (a WARC can only be read from a record boundary), so one file is one task's work.
 * That holds for JSON Lines too: splitting a file across tasks would lose each line's number in
 * its file, which is what names a bad line, and would need a second reader beside core's.
 */
final class FileDocuments implements DocumentSource {
    private static final InputSources SOURCES = new InputSources(InputStream.nullInputStream());

    private final Container container;

    FileDocuments(Container container) {
        this.container = container;
    }

    @Override
    public JavaRDD<Ingested> read(JavaSparkContext spark, String path) {
        Container kind = container;
        return spark.binaryFiles(path).flatMap(f -> documents(name(f._1()), f._2(), kind));
    }

    /**
     * A file named as the CLI names it: a local file by its path, any other by its URI
     * ({@code hdfs://...}), since that is what finds it again.
     */
    static String name(String hadoopPath) {
        Path p = new Path(hadoopPath);
        return "file".equals(p.toUri().getScheme()) ? p.toUri().getPath() : hadoopPath;
    }

    /**
     * What the user named with {@code --input}, as core's InputPaths takes it to name records: for a
     * local path (no scheme, or {@code file:}) the path up to its first glob part, made absolute;
     * for another file system nothing (its files keep their URIs, which find them again).
     */
    static List<String> named(String input) {
        java.net.URI uri = new Path(input).toUri();
        if (uri.getScheme() != null && !"file".equals(uri.getScheme())) {
            return List.of();
        }
        String path = uri.getPath();
        StringBuilder root = new StringBuilder(path.startsWith("/") ? "/" : "");
        for (String part : path.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.matches(".*[*?\\[\\]{}\\\\].*")) {
                break;
            }
            root.append(root.length() == 0 || root.charAt(root.length() - 1) == '/' ? "" : "/").append(part);
        }
        if (root.length() == 0) {
            return List.of();
        }
        return List.of(java.nio.file.Path.of(root.toString()).toAbsolutePath().normalize().toString());
    }

    /**
     * The documents of one file, read as Spark pulls them; the file is closed when they run out,
     * or when the task ends first (a failed or cancelled task).
     */
    static Iterator<Ingested> documents(String name, PortableDataStream file, Container container) {
        InputStream in;
        try {
            in = file.open();
        } catch (Exception e) { // Scala declares no exceptions: an unreadable file throws IOException unannounced
            return List.<Ingested>of(new InputFailure(name, "cannot open: " + e.getMessage())).iterator();
        }
        DocumentStream docs = SOURCES.open(name, in, container);
        Runnable close = new Runnable() {
            private boolean closed;

            @Override
            public synchronized void run() {
                if (!closed) {
                    closed = true;
                    closeQuietly(docs);
                    closeQuietly(in); // also when the reader gave a single failure and left it open
                }
            }
        };
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((TaskCompletionListener) context -> close.run());
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                boolean more = docs.hasNext();
                if (!more) {
                    close.run();
                }
                return more;
            }

            @Override
            public Ingested next() {
                return docs.next();
            }
        };
    }

    private static void closeQuietly(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            // every document was read already, or the task is over: nothing is lost
        }
    }
}
