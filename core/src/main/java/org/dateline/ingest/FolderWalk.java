package org.dateline.ingest;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One named path expanded into the files to read, every other entry named with a reason: a folder
 * that cannot be listed, a symbolic link that dangles or loops, a FIFO, a device, a socket. Nothing
 * found is dropped without a word, and nothing thrown while walking escapes: a folder that fails
 * is one failure and the walk goes on beside it.
 *
 * <p>Symbolic links are followed, to files and to folders alike (the user linked them for a
 * reason); a link back to a folder being walked is a loop, named, not followed, and a folder
 * reached a second time through another link is named, not read twice, which also keeps a
 * hostile web of links from making the walk exponential. The walk keeps its own stack, so a
 * tree thousands of folders deep cannot overflow the thread's.
 */
final class FolderWalk {
    /** Lists a folder's entries. Tests replace it: the superuser can list any folder on disk. */
    @FunctionalInterface
    interface Lister {
        List<Path> list(Path folder) throws IOException;
    }

    static final Lister FILE_SYSTEM = folder -> {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            for (Path entry : stream) {
                entries.add(entry);
            }
        } catch (DirectoryIteratorException e) {
            throw e.getCause();
        }
        return entries;
    };

    /** What a walk found: files to read and paths not read, each sorted by path. */
    record Found(List<String> files, List<InputFailure> failures) {}

    /** A folder on the way down, so that a link back to one of them is seen as a loop. */
    private record Folder(Path path, Object key, Folder parent) {}

    private record Step(Path path, Folder parent) {}

    private final Lister lister;

    FolderWalk(Lister lister) {
        this.lister = lister;
    }

    /** The files at or under {@code start}, and every path there that is not read, with why. */
    Found walk(Path start) {
        List<String> files = new ArrayList<>();
        List<InputFailure> failures = new ArrayList<>();
        Map<Object, Path> walked = new HashMap<>();
        Deque<Step> todo = new ArrayDeque<>();
        todo.push(new Step(start, null));
        while (!todo.isEmpty()) {
            Step step = todo.pop();
            Path path = step.path();
            PathKind kind = PathKind.of(path);
            if (kind.isFile()) {
                files.add(path.toString());
            } else if (!kind.isFolder()) {
                failures.add(new InputFailure(path.toString(), kind.problem()));
            } else {
                Object key = key(path, kind);
                Folder loop = ancestor(step.parent(), key);
                if (loop != null) {
                    failures.add(new InputFailure(path.toString(),
                        "symbolic link loop (leads back to the folder '" + loop.path() + "'); not followed"));
                    continue;
                }
                Path first = walked.putIfAbsent(key, path);
                if (first != null) {
                    failures.add(new InputFailure(path.toString(),
                        "a link to the folder '" + first + "', read already; not read twice"));
                    continue;
                }
                Folder here = new Folder(path, key, step.parent());
                try {
                    List<Path> entries = new ArrayList<>(lister.list(path));
                    // Pushed last-first, so they are walked in name order: "read already" then
                    // names the later path, whatever order the disk lists them in.
                    entries.sort(Comparator.reverseOrder());
                    for (Path entry : entries) {
                        todo.push(new Step(entry, here));
                    }
                } catch (IOException | RuntimeException e) {
                    failures.add(new InputFailure(path.toString(), "cannot list folder: " + Failures.reason(e)));
                }
            }
        }
        // In name order, as the contract promises: a record's place must not depend on the disk's.
        files.sort(Comparator.naturalOrder());
        failures.sort(Comparator.comparing(InputFailure::path));
        return new Found(files, failures);
    }

    /** The folder's identity (device and inode where the platform has them), however it was reached. */
    private static Object key(Path folder, PathKind kind) {
        Object key = kind.attributes().fileKey();
        if (key != null) {
            return key;
        }
        try {
            return folder.toRealPath();
        } catch (IOException | RuntimeException e) {
            return folder.toAbsolutePath().normalize();
        }
    }

    private static Folder ancestor(Folder from, Object key) {
        for (Folder f = from; f != null; f = f.parent()) {
            if (f.key().equals(key)) {
                return f;
            }
        }
        return null;
    }
}
