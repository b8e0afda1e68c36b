package org.dateline.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The documents of one input, read lazily so a multi-gigabyte archive never sits in memory. A
 * reader that hits a bad document yields an {@link InputFailure} for it and goes on; one that hits
 * broken data it cannot get past (a truncated archive) yields a failure and ends. What it yielded
 * before stands.
 */
public abstract class DocumentStream implements Iterator<Ingested>, Closeable {
    private Ingested next;
    private boolean done;

    /** The next document or failure, or null at the end. */
    protected abstract Ingested read() throws IOException, InputException;

    /** The name failures carry. */
    protected abstract String name();

    @Override
    public final boolean hasNext() {
        if (next == null && !done) {
            try {
                next = read();
            } catch (InputException e) {
                next = new InputFailure(name(), e.getMessage());
                done = true;
            } catch (IOException | RuntimeException | StackOverflowError e) {
                // The reader cannot resynchronise after broken data: report it and stop here.
                next = new InputFailure(name(), Failures.reason(e));
                done = true;
            }
            done = next == null || done;
        }
        return next != null;
    }

    @Override
    public final Ingested next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Ingested n = next;
        next = null;
        return n;
    }

    @Override
    public void close() throws IOException {}

    /** A stream of exactly one item. */
    public static DocumentStream of(String name, Ingested only) {
        return new DocumentStream() {
            private boolean given;

            @Override
            protected Ingested read() {
                if (given) {
                    return null;
                }
                given = true;
                return only;
            }

            @Override
            protected String name() {
                return name;
            }
        };
    }
}
