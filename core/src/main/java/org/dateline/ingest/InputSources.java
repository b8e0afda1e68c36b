package org.dateline.ingest;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.dateline.model.InputRef;

/**
 * Turns what the user named (files, folders, {@code -} for standard input) into raw documents, in
 * a stable order: folders recursively, entries sorted by name. A path that cannot be read becomes
 * a failure with its reason; the others still come.
 */
public final class InputSources {
    /** Inputs larger than this are refused instead of exhausting the heap. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private final InputStream stdin;

    public InputSources(InputStream stdin) {
        this.stdin = stdin;
    }

    /** Every path the arguments name, folders expanded; missing paths are reported, not dropped. */
    public List<String> expand(List<String> arguments, Consumer<InputFailure> failures) {
        List<String> paths = new ArrayList<>();
        for (String arg : arguments) {
            if (arg.equals("-")) {
                paths.add(arg);
                continue;
            }
            Path p = Path.of(arg);
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).map(Path::toString).sorted().forEach(paths::add);
                } catch (IOException e) {
                    failures.accept(new InputFailure(arg, "cannot list folder: " + e.getMessage()));
                }
            } else if (Files.isRegularFile(p)) {
                paths.add(arg);
            } else {
                failures.accept(new InputFailure(arg, Files.exists(p) ? "not a regular file" : "no such file"));
            }
        }
        return paths;
    }

    /** Reads one path (or stdin), gunzipping {@code .gz} and gzip-magic content transparently. */
    public RawDocument read(String path, String format) throws InputException {
        byte[] bytes;
        try (InputStream in = path.equals("-") ? stdin : Files.newInputStream(Path.of(path))) {
            bytes = readBounded(in, path);
        } catch (IOException e) {
            throw new InputException("cannot read: " + e.getMessage(), e);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B) {
            bytes = gunzip(bytes, path);
        }
        return new RawDocument(InputRef.of(path.equals("-") ? "<stdin>" : path, format), bytes);
    }

    private static byte[] gunzip(byte[] bytes, String path) throws InputException {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            return readBounded(in, path);
        } catch (EOFException e) {
            throw new InputException("truncated gzip data (unexpected end of stream)", e);
        } catch (ZipException e) {
            throw new InputException("corrupt gzip data: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new InputException("cannot decompress: " + e.getMessage(), e);
        }
    }

    private static byte[] readBounded(InputStream in, String path) throws IOException, InputException {
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
}
