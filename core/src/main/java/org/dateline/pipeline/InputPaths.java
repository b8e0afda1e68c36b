package org.dateline.pipeline;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.dateline.ingest.InputFailure;
import org.dateline.model.ArticleRecord;
import org.dateline.model.InputRef;

/**
 * How a record names its input: relative to what the user named, never by an absolute path of the
 * machine that read it. Records travel (the store serves them over HTTP, exports are shared), and
 * {@code /home/alice/leaks/2023/x.html} says more about the archivist's machine than about the
 * article. A relative argument is kept as typed ({@code data/news/x.html}); an absolute one starts
 * at its own last name: the folder {@code /srv/archive/news} gives {@code news/2023/x.html}, the
 * file {@code /srv/archive/x.html} gives {@code x.html}. Failures on stderr keep the full path: they
 * are for the person at the terminal, who typed it.
 */
public final class InputPaths {
    private InputPaths() {}

    /** The name a record shows for {@code path}, found under one of the user's {@code arguments}. */
    public static String shown(List<String> arguments, String path) {
        String best = null;
        String bestPrefix = null;
        for (String argument : arguments) {
            String prefix = absolute(argument);
            if (prefix != null && within(path, prefix) && (bestPrefix == null || prefix.length() > bestPrefix.length())) {
                best = argument;
                bestPrefix = prefix;
            }
        }
        if (best == null) {
            return path;
        }
        Path name = Path.of(best).normalize().getFileName();
        String rest = path.length() == bestPrefix.length() ? "" : path.substring(bestPrefix.length()).replaceFirst("^[/\\\\]+", "");
        if (name == null) {
            return rest.isEmpty() ? path : rest; // the argument was a root: what is under it is the name
        }
        return rest.isEmpty() ? name.toString() : name + "/" + rest;
    }

    /** The record with its input (path and WARC file) named as {@link #shown} says. */
    public static ArticleRecord shown(List<String> arguments, ArticleRecord record) {
        InputRef in = record.input();
        if (in == null) {
            return record;
        }
        InputRef.Warc warc = in.warc() == null ? null
            : new InputRef.Warc(shown(arguments, in.warc().file()), in.warc().offset(), in.warc().length());
        InputRef renamed = new InputRef(in.path() == null ? null : shown(arguments, in.path()), in.format(), warc);
        return renamed.equals(in) ? record : record.withInput(renamed);
    }

    /** A listener that gets the batch's records with their inputs named as {@link #shown} says. */
    static Batch.Listener naming(List<String> arguments, Batch.Listener listener) {
        return new Batch.Listener() {
            @Override
            public void record(ArticleRecord record) {
                listener.record(shown(arguments, record));
            }

            @Override
            public void failure(InputFailure failure) {
                listener.failure(failure);
            }

            @Override
            public void progress(int done, int total, String path, int records) {
                listener.progress(done, total, path, records);
            }

            @Override
            public void idle() {
                listener.idle(); // the store commits while a slow document is analysed
            }
        };
    }

    /** The argument as the walk spells its paths, when it is absolute; null otherwise. */
    private static String absolute(String argument) {
        try {
            Path p = Path.of(argument);
            return p.isAbsolute() ? p.toString() : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static boolean within(String path, String prefix) {
        if (!path.startsWith(prefix)) {
            return false;
        }
        if (path.length() == prefix.length() || prefix.endsWith("/") || prefix.endsWith("\\")) {
            return true;
        }
        char next = path.charAt(prefix.length());
        return next == '/' || next == '\\';
    }
}
