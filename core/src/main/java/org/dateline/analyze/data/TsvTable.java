package org.dateline.analyze.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A tab-separated data table of the analysis stages, read strictly: UTF-8, lines starting with {@code #} and blank lines
 * ignored, the first other line is the header, every row has the header's number of columns,
 * and no field has leading or trailing white space. Any breach is an
 * {@link IllegalStateException} naming the table and line, so a bad data file fails at load,
 * not as a wrong code later.
 *
 * <p>Fields are read by column name ({@link Row#get(String)}), never by position: a loader names
 * the columns it needs when it opens the table, so a missing or renamed column fails at load with
 * the file and the column, and a reordered file still reads right.
 *
 * @param name the table's name, for messages
 * @param header the column names
 * @param rows the rows, in file order
 */
public record TsvTable(String name, List<String> header, List<Row> rows) {
    public TsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /**
     * Reads the classpath resource {@code file} next to {@code owner}, the class whose data it is,
     * and checks that it has every one of {@code columns}.
     */
    public static TsvTable resource(Class<?> owner, String file, String... columns) {
        InputStream in = owner.getResourceAsStream(file);
        if (in == null) {
            throw new IllegalStateException("missing data file " + file);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(file, reader).require(columns);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public static TsvTable parse(String name, Reader reader) throws IOException {
        BufferedReader lines = new BufferedReader(reader);
        Columns columns = null;
        List<Row> rows = new ArrayList<>();
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = Arrays.asList(line.split("\t", -1));
            for (String field : fields) {
                if (!field.equals(field.strip())) {
                    throw new IllegalStateException(
                            name + ":" + number + ": white space around field '" + field + "'");
                }
            }
            if (columns == null) {
                columns = new Columns(name + ":" + number, name, fields);
            } else if (fields.size() != columns.names.size()) {
                throw new IllegalStateException(name + ":" + number + ": " + fields.size()
                        + " fields, header has " + columns.names.size());
            } else {
                rows.add(new Row(columns, fields, number));
            }
        }
        if (columns == null) {
            throw new IllegalStateException(name + ": no header line");
        }
        return new TsvTable(name, columns.names, rows);
    }

    /** This table, after checking that its header names every one of {@code columns}. */
    public TsvTable require(String... columns) {
        for (String column : columns) {
            if (!header.contains(column)) {
                throw missing(name, column, header);
            }
        }
        return this;
    }

    /** The {@code |}-separated items of a list field; empty for an empty field. */
    public static List<String> items(String field) {
        if (field.isEmpty()) {
            return List.of();
        }
        List<String> items = Arrays.asList(field.split("\\|", -1));
        for (String item : items) {
            if (item.isEmpty() || !item.equals(item.strip())) {
                throw new IllegalStateException("bad list item in '" + field + "'");
            }
        }
        return items;
    }

    private static IllegalStateException missing(String table, String column, List<String> header) {
        return new IllegalStateException(table + ": no column '" + column + "' (header: "
                + String.join(", ", header) + ")");
    }

    /** One row of a table; its fields are read by column name. */
    public static final class Row {
        private final Columns columns;
        private final List<String> fields;
        private final int line;

        Row(Columns columns, List<String> fields, int line) {
            this.columns = columns;
            this.fields = List.copyOf(fields);
            this.line = line;
        }

        /** The row's line in its file (1-based, counting comments and blank lines), for messages. */
        public int line() {
            return line;
        }

        /** The field in {@code column} ("" when empty); a column the header lacks is an error. */
        public String get(String column) {
            Integer i = columns.index.get(column);
            if (i == null) {
                throw missing(columns.table, column, columns.names);
            }
            return fields.get(i);
        }

        /** The {@code |}-separated items of the field in {@code column} (see {@link TsvTable#items}). */
        public List<String> items(String column) {
            try {
                return TsvTable.items(get(column));
            } catch (IllegalStateException e) {
                throw new IllegalStateException(columns.table + ", column '" + column + "': " + e.getMessage(), e);
            }
        }

        /**
         * The field in {@code column} read by {@code parse} (a vocabulary's {@code fromWire}, say);
         * a value it refuses fails naming the table and the column.
         */
        public <T> T value(String column, Function<String, T> parse) {
            try {
                return parse.apply(get(column));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(columns.table + ", column '" + column + "': " + e.getMessage(), e);
            }
        }

        /** The fields in file order, for messages and tests. */
        public List<String> fields() {
            return fields;
        }

        @Override
        public String toString() {
            return fields.toString();
        }
    }

    /** The header of one table, shared by its rows. */
    private static final class Columns {
        final String table;
        final List<String> names;
        final Map<String, Integer> index = new HashMap<>();

        Columns(String where, String table, List<String> names) {
            this.table = table;
            this.names = List.copyOf(names);
            for (int i = 0; i < names.size(); i++) {
                if (index.put(names.get(i), i) != null) {
                    throw new IllegalStateException(where + ": repeated column '" + names.get(i) + "'");
                }
            }
        }
    }
}
