package org.dateline.spark;

import org.apache.spark.sql.types.StructType;

/**
 * The dateline/1 record (docs/CONTRACT.md) as a Spark schema, so the JSON the chain writes is
 * read back with its types fixed rather than guessed from whatever one partition happened to hold.
 */
final class RecordSchema {
    private static final String SPAN = "STRUCT<start: INT, `end`: INT, text: STRING>";

    static final StructType RECORD = StructType.fromDDL(String.join(", ",
        "schema STRING", "id STRING",
        "input STRUCT<path: STRING, format: STRING, warc: STRUCT<file: STRING, offset: BIGINT, length: BIGINT>>",
        "url STRING", "source STRUCT<name: STRING, domain: STRING, handles: ARRAY<STRING>>", "title STRING",
        "authors ARRAY<STRUCT<name: STRING, handle: STRING, bio: STRING>>", "published STRING",
        "language STRING", "text STRING",
        "entities ARRAY<STRUCT<id: STRING, name: STRING, type: STRING, titles: ARRAY<STRING>, code: STRING, "
            + "sector: STRING, organization: STRING, mentions: ARRAY<" + SPAN + ">>>",
        "dates ARRAY<STRUCT<start: INT, `end`: INT, text: STRING, type: STRING, value: STRING>>",
        "statements ARRAY<STRUCT<id: STRING, speaker: STRING, source: " + SPAN + ", cue: " + SPAN + ", content: "
            + SPAN + ", kind: STRING, date: STRING, framing: ARRAY<" + SPAN + ">>>",
        "events ARRAY<STRUCT<id: STRING, type: STRING, mode: STRING, context: ARRAY<STRING>, actors: ARRAY<STRING>, "
            + "recipients: ARRAY<STRING>, date: STRUCT<value: STRING, text: STRING>, "
            + "location: STRUCT<name: STRING, entity: STRING>, factuality: STRING, claimedBy: STRING, "
            + "trigger: " + SPAN + ", evidence: " + SPAN + ", confidence: DOUBLE>>",
        "warnings ARRAY<STRING>"));

    private RecordSchema() {}
}
