package org.dateline.store.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.json.RecordJson;
import org.dateline.table.Table;

/**
 * RFC 4180 CSV with a header row; every field is quoted, so article text with commas, quotes and
 * line breaks survives. Lists are written as JSON arrays; null is an empty field.
 */
final class CsvTableWriter implements TableWriter {
    private final BufferedWriter out;

    CsvTableWriter(Path file, Table table) throws IOException {
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        write(table.columns().stream().map(c -> (Object) c.name()).toList());
    }

    @Override
    public void write(List<Object> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            Object v = values.get(i);
            if (v != null) {
                String s = v instanceof List<?> ? RecordJson.mapper().writeValueAsString(v) : v.toString();
                out.write('"');
                out.write(s.replace("\"", "\"\""));
                out.write('"');
            }
        }
        out.write("\r\n");
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
