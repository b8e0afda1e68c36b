package org.dateline.store.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.json.RecordJson;
import org.dateline.table.Table;

/** One JSON object per row, keys in column order. */
final class JsonlTableWriter implements TableWriter {
    private final BufferedWriter out;
    private final Table table;

    JsonlTableWriter(Path file, Table table) throws IOException {
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        this.table = table;
    }

    @Override
    public void write(List<Object> values) throws IOException {
        ObjectNode o = RecordJson.mapper().createObjectNode();
        for (int i = 0; i < values.size(); i++) {
            String name = table.columns().get(i).name();
            Object v = values.get(i);
            if (v == null) {
                o.putNull(name);
            } else if (v instanceof List<?> list) {
                ArrayNode a = o.putArray(name);
                list.forEach(x -> a.add(x == null ? null : x.toString()));
            } else if (v instanceof Long n) {
                o.put(name, n);
            } else if (v instanceof Double d) {
                o.put(name, d);
            } else if (v instanceof Boolean b) {
                o.put(name, b);
            } else {
                o.put(name, v.toString());
            }
        }
        out.write(RecordJson.mapper().writeValueAsString(o));
        out.write('\n');
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
