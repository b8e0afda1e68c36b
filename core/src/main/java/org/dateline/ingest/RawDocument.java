package org.dateline.ingest;

import org.dateline.model.InputRef;

/** An input's bytes and where they came from; nothing about language yet. */
public record RawDocument(InputRef origin, byte[] bytes) {}
