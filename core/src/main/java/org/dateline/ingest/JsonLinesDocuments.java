package org.dateline.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import org.dateline.model.Author;
import org.dateline.model.InputRef;
import org.dateline.model.Published;

/**
 * JSON Lines as news-please writes them, one article per line: {@code url}, {@code title},
 * {@code maintext} (or {@code text}), {@code date_publish}, {@code authors}, {@code html}. The
 * main text, when present, is the body verbatim; otherwise the HTML is extracted. A bad line fails
 * alone with its line number.
 */
final class JsonLinesDocuments extends DocumentStream {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final BufferedReader lines;
    private int lineNumber;

    JsonLinesDocuments(String name, InputStream in) {
        this.name = name;
        this.lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    @Override
    protected String name() {
        return name;
    }

    @Override
    protected Ingested read() throws IOException {
        String line;
        do {
            line = lines.readLine();
            lineNumber++;
            if (line == null) {
                return null;
            }
        } while (line.isBlank());
        String where = name + ":" + lineNumber;
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return new InputFailure(where, "not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return new InputFailure(where, "not a JSON object");
        }
        String body = firstText(node, "maintext", "text");
        String html = firstText(node, "html");
        if (body == null && html == null) {
            return new InputFailure(where, "no maintext, text or html");
        }
        ItemMeta meta = new ItemMeta(firstText(node, "url"), firstText(node, "title"),
            date(firstText(node, "date_publish", "published")), authors(node.get("authors")), "UTF-8", false);
        RawDocument.Payload payload = body != null ? RawDocument.Payload.BODY : RawDocument.Payload.HTML;
        return new RawDocument(InputRef.of(name, "jsonl"), (body != null ? body : html).getBytes(StandardCharsets.UTF_8),
            payload, meta);
    }

    private static String firstText(JsonNode node, String... fields) {
        for (String f : fields) {
            JsonNode v = node.get(f);
            if (v != null && v.isTextual() && !v.asText().isBlank()) {
                return v.asText();
            }
        }
        return null;
    }

    /** news-please writes {@code 2023-03-01 14:07:00}, local time without an offset. */
    private static Published date(String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return Published.parse(raw.strip().replace(' ', 'T'));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static List<Author> authors(JsonNode node) {
        List<Author> authors = new ArrayList<>();
        if (node != null && node.isArray()) {
            for (JsonNode a : node) {
                if (a.isTextual() && !a.asText().isBlank()) {
                    authors.add(new Author(a.asText().strip(), null, null));
                }
            }
        } else if (node != null && node.isTextual() && !node.asText().isBlank()) {
            authors.add(new Author(node.asText().strip(), null, null));
        }
        return authors;
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
