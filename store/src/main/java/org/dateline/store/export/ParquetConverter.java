package org.dateline.store.export;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Collectors;
import org.dateline.table.Table;

/**
 * JSON Lines to Parquet through an in-memory DuckDB: Parquet without Hadoop. The column types are
 * given explicitly, so an empty table (no events yet) still gets its full schema.
 */
final class ParquetConverter {
    private ParquetConverter() {}

    static void convert(Path jsonl, Table table, Path parquet) throws IOException {
        String columns = table.columns().stream()
            .map(c -> quote(c.name()) + ": " + quote(duckdbType(c.type())))
            .collect(Collectors.joining(", ", "{", "}"));
        String sql = "COPY (SELECT * FROM read_json(" + quote(jsonl.toString())
            + ", format = 'newline_delimited', columns = " + columns + ")) TO "
            + quote(parquet.toString()) + " (FORMAT parquet, COMPRESSION zstd)";
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("SET autoinstall_known_extensions = false");
            s.execute("SET autoload_known_extensions = false");
            s.execute(sql);
        } catch (SQLException e) {
            throw new IOException("writing " + parquet + " failed: " + e.getMessage(), e);
        }
    }

    /** The DuckDB type a column's Parquet values get; lists are lists of strings. */
    private static String duckdbType(Table.Type type) {
        return type == Table.Type.LIST ? "VARCHAR[]" : type.name();
    }

    /** A SQL string literal. */
    private static String quote(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
