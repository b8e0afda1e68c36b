package org.dateline.server.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU time of this process's threads by name, from Linux's /proc (empty elsewhere): which share of
 * a benchmark's CPU went to the server's request threads, the client's, the JIT compilers and the
 * collector. A profiler's samples miss the last two and the kernel's work on sockets.
 */
final class ThreadCpu {
    private ThreadCpu() {}

    /** Clock ticks (10 ms) so far by thread name with its digits as {@code #}. */
    static Map<String, Long> ticks() {
        Map<String, Long> out = new TreeMap<>();
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path t : (Iterable<Path>) tasks::iterator) {
                try {
                    String name = Files.readString(t.resolve("comm")).strip().replaceAll("\\d+", "#");
                    String stat = Files.readString(t.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    out.merge(name, Long.parseLong(f[11]) + Long.parseLong(f[12]), Long::sum); // utime, stime
                } catch (IOException | RuntimeException e) {
                    // a thread that ended meanwhile
                }
            }
        } catch (IOException e) {
            return Map.of();
        }
        return out;
    }

    /** Milliseconds per unit of work by thread name since {@code before}, most first: " name 1.23; ...". */
    static String since(Map<String, Long> before, long units) {
        StringBuilder line = new StringBuilder();
        ticks().entrySet().stream()
            .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
            .filter(e -> e.getValue() > 0)
            .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
            .forEach(e -> line.append(String.format(" %s %.2f;", e.getKey(), e.getValue() * 10.0 / units)));
        return line.toString();
    }
}
