package org.dateline.pipeline;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.dateline.ingest.InputException;
import org.dateline.ingest.InputFailure;

/**
 * The one rule for what a document's failure is, shared by the CLI's batch and the Spark job so
 * that the same input fails the same way on both.
 *
 * <p>A document fails alone, named by its label, when:
 * <ul>
 *   <li>it is a bad input ({@link InputException}): its message says why;
 *   <li>the analysis throws a {@link RuntimeException}: a defect met by this input, which other
 *       documents need not meet;
 *   <li>it is beyond the analysers' limits: {@link StackOverflowError} (a parse of a pathological
 *       sentence recursing too deep) or {@link OutOfMemoryError} (one huge document; its memory is
 *       freed as its stack unwinds, so the next document starts afresh);
 *   <li>its work takes longer than the time budget: it is stopped (CoreNLP's tagger, recogniser and
 *       parser give up when interrupted) and abandoned if it does not stop.
 * </ul>
 * Every other {@link Error} ({@link LinkageError} from a broken class path, {@link InternalError},
 * other virtual machine errors) says the run itself is broken: it would fail every document the
 * same way, so it is rethrown and takes the run down rather than turn into a failure per document.
 *
 * <p>The budget is a backstop, not the way long texts are handled: the language stage bounds its own
 * work by length ({@link org.dateline.nlp.NlpConfig}), so that a record is the same on a busy
 * machine as on an idle one. A document that still runs over the budget gives no record at all
 * rather than one that depends on how loaded the machine was.
 */
public final class DocumentFailures {
    /** Far beyond what the longest text the language stage takes on costs on one loaded core. */
    public static final Duration BUDGET = Duration.ofMinutes(10);

    /**
     * Where documents with a budget run: a thread each, so that the caller can stop waiting for
     * one. Daemon threads, made as needed and kept a minute: a stuck document never holds up the
     * JVM's exit, and one abandoned does not take a thread from the others.
     */
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "dateline-document");
        t.setDaemon(true);
        return t;
    });

    private DocumentFailures() {}

    /** One document's work: extraction and analysis, which may reject a bad input. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws InputException;
    }

    /** One document's result: exactly one of the two is set. */
    public record Outcome<T>(T value, InputFailure failure) {
        public static <T> Outcome<T> failed(InputFailure failure) {
            return new Outcome<>(null, failure);
        }
    }

    /**
     * Runs one document's {@code work} on this thread; a failure that is this document's alone
     * becomes its {@link InputFailure} named {@code label}, anything else is rethrown.
     */
    public static <T> Outcome<T> run(String label, Work<T> work) {
        try {
            return new Outcome<>(work.run(), null);
        } catch (InputException e) {
            return Outcome.failed(new InputFailure(label, e.getMessage()));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return Outcome.failed(failure(label, "analysis failed: ", e));
        }
    }

    /**
     * As {@link #run(String, Work)}, within {@code budget}: a document whose work is not done by
     * then is interrupted and fails, named, with the budget as its reason; the caller waits no
     * longer, whether the work stops or not.
     */
    public static <T> Outcome<T> run(String label, Duration budget, Work<T> work) {
        Future<Outcome<T>> future = WORKERS.submit(() -> run(label, work));
        try {
            return future.get(budget.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | CancellationException e) {
            future.cancel(true);
            return Outcome.failed(new InputFailure(label, "analysis stopped: it took longer than the time budget of "
                + say(budget)));
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return Outcome.failed(new InputFailure(label, "analysis stopped: the run was interrupted"));
        } catch (ExecutionException e) {
            // Only what run(label, work) rethrows gets here: the run's own breakage.
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("document work failed outside its own error handling", e.getCause());
        }
    }

    /**
     * Whether {@code t}, met while reading or analysing one document, is that document's alone
     * (see the class comment); a reader of inputs applies the same rule to what it reads.
     */
    public static boolean documentsOwn(Throwable t) {
        return t instanceof InputException || t instanceof RuntimeException || t instanceof StackOverflowError
            || t instanceof OutOfMemoryError;
    }

    /** The failure {@code t} makes of the document {@code label}: {@code what} and the error, on one line. */
    public static InputFailure failure(String label, String what, Throwable t) {
        return new InputFailure(label, what + t);
    }

    /** A budget as a person says it: "10 minutes", "90 seconds", "500 ms". */
    static String say(Duration d) {
        if (d.toMillis() % 1000 != 0) {
            return d.toMillis() + " ms";
        }
        long s = d.toSeconds();
        return s % 60 == 0 ? (s / 60) + (s == 60 ? " minute" : " minutes") : s + (s == 1 ? " second" : " seconds");
    }
}
