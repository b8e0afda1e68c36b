package org.dateline.ingest;

/** What kind of file an input is: one document, or a container of many. */
public enum Container {
    /** One page or text: the whole file is one document. */
    DOCUMENT("text"),
    /** A WARC or ARC web archive: every HTML response is a document. */
    WARC("warc"),
    /** An RSS feed (0.9x, 1.0 or 2.0): every item is a document. */
    RSS("rss"),
    /** An Atom feed: every entry is a document. */
    ATOM("atom"),
    /** JSON Lines in news-please style: every line is a document. */
    JSONL("jsonl");

    private final String contractName;

    Container(String contractName) {
        this.contractName = contractName;
    }

    /** The contract's {@code input.format} value for documents from this container. */
    public String contractName() {
        return contractName;
    }
}
