package org.dateline.table;

import java.util.ArrayList;
import java.util.List;

/** One table of flattened records: its name (a file's or folder's stem) and its columns, in order. */
public record Table(String name, List<Column> columns) {
    public Table {
        columns = List.copyOf(columns);
    }

    /** A column and its type, which decides how each writer (CSV, Parquet, Spark) stores it. */
    public record Column(String name, Type type) {}

    /**
     * What a column's values are in Java: VARCHAR a String, BIGINT a Long, DOUBLE a Double, BOOLEAN a
     * Boolean, LIST a {@code List<String>} (a JSON array in JSON Lines and CSV, a list of strings in Parquet).
     */
    public enum Type {
        VARCHAR(String.class), BIGINT(Long.class), DOUBLE(Double.class), BOOLEAN(Boolean.class), LIST(List.class);

        private final Class<?> javaType;

        Type(Class<?> javaType) {
            this.javaType = javaType;
        }

        /** The class of the column's values in Java. */
        public Class<?> javaType() {
            return javaType;
        }
    }

    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    static Table of(String name, Object... nameTypePairs) {
        List<Column> cols = new ArrayList<>();
        for (int i = 0; i < nameTypePairs.length; i += 2) {
            cols.add(new Column((String) nameTypePairs[i], (Type) nameTypePairs[i + 1]));
        }
        return new Table(name, cols);
    }
}
