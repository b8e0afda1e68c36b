package org.dateline.spark;

import org.dateline.ingest.InputFailure;
import org.dateline.ingest.Ingested;
import org.dateline.ingest.RawDocument;
import org.dateline.json.RecordJson;
import org.dateline.pipeline.DocumentFailures;
import org.dateline.pipeline.Extraction;
import org.dateline.pipeline.InputFormat;
import org.dateline.pipeline.Pipeline;

/**
 * The CLI's extract → nlp → analyze chain, once per executor JVM: CoreNLP's models take tens of
 * seconds and gigabytes to load, so every task on the executor shares the one pipeline (it is
 * thread-safe) instead of building its own.
 */
final class Chain {
    private static Chain shared;

    private final Extraction extraction = new Extraction();
    private final Pipeline pipeline = Pipeline.standard();

    /** One document's result: the contract record as a JSON line, or why there is none. */
    record Result(String path, String json, String error) {}

    static synchronized Chain get() {
        if (shared == null) {
            shared = new Chain();
        }
        return shared;
    }

    /**
     * As the CLI's batch does it, by the same {@link DocumentFailures} rule and time budget: each
     * document, and each failure to read one, stands alone; one that exhausts the heap or the stack,
     * or runs over the budget, fails named, and the task goes on with the next.
     */
    Result run(Ingested item, InputFormat format) {
        if (item instanceof InputFailure f) {
            return new Result(f.path(), null, f.reason());
        }
        RawDocument raw = (RawDocument) item;
        DocumentFailures.Outcome<String> outcome = DocumentFailures.run(raw.label(), DocumentFailures.BUDGET,
            () -> RecordJson.toLine(pipeline.analyze(extraction.extract(raw, format, null))));
        return outcome.failure() == null ? new Result(raw.label(), outcome.value(), null)
            : new Result(raw.label(), null, outcome.failure().reason());
    }
}
