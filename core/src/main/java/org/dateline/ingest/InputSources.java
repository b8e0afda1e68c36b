package org.dateline.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.dateline.model.InputRef;

/**
 * Turns what the user named (files, folders, {@code -} for standard input) into documents, in a
 * stable order: folders recursively, entries sorted by name. One input may hold many documents
 * (feeds, web archives, JSON Lines); {@link #open} streams them. A path that cannot be read becomes
 * a failure with its reason; the others still come.
 */
public final class InputSources {
    /** Single documents larger than this are refused instead of exhausting the heap. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private final InputStream stdin;
    private final FolderWalk walk;

    public InputSources(InputStream stdin) {
        this(stdin, FolderWalk.FILE_SYSTEM);
    }

    /** With folders listed by {@code lister}: how a test makes a folder unreadable to the superuser. */
    InputSources(InputStream stdin, FolderWalk.Lister lister) {
        this.stdin = stdin;
        this.walk = new FolderWalk(lister);
    }

    /**
     * Every file the arguments name, folders expanded (recursively, in name order). Every other
     * path is reported with its reason, never dropped: a missing path, a folder that cannot be
     * listed, a dangling or looping symbolic link, a FIFO, a device or a socket (none of which is
     * opened, so none can block the run). A bad argument never keeps the others from being read.
     */
    public List<String> expand(List<String> arguments, Consumer<InputFailure> failures) {
        List<String> paths = new ArrayList<>();
        for (String arg : arguments) {
            if (arg.equals("-")) {
                paths.add(arg);
                continue;
            }
            Path p;
            try {
                p = Path.of(arg);
            } catch (InvalidPathException e) {
                failures.accept(new InputFailure(arg, "not a valid path: " + e.getReason()));
                continue;
            }
            FolderWalk.Found found = walk.walk(p);
            found.failures().forEach(failures);
            paths.addAll(found.files());
        }
        return paths;
    }

    /**
     * The documents of one path (or stdin). With {@code container} null the content decides;
     * gzip is undone transparently either way (WARCs keep their per-record gzip, which jwarc reads
     * and whose offsets are what a replay tool seeks to; see {@link WarcFiles}).
     */
    public DocumentStream open(String path, Container container) {
        String name = displayName(path);
        if (path.equals("-")) {
            return open(name, stdin, container, null);
        }
        try {
            // Checked again here, not only when folders were walked: opening a FIFO would block.
            PathKind kind = PathKind.of(Path.of(path));
            if (!kind.isFile()) {
                return DocumentStream.of(name, new InputFailure(name, kind.isFolder() ? "a folder, not a file" : kind.problem()));
            }
            return open(name, Files.newInputStream(Path.of(path)), container, Path.of(path));
        } catch (IOException | RuntimeException e) {
            return DocumentStream.of(name, new InputFailure(name, "cannot read: " + Failures.reason(e)));
        }
    }

    /**
     * The documents of a stream that is not a local file (a Hadoop file system's, say), read as
     * {@link #open(String, Container)} reads a file, forward only: WARC offsets count from the
     * stream's start. {@code name} is what records and failures are named by; closing the returned
     * stream closes {@code in}, except when it gave a single failure (then it is the caller's).
     */
    public DocumentStream open(String name, InputStream in, Container container) {
        return open(name, in, container, null);
    }

    /** {@code file}, when given, is where {@code stream} comes from: a WARC is then read through a channel. */
    private DocumentStream open(String name, InputStream stream, Container container, Path file) {
        try {
            InputStream in = new BufferedInputStream(stream, 1 << 16);
            in.mark(1 << 16);
            byte[] head = in.readNBytes(Sniffer.HEAD);
            in.reset();
            if (Sniffer.isZstd(head)) {
                // Said outright rather than refused later as "binary data": a .warc.zst is common.
                return DocumentStream.of(name, new InputFailure(name, "zstd-compressed data: not supported; decompress it"
                    + " first (zstd -d)"));
            }
            boolean gzip = Sniffer.isGzip(head);
            byte[] plainHead = gzip ? gunzipHead(in) : head;
            Container kind = container != null ? container : Sniffer.detect(plainHead);
            if (kind == Container.WARC) {
                return WarcFiles.open(name, in, file, gzip);
            }
            InputStream plain = gzip ? new GZIPInputStream(in, 1 << 16) : in;
            if (kind == Container.JSONL) {
                return new JsonLinesDocuments(name, plain, Sniffer.charset(plainHead));
            }
            byte[] bytes = readAll(plain, gzip);
            if (kind == Container.RSS || kind == Container.ATOM
                || container == null && Sniffer.feedAfterLongProlog(plainHead, bytes) != null) {
                return FeedDocuments.read(name, bytes);
            }
            return DocumentStream.of(name, new RawDocument(InputRef.of(name, Container.DOCUMENT.recordFormat()), bytes));
        } catch (InputException e) {
            return DocumentStream.of(name, new InputFailure(name, e.getMessage()));
        } catch (IOException | RuntimeException e) {
            return DocumentStream.of(name, new InputFailure(name, "cannot read: " + Failures.reason(e)));
        }
    }

    private static byte[] gunzipHead(InputStream marked) throws IOException {
        marked.mark(1 << 16);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            // Reads at most Sniffer.HEAD bytes of output, so a truncated or corrupt stream only
            // shortens the head; the real reader reports the damage.
            InputStream z = new GZIPInputStream(new BoundedInput(marked, (1 << 16) - 1024), 512);
            byte[] buffer = new byte[Sniffer.HEAD];
            int n;
            while (out.size() < Sniffer.HEAD && (n = z.read(buffer, 0, Sniffer.HEAD - out.size())) > 0) {
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            // keep what came out
        } finally {
            marked.reset();
        }
        return out.toByteArray();
    }

    private static byte[] readAll(InputStream in, boolean gzip) throws InputException {
        try (in) {
            return readBounded(in);
        } catch (EOFException e) {
            throw new InputException(gzip ? "truncated gzip data (unexpected end of stream)" : "truncated data", e);
        } catch (ZipException e) {
            throw new InputException("corrupt gzip data: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new InputException((gzip ? "cannot decompress: " : "cannot read: ") + e.getMessage(), e);
        }
    }

    private static byte[] readBounded(InputStream in) throws IOException, InputException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[65536];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > MAX_BYTES) {
                throw new InputException("larger than " + (MAX_BYTES >> 20) + " MiB; refused");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    static String displayName(String path) {
        return path.equals("-") ? "<stdin>" : path;
    }
}
