package org.dateline.ingest;

import org.dateline.model.InputRef;

/**
 * One document's bytes and where they came from; nothing about language yet. A file may hold many
 * (a feed's items, a WARC's responses, a JSON Lines file's lines), each with its own origin.
 *
 * @param payload what the bytes are, when the container already says so
 * @param meta what the container said about the document (a feed item's title, a WARC's URL)
 * @param line the document's 1-based line in its file when the container is line-based (JSON
 *     Lines), else 0
 */
public record RawDocument(InputRef origin, byte[] bytes, Payload payload, ItemMeta meta, long line)
    implements Ingested {
    /** What a document's bytes hold. */
    public enum Payload {
        /** Unknown: read as the user asked ({@code --as}) or as the content shows. */
        AS_REQUESTED,
        /** HTML markup (a WARC response, a feed item's content, a JSON Lines record's html). */
        HTML,
        /** The article body itself (a JSON Lines record's maintext, a feed stub's summary). */
        BODY
    }

    public RawDocument {
        payload = payload == null ? Payload.AS_REQUESTED : payload;
        meta = meta == null ? ItemMeta.NONE : meta;
    }

    /** A document that is not a line of its file. */
    public RawDocument(InputRef origin, byte[] bytes, Payload payload, ItemMeta meta) {
        this(origin, bytes, payload, meta, 0);
    }

    /**
     * The input's path, and inside a container where the document sits: what its failure is named
     * by. {@code crawl.warc.gz@1234} (a WARC record's offset), {@code news.jsonl:7} (a line, as a
     * line that does not read is named), then the URL when the container gave one.
     */
    public String label() {
        if (origin.warc() != null) {
            return origin.path() + "@" + origin.warc().offset();
        }
        String where = line > 0 ? origin.path() + ":" + line : origin.path();
        return meta.url() == null ? where : where + " (" + meta.url() + ")";
    }

    /** A whole file whose content decides what it is. */
    public RawDocument(InputRef origin, byte[] bytes) {
        this(origin, bytes, Payload.AS_REQUESTED, ItemMeta.NONE);
    }
}
