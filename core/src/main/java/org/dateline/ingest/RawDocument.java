package org.dateline.ingest;

import org.dateline.model.InputRef;

/**
 * One document's bytes and where they came from; nothing about language yet. A file may hold many
 * (a feed's items, a WARC's responses, a JSON Lines file's lines), each with its own origin.
 *
 * @param payload what the bytes are, when the container already says so
 * @param meta what the container said about the document (a feed item's title, a WARC's URL)
 */
public record RawDocument(InputRef origin, byte[] bytes, Payload payload, ItemMeta meta) implements Ingested {
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

    /** The input's path, and inside a container where the document sits: what its failure is named by. */
    public String label() {
        if (origin.warc() != null) {
            return origin.path() + "@" + origin.warc().offset();
        }
        return meta.url() == null ? origin.path() : origin.path() + " (" + meta.url() + ")";
    }

    /** A whole file whose content decides what it is. */
    public RawDocument(InputRef origin, byte[] bytes) {
        this(origin, bytes, Payload.AS_REQUESTED, ItemMeta.NONE);
    }
}
