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
 *
 * <p>Text cells are neutralised against formula injection as OWASP's CSV-injection guidance says:
 * a spreadsheet opening the file runs a cell that starts with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return as a formula, and article text, titles and names are
 * anyone's words ({@code =HYPERLINK(...)}, {@code =cmd|...}). Such a text cell is written with a
 * {@code '} before it, which spreadsheets take as "this is text" and do not show. Values of numeric
 * and boolean columns (BIGINT, DOUBLE, BOOLEAN) are written as they are, so a negative number stays
 * a number; lists start with {@code [}.
 */
final class CsvTableWriter implements TableWriter {
    private final BufferedWriter out;
    private final List<Table.Column> columns;

    CsvTableWriter(Path file, Table table) throws IOException {
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        this.columns = table.columns();
        writeRow(table.columns().stream().map(c -> (Object) c.name()).toList(), true);
    }

    @Override
    public void write(List<Object> values) throws IOException {
        writeRow(values, false);
    }

    private void writeRow(List<Object> values, boolean header) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            Object v = values.get(i);
            if (v != null) {
                String s;
                if (v instanceof List<?>) {
                    s = RecordJson.mapper().writeValueAsString(v);
                } else if ((v instanceof Number || v instanceof Boolean) && !header && writtenAsIs(columns.get(i).type())) {
                    s = v.toString();
                } else {
                    s = neutralised(v.toString());
                }
                out.write('"');
                out.write(s.replace("\"", "\"\""));
                out.write('"');
            }
        }
        out.write("\r\n");
    }

    private static boolean writtenAsIs(Table.Type type) {
        return type == Table.Type.BIGINT || type == Table.Type.DOUBLE || type == Table.Type.BOOLEAN;
    }

    /** A text cell a spreadsheet would run as a formula, with a leading {@code '}; any other as it is. */
    static String neutralised(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
