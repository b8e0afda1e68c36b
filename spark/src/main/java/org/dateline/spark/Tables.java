package org.dateline.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.substring;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The contract records flattened into one table per fact kind. Every table carries
 * {@code article_id} (the record's content hash) to join on and {@code published_date}
 * (yyyy-MM-dd of the page's own published time, null when unknown) to partition by. Nested
 * structs become prefixed columns (a span's {@code start}, {@code end}, {@code text} become
 * {@code cue_start}, ...); lists stay lists.
 */
final class Tables {
    static final String DATE = "published_date";

    private Tables() {}

    static Dataset<Row> articles(Dataset<Row> records) {
        return records.select(col("id").as("article_id"), col("schema"), col("input.path").as("input_path"),
            col("input.format").as("input_format"), col("input.warc.file").as("warc_file"),
            col("input.warc.offset").as("warc_offset"), col("input.warc.length").as("warc_length"), col("url"),
            col("source.name").as("source_name"), col("source.domain").as("source_domain"),
            col("source.handles").as("source_handles"), col("title"), col("authors"), col("published"),
            col("language"), col("text"), col("warnings"), publishedDate());
    }

    static Dataset<Row> entities(Dataset<Row> records) {
        return facts(records, "entities", "e").select(col("article_id"), col("e.id").as("entity_id"),
            col("e.name"), col("e.type"), col("e.titles"), col("e.code"), col("e.sector"), col("e.organization"),
            col("e.mentions"), col(DATE));
    }

    static Dataset<Row> dates(Dataset<Row> records) {
        return facts(records, "dates", "d").select(col("article_id"), col("d.start"), col("d.end"), col("d.text"),
            col("d.type"), col("d.value"), col(DATE));
    }

    static Dataset<Row> statements(Dataset<Row> records) {
        List<Column> cols = new ArrayList<>(List.of(col("article_id"), col("s.id").as("statement_id"),
            col("s.speaker")));
        for (String span : List.of("source", "cue", "content")) {
            cols.addAll(span("s." + span, span));
        }
        cols.addAll(List.of(col("s.kind"), col("s.date"), col("s.framing"), col(DATE)));
        return facts(records, "statements", "s").select(cols.toArray(Column[]::new));
    }

    static Dataset<Row> events(Dataset<Row> records) {
        List<Column> cols = new ArrayList<>(List.of(col("article_id"), col("v.id").as("event_id"), col("v.type"),
            col("v.mode"), col("v.context"), col("v.actors"), col("v.recipients"),
            col("v.date.value").as("date_value"), col("v.date.text").as("date_text"),
            col("v.location.name").as("location_name"), col("v.location.entity").as("location_entity"),
            col("v.factuality"), col("v.claimedBy").as("claimed_by")));
        cols.addAll(span("v.trigger", "trigger"));
        cols.addAll(span("v.evidence", "evidence"));
        cols.addAll(List.of(col("v.confidence"), col(DATE)));
        return facts(records, "events", "v").select(cols.toArray(Column[]::new));
    }

    private static Dataset<Row> facts(Dataset<Row> records, String list, String alias) {
        return records.select(col("id").as("article_id"), explode(col(list)).as(alias), publishedDate());
    }

    private static List<Column> span(String path, String prefix) {
        return List.of(col(path + ".start").as(prefix + "_start"), col(path + ".end").as(prefix + "_end"),
            col(path + ".text").as(prefix + "_text"));
    }

    private static Column publishedDate() {
        return substring(col("published"), 1, 10).as(DATE);
    }
}
