package org.dateline.ingest;

import java.io.Serializable;

/**
 * What reading an input yields, one at a time: a document, or the failure of (part of) an input.
 * Serializable because documents may travel between JVMs (the Spark job's executors).
 */
public sealed interface Ingested extends Serializable permits RawDocument, InputFailure {}
