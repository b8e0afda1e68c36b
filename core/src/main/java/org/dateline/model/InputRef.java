package org.dateline.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import java.util.Locale;

/**
 * Where a record came from, precisely enough to read it again from where the user named it: the
 * path is relative to that (see pipeline.InputPaths), never an absolute path of the machine.
 *
 * @param warc the record's place inside a WARC file, or null
 */
@JsonPropertyOrder({"path", "format", "warc"})
public record InputRef(String path, Format format, Warc warc) implements Serializable {
    public static InputRef of(String path, Format format) {
        return new InputRef(path, format, null);
    }

    /** The contract's {@code input.format}: what the record was read from; the wire name is lower case. */
    public enum Format implements WireName {
        /** A page or text file (scraped text, or the body itself). */
        TEXT,
        HTML,
        /** An item of an RSS feed. */
        RSS,
        /** An entry of an Atom feed. */
        ATOM,
        /** An HTML response inside a WARC or ARC archive. */
        WARC,
        /** A line of news-please JSON Lines. */
        JSONL;

        private final String wireName = name().toLowerCase(Locale.ROOT);

        @JsonValue
        @Override
        public String wireName() {
            return wireName;
        }

        @Override
        public String toString() {
            return wireName;
        }

        @JsonCreator
        public static Format fromWire(String name) {
            return Vocabularies.fromWire(Format.class, name, "input format");
        }
    }

    @JsonPropertyOrder({"file", "offset", "length"})
    public record Warc(String file, long offset, long length) implements Serializable {}
}
