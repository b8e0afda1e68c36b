package org.dateline.pipeline;

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
 *       freed as its stack unwinds, so the next document starts afresh).
 * </ul>
 * Every other {@link Error} ({@link LinkageError} from a broken class path, {@link InternalError},
 * other virtual machine errors) says the run itself is broken: it would fail every document the
 * same way, so it is rethrown and takes the run down rather than turn into a failure per document.
 */
public final class DocumentFailures {
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
     * Runs one document's {@code work}; a failure that is this document's alone becomes its
     * {@link InputFailure} named {@code label}, anything else is rethrown.
     */
    public static <T> Outcome<T> run(String label, Work<T> work) {
        try {
            return new Outcome<>(work.run(), null);
        } catch (InputException e) {
            return Outcome.failed(new InputFailure(label, e.getMessage()));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return Outcome.failed(new InputFailure(label, "analysis failed: " + e));
        }
    }
}
