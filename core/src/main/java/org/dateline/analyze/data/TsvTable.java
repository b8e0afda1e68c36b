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
import java.util.List;

/**
 * A tab-separated data table of the analysis stages, read strictly: UTF-8, lines starting with {@code #} and blank lines
 * ignored, the first other line is the header, every row has the header's number of columns,
 * and no field has leading or trailing white space. Any breach is an
 * {@link IllegalStateException} naming the table and line, so a bad data file fails at load,
 * not as a wrong code later.
 *
 * @param name the table's name, for messages
 * @param header the column names
 * @param rows the rows, each a list of fields ("" for an empty field)
 */
public record TsvTable(String name, List<String> header, List<List<String>> rows) {
    public TsvTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** Reads the classpath resource {@code file} next to {@code owner}, the class whose data it is. */
    public static TsvTable resource(Class<?> owner, String file) {
        InputStream in = owner.getResourceAsStream(file);
        if (in == null) {
            throw new IllegalStateException("missing data file " + file);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(file, reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public static TsvTable parse(String name, Reader reader) throws IOException {
        BufferedReader lines = new BufferedReader(reader);
        List<String> header = null;
        List<List<String>> rows = new ArrayList<>();
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
            if (header == null) {
                header = fields;
            } else if (fields.size() != header.size()) {
                throw new IllegalStateException(name + ":" + number + ": " + fields.size()
                        + " fields, header has " + header.size());
            } else {
                rows.add(fields);
            }
        }
        if (header == null) {
            throw new IllegalStateException(name + ": no header line");
        }
        return new TsvTable(name, header, rows);
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
}
