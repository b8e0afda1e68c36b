package org.dateline.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.Serializable;

/**
 * Where a record came from, precisely enough to read it again.
 *
 * @param format text, html, rss, atom, warc or jsonl
 * @param warc the record's place inside a WARC file, or null
 */
@JsonPropertyOrder({"path", "format", "warc"})
public record InputRef(String path, String format, Warc warc) implements Serializable {
    public static InputRef of(String path, String format) {
        return new InputRef(path, format, null);
    }

    @JsonPropertyOrder({"file", "offset", "length"})
    public record Warc(String file, long offset, long length) implements Serializable {}
}
