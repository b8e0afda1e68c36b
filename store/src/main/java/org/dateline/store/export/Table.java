package org.dateline.store.export;

import java.util.List;

/** One exported table: its name (the file's stem) and its columns, in order. */
public record Table(String name, List<Column> columns) {
    public Table {
        columns = List.copyOf(columns);
    }

    /** A column and its type, which decides how CSV and Parquet write it. */
    public record Column(String name, Type type) {}

    /** LIST is a list of strings: a JSON array in JSON Lines and CSV, VARCHAR[] in Parquet. */
    public enum Type {
        VARCHAR, BIGINT, DOUBLE, LIST;

        /** The DuckDB type Parquet columns get. */
        public String duckdb() {
            return this == LIST ? "VARCHAR[]" : name();
        }
    }

    static Table of(String name, Object... nameTypePairs) {
        List<Column> cols = new java.util.ArrayList<>();
        for (int i = 0; i < nameTypePairs.length; i += 2) {
            cols.add(new Column((String) nameTypePairs[i], (Type) nameTypePairs[i + 1]));
        }
        return new Table(name, cols);
    }
}
