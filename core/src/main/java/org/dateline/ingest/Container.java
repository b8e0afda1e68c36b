package org.dateline.ingest;

import org.dateline.model.InputRef;

/** What kind of file an input is: one document, or a container of many. */
public enum Container {
    /** One page or text: the whole file is one document. */
    DOCUMENT(InputRef.Format.TEXT),
    /** A WARC or ARC web archive: every HTML response is a document. */
    WARC(InputRef.Format.WARC),
    /** An RSS feed (0.9x, 1.0 or 2.0): every item is a document. */
    RSS(InputRef.Format.RSS),
    /** An Atom feed: every entry is a document. */
    ATOM(InputRef.Format.ATOM),
    /** JSON Lines in news-please style: every line is a document. */
    JSONL(InputRef.Format.JSONL);

    private final InputRef.Format recordFormat;

    Container(InputRef.Format recordFormat) {
        this.recordFormat = recordFormat;
    }

    /** The contract's {@code input.format} value for documents from this container. */
    public InputRef.Format recordFormat() {
        return recordFormat;
    }
}
