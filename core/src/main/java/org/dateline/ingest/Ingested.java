package org.dateline.ingest;

/** What reading an input yields, one at a time: a document, or the failure of (part of) an input. */
public sealed interface Ingested permits RawDocument, InputFailure {}
