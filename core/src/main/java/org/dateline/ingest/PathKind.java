package org.dateline.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotLinkException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a path the user named, or one found in a folder, turns out to be once symbolic links are
 * followed: a file to read, a folder to walk, or something that is neither, with the reason a
 * person needs (a dangling link names its target, a FIFO says it was not opened). Nothing here
 * opens a file, so a FIFO or a device is never read and never blocks the run.
 *
 * @param attributes the followed path's attributes; null when {@code problem} is set
 * @param problem why the path is not read, or null when it is a regular file or a folder
 */
record PathKind(BasicFileAttributes attributes, String problem) {
    /** More hops than this through symbolic links is a loop (Linux gives up after 40). */
    private static final int MAX_HOPS = 64;

    boolean isFile() {
        return attributes != null && attributes.isRegularFile();
    }

    boolean isFolder() {
        return attributes != null && attributes.isDirectory();
    }

    static PathKind of(Path path) {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException | RuntimeException e) {
            // NoSuchFile, a link loop (ELOOP), permission denied on the way, a security manager...
            return new PathKind(null, Files.isSymbolicLink(path) ? brokenLink(path, e) : Failures.reason(e));
        }
        if (a.isRegularFile() || a.isDirectory()) {
            String pseudo = pseudoFileSystem(path);
            return pseudo == null ? new PathKind(a, null) : new PathKind(null, "on the kernel's '" + pseudo
                + "' file system, whose files may never end or block: not read");
        }
        String kind = special(path);
        return new PathKind(null, kind + ", not a regular file: not read"
            + (kind.startsWith("a named pipe") ? " (to read one, give it as standard input: - < FIFO)" : ""));
    }

    /**
     * Why a symbolic link leads to nothing readable. The chain is followed by hand rather than by
     * reading the operating system's message, which may be in the user's language.
     */
    private static String brokenLink(Path link, Exception failure) {
        Set<Path> seen = new HashSet<>();
        Path at = link;
        for (int hop = 0; hop < MAX_HOPS; hop++) {
            Path target;
            try {
                target = Files.readSymbolicLink(at);
            } catch (NotLinkException e) {
                break; // the chain ends at something that exists: the failure was elsewhere
            } catch (IOException | RuntimeException e) {
                return "unreadable symbolic link: " + Failures.reason(e);
            }
            Path parent = at.toAbsolutePath().getParent();
            Path next = (parent == null ? target : parent.resolve(target)).normalize();
            if (!seen.add(next)) {
                return "symbolic link loop";
            }
            if (!Files.exists(next, LinkOption.NOFOLLOW_LINKS)) {
                return "dangling symbolic link (its target '" + target + "' does not exist)";
            }
            at = next;
        }
        if (seen.size() >= MAX_HOPS) {
            return "symbolic link loop";
        }
        return failure instanceof NoSuchFileException ? "dangling symbolic link"
            : "symbolic link to an unreadable target: " + Failures.reason(failure);
    }

    /**
     * The kernel's pseudo file systems: their "regular files" may be endless ({@code /proc/kcore})
     * or block until the kernel writes ({@code /proc/kmsg}), and a link to {@code /} would walk
     * into them. A closed list of the kernel's own type names, not knowledge to tune.
     */
    private static final Set<String> PSEUDO = Set.of("proc", "sysfs", "debugfs", "tracefs", "securityfs", "devtmpfs",
        "devpts", "cgroup", "cgroup2", "pstore", "bpf", "configfs", "fusectl", "mqueue", "efivarfs", "binfmt_misc",
        "autofs", "rpc_pipefs", "nsfs", "hugetlbfs");

    /** File system types by device, so that each device's mount entry is looked up once. */
    private static final Map<Object, String> TYPES = new ConcurrentHashMap<>();

    /** The type of the pseudo file system {@code path} lies on, or null. */
    private static String pseudoFileSystem(Path path) {
        try {
            Object device = Files.getAttribute(path, "unix:dev");
            String type = TYPES.computeIfAbsent(device, d -> {
                try {
                    return Files.getFileStore(path).type();
                } catch (IOException | RuntimeException e) {
                    return "";
                }
            });
            return PSEUDO.contains(type) ? type : null;
        } catch (IOException | RuntimeException e) {
            return null; // no "unix" attribute view on this platform: no such file systems either
        }
    }

    /** A FIFO, a device or a socket, as the file's mode says; "special file" where the mode cannot be read. */
    private static String special(Path path) {
        try {
            int mode = (Integer) Files.getAttribute(path, "unix:mode");
            switch (mode & 0170000) {
                case 0010000:
                    return "a named pipe (FIFO)";
                case 0020000:
                    return "a character device";
                case 0060000:
                    return "a block device";
                case 0140000:
                    return "a socket";
                default:
                    break;
            }
        } catch (IOException | RuntimeException e) {
            // no "unix" attribute view on this platform
        }
        return "a special file";
    }
}
