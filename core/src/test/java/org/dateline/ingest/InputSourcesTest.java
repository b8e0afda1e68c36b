package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every path named or found in a folder is read or named with its reason; none blocks, none ends the walk. */
class InputSourcesTest {
    @TempDir
    Path dir;

    private record Expanded(List<String> files, Map<String, String> failures) {}

    private static Expanded expand(InputSources sources, String... args) {
        Map<String, String> failures = new TreeMap<>();
        List<String> files = sources.expand(List.of(args), f -> failures.put(f.path(), f.reason()));
        return new Expanded(files, failures);
    }

    private static Expanded expand(String... args) {
        return expand(new InputSources(InputStream.nullInputStream()), args);
    }

    private Path file(String name) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, "Talks resumed in Brussels on Monday, officials said.");
    }

    /** A FIFO, made by mkfifo(1): Java has no call for it. */
    private Path fifo(String name) throws IOException, InterruptedException {
        Path p = dir.resolve(name);
        Process mk = new ProcessBuilder("mkfifo", p.toString()).redirectErrorStream(true).start();
        assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo is available");
        return p;
    }

    @Test
    void folderEntriesThatAreNotFilesAreNamedWithTheirReason() throws Exception {
        Path good = file("a/good.txt");
        Path pipe = fifo("a/pipe");
        Path dangling = Files.createSymbolicLink(dir.resolve("a/dangling"), Path.of("nowhere.txt"));
        Path loop1 = dir.resolve("a/loop1");
        Files.createSymbolicLink(loop1, Path.of("loop2"));
        Path loop2 = Files.createSymbolicLink(dir.resolve("a/loop2"), Path.of("loop1"));
        Path self = Files.createSymbolicLink(dir.resolve("a/self"), Path.of("."));
        Path sock = dir.resolve("a/sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(sock));

            Expanded e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> expand(dir.resolve("a").toString()));

            assertThat(e.files()).containsExactly(good.toString());
            assertThat(e.failures()).containsOnlyKeys(pipe.toString(), dangling.toString(), loop1.toString(),
                loop2.toString(), self.toString(), sock.toString());
            assertThat(e.failures().get(pipe.toString())).isEqualTo(
                "a named pipe (FIFO), not a regular file: not read (to read one, give it as standard input: - < FIFO)");
            assertThat(e.failures().get(dangling.toString())).isEqualTo("dangling symbolic link (its target 'nowhere.txt' does not exist)");
            assertThat(e.failures().get(loop1.toString())).isEqualTo("symbolic link loop");
            assertThat(e.failures().get(loop2.toString())).isEqualTo("symbolic link loop");
            assertThat(e.failures().get(self.toString())).startsWith("symbolic link loop (leads back to the folder '" + dir.resolve("a"));
            assertThat(e.failures().get(sock.toString())).isEqualTo("a socket, not a regular file: not read");
        }
    }

    /** Regression: a FIFO was skipped without a word; opened, it would have blocked the run for good. */
    @Test
    void aFifoNamedOnTheCommandLineIsNamedAndNeverOpened() throws Exception {
        Path pipe = fifo("pipe");
        Expanded e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> expand(pipe.toString()));
        assertThat(e.files()).isEmpty();
        assertThat(e.failures()).containsOnlyKeys(pipe.toString());

        // open() checks too: a caller that skipped expand() must not block either.
        List<Ingested> items = new ArrayList<>();
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try (DocumentStream docs = new InputSources(InputStream.nullInputStream()).open(pipe.toString(), null)) {
                docs.forEachRemaining(items::add);
            }
        });
        assertThat(items).singleElement().isInstanceOf(InputFailure.class)
            .extracting(i -> ((InputFailure) i).reason()).asString().startsWith("a named pipe (FIFO");
    }

    @Test
    void aDeviceIsNamedNotRead() {
        assumeTrue(Files.exists(Path.of("/dev/null")), "a Unix /dev/null");
        Expanded e = expand("/dev/null");
        assertThat(e.files()).isEmpty();
        assertThat(e.failures()).containsEntry("/dev/null", "a character device, not a regular file: not read");
    }

    /**
     * Found by the folder fuzzer: a link out of the tree reached "/" and the walk went on into /proc,
     * whose files may be endless (kcore) or block (kmsg). Links into the kernel's pseudo file
     * systems are named, not followed.
     */
    @Test
    void linksIntoProcAreNamedNotFollowed() throws IOException {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "a Linux /proc");
        Path good = file("in/good.txt");
        Path proc = Files.createSymbolicLink(dir.resolve("in/proc"), Path.of("/proc"));
        Path kmsg = Files.createSymbolicLink(dir.resolve("in/kmsg"), Path.of("/proc/kmsg"));
        Path version = Files.createSymbolicLink(dir.resolve("in/version"), Path.of("/proc/version"));

        Expanded e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> expand(dir.resolve("in").toString()));

        assertThat(e.files()).containsExactly(good.toString());
        assertThat(e.failures()).containsOnlyKeys(proc.toString(), kmsg.toString(), version.toString());
        assertThat(e.failures().get(version.toString()))
            .isEqualTo("on the kernel's 'proc' file system, whose files may never end or block: not read");
    }

    /**
     * Regression: an AccessDeniedException from a subfolder escaped the walk unchecked and ended the
     * run, so even inputs named separately were never read. Listing is made to fail through the
     * lister, since the superuser (who runs tests in containers) may list any folder.
     */
    @Test
    void aFolderThatCannotBeListedIsNamedAndTheRestIsStillRead() throws IOException {
        Path before = file("in/a.txt");
        Path locked = Files.createDirectories(dir.resolve("in/locked"));
        file("in/locked/hidden.txt");
        Path after = file("in/z.txt");
        Path separate = file("separate.txt");
        InputSources sources = new InputSources(InputStream.nullInputStream(), folder -> {
            if (folder.equals(locked)) {
                throw new AccessDeniedException(folder.toString());
            }
            return FolderWalk.FILE_SYSTEM.list(folder);
        });

        Expanded e = expand(sources, dir.resolve("in").toString(), separate.toString());

        assertThat(e.files()).containsExactly(before.toString(), after.toString(), separate.toString());
        assertThat(e.failures()).containsExactly(Map.entry(locked.toString(), "cannot list folder: permission denied"));
    }

    /** The same on a real unreadable folder, where the tests do not run as the superuser. */
    @Test
    void aFolderWithoutReadPermissionIsNamed() throws IOException {
        Path locked = Files.createDirectories(dir.resolve("locked"));
        file("locked/hidden.txt");
        Path good = file("good.txt");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeTrue(!Files.isReadable(locked), "not run as the superuser");
            Expanded e = expand(dir.toString());
            assertThat(e.files()).containsExactly(good.toString());
            assertThat(e.failures()).containsExactly(Map.entry(locked.toString(), "cannot list folder: permission denied"));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void linksToFilesAndFoldersAreFollowed() throws IOException {
        Path target = file("elsewhere/story.txt");
        Files.createDirectories(dir.resolve("in"));
        Path fileLink = Files.createSymbolicLink(dir.resolve("in/link.txt"), target);
        Files.createSymbolicLink(dir.resolve("in/folder"), dir.resolve("elsewhere"));

        Expanded e = expand(dir.resolve("in").toString());

        assertThat(e.files()).containsExactly(dir.resolve("in/folder/story.txt").toString(), fileLink.toString());
        assertThat(e.failures()).isEmpty();
    }

    /** A folder reached again through another link is named once, not read twice (nor exponentially often). */
    @Test
    void aFolderReachedTwiceIsReadOnce() throws IOException {
        Path story = file("in/2023-03/story.txt");
        Path latest = Files.createSymbolicLink(dir.resolve("in/latest"), Path.of("2023-03"));
        Path a = Files.createDirectories(dir.resolve("in/web"));
        for (int i = 0; i < 30; i++) { // 2^30 paths if every link were followed
            Path next = Files.createDirectories(a.resolve("n"));
            Files.createSymbolicLink(a.resolve("x"), Path.of("n"));
            Files.createSymbolicLink(a.resolve("y"), Path.of("n"));
            a = next;
        }

        Expanded e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> expand(dir.resolve("in").toString()));

        assertThat(e.files()).containsExactly(story.toString());
        assertThat(e.failures()).containsEntry(latest.toString(),
            "a link to the folder '" + dir.resolve("in/2023-03") + "', read already; not read twice");
        assertThat(e.failures()).hasSize(61);
    }

    @Test
    void filesComeInNameOrderAndMissingOrInvalidArgumentsAreNamed() throws IOException {
        Path b = file("f/b.txt");
        Path a = file("f/a/x.txt");
        Path dash = file("f/a-b.txt");

        Expanded e = expand(dir.resolve("f").toString(), dir.resolve("missing.txt").toString(), "bad\0path");

        // Whole paths in string order, as before the walk was rewritten: "a-b.txt" sorts before "a/x.txt".
        assertThat(e.files()).containsExactly(dash.toString(), a.toString(), b.toString());
        assertThat(e.failures()).containsEntry(dir.resolve("missing.txt").toString(), "no such file")
            .containsKey("bad\0path");
        assertThat(e.failures().get("bad\0path")).startsWith("not a valid path");
    }
}
