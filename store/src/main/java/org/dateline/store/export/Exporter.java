package org.dateline.store.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.store.Store;
import org.dateline.table.StoryRows;
import org.dateline.table.Table;
import org.dateline.table.Tables;

/**
 * Writes a store as eight files in a folder, one format: the per-record tables {@code articles},
 * {@code entities}, {@code statements} and {@code events}, and the per-story tables
 * {@code stories}, {@code incidents}, {@code incident_reports} and {@code claims} (each story's
 * computed from its articles as they are now, {@link StoryRows}). Parquet goes through JSON Lines
 * in a scratch folder that is removed afterwards.
 */
public final class Exporter {
    /** The tables an export writes: its four per-record tables (dates stay in the records' JSON) and the per-story ones. */
    public static final List<Table> TABLES = java.util.stream.Stream.concat(
        java.util.stream.Stream.of(Tables.ARTICLES, Tables.ENTITIES, Tables.STATEMENTS, Tables.EVENTS),
        Tables.STORY_TABLES.stream()).toList();

    private Exporter() {}

    /** Exports and returns the row count of each table. */
    public static Map<String, Long> run(Store store, Path dir, ExportFormat format) throws IOException {
        Files.createDirectories(dir);
        Path work = format == ExportFormat.PARQUET ? Files.createTempDirectory("dateline-export") : dir;
        Map<Table, TableWriter> writers = new LinkedHashMap<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        try {
            for (Table t : TABLES) {
                Path file = work.resolve(t.name() + (format == ExportFormat.CSV ? ".csv" : ".jsonl"));
                writers.put(t, format == ExportFormat.CSV ? new CsvTableWriter(file, t) : new JsonlTableWriter(file, t));
                counts.put(t.name(), 0L);
            }
            store.forEachArticleWithStory((r, keys, story) -> Tables.rows(r, keys, story, (table, values) -> {
                TableWriter writer = writers.get(table);
                if (writer != null) {
                    writer.write(values);
                    counts.merge(table.name(), 1L, Long::sum);
                }
            }));
            store.forEachStoryWithMembers((id, members) -> StoryRows.rows(id, members, (table, values) -> {
                writers.get(table).write(values);
                counts.merge(table.name(), 1L, Long::sum);
            }));
        } finally {
            for (TableWriter w : writers.values()) {
                w.close();
            }
        }
        if (format == ExportFormat.PARQUET) {
            try {
                for (Table t : TABLES) {
                    ParquetConverter.convert(work.resolve(t.name() + ".jsonl"), t, dir.resolve(t.name() + ".parquet"));
                }
            } finally {
                for (Table t : TABLES) {
                    Files.deleteIfExists(work.resolve(t.name() + ".jsonl"));
                }
                Files.deleteIfExists(work);
            }
        }
        return counts;
    }
}
