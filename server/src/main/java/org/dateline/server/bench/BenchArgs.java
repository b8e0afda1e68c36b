package org.dateline.server.bench;

/** The benchmarks' command-line options: {@code --name value} pairs. */
final class BenchArgs {
    private BenchArgs() {}

    /** The value after {@code name} in {@code args}, or {@code fallback} when it is not given. */
    static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
