package org.dateline.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dateline.model.Author;
import org.dateline.model.InputRef;
import org.dateline.model.Published;

/**
 * JSON Lines as news-please writes them, one article per line: {@code url}, {@code title} (or
 * {@code headline}), {@code maintext} (or {@code text}, {@code body}, {@code articleBody}),
 * {@code date_publish} (or {@code published}, {@code datePublished}), {@code authors},
 * {@code html}. The main text, when present, is the body verbatim; otherwise the HTML is extracted.
 * A bad line fails alone, named {@code file:line} (1-based). A field that is given but cannot be
 * used (a date that does not read, a title that is not a string) is a warning on the line's record
 * with the value quoted, never dropped silently. The Spark job reads its JSON Lines with this
 * reader too, so both accept the same fields. The file is UTF-8 or, when its first bytes say so,
 * UTF-16; a byte-order mark is not part of the first line.
 */
final class JsonLinesDocuments extends DocumentStream {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final BufferedReader lines;
    private final long maxLineChars;
    private long lineNumber;

    /** One line of the file without its end; a line over the limit is not kept. */
    private record Line(String text, boolean tooLong) {}

    /** JSON Lines in {@code charset}: UTF-8, or UTF-16 as {@link Sniffer#charset} finds it. */
    JsonLinesDocuments(String name, InputStream in, Charset charset) {
        this(name, in, charset, InputSources.MAX_BYTES);
    }

    /** With a line-length limit of its own, so a test need not write 64 MiB. */
    JsonLinesDocuments(String name, InputStream in, Charset charset, long maxLineChars) {
        this.name = name;
        this.lines = new BufferedReader(new InputStreamReader(in, charset), 1 << 16);
        this.maxLineChars = maxLineChars;
    }

    @Override
    protected String name() {
        return name;
    }

    @Override
    protected Ingested read() throws IOException {
        Line line;
        do {
            line = nextLine();
            lineNumber++;
            if (line == null) {
                return null;
            }
            if (lineNumber == 1 && line.text().startsWith("\uFEFF")) {
                // A byte-order mark is not part of line 1: left in, it made the first article "not JSON".
                line = new Line(line.text().substring(1), false);
            }
        } while (!line.tooLong() && line.text().isBlank());
        String where = name + ":" + lineNumber;
        if (line.tooLong()) {
            return new InputFailure(where, "line longer than " + maxLineChars + " characters; skipped");
        }
        JsonNode node;
        try {
            node = JSON.readTree(line.text());
        } catch (JsonProcessingException e) {
            return new InputFailure(where, "not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return new InputFailure(where, "not a JSON object");
        }
        List<String> warnings = new ArrayList<>();
        String body = firstText(node, warnings, "main text", "maintext", "text", "body", "articleBody");
        String html = firstText(node, warnings, "html", "html");
        if (body == null && html == null) {
            return new InputFailure(where, "no maintext, text, body, articleBody or html"
                + (warnings.isEmpty() ? "" : " (" + String.join("; ", warnings) + ")"));
        }
        ItemMeta meta = new ItemMeta(firstText(node, warnings, "url", "url"),
            firstText(node, warnings, "title", "title", "headline"), published(node, warnings),
            authors(node.get("authors"), warnings), "UTF-8", false, warnings);
        RawDocument.Payload payload = body != null ? RawDocument.Payload.BODY : RawDocument.Payload.HTML;
        return new RawDocument(InputRef.of(name, Container.JSONL.recordFormat()), (body != null ? body : html).getBytes(StandardCharsets.UTF_8),
            payload, meta, lineNumber);
    }

    /**
     * The next line, null at the end of the file. A line over the limit is read past but not kept:
     * one huge line, or a file that is not JSON Lines at all, must not take the heap.
     */
    private Line nextLine() throws IOException {
        StringBuilder b = new StringBuilder();
        boolean tooLong = false;
        int c;
        while ((c = lines.read()) != -1 && c != '\n') {
            if (b.length() >= maxLineChars) {
                tooLong = true;
                b.setLength(0);
            }
            if (!tooLong) {
                b.append((char) c);
            }
        }
        if (c == -1 && b.length() == 0 && !tooLong) {
            return null;
        }
        int end = b.length() > 0 && b.charAt(b.length() - 1) == '\r' ? b.length() - 1 : b.length();
        return new Line(b.substring(0, end), tooLong);
    }

    /**
     * The first of {@code fields} that holds text. A field that holds something else (a number, a
     * list) is not dropped silently: it becomes a warning on the record, and the next field is tried.
     * Null and blank are how news-please says "unknown": those are skipped without a word.
     */
    private static String firstText(JsonNode node, List<String> warnings, String what, String... fields) {
        for (String f : fields) {
            JsonNode v = node.get(f);
            if (v == null || v.isNull()) {
                continue;
            }
            if (!v.isTextual()) {
                warnings.add("unreadable " + what + " " + ItemMeta.quoted(v.toString()) + " in " + f + ": not a string");
            } else if (!v.asText().isBlank()) {
                return v.asText();
            }
        }
        return null;
    }

    /** {@code date_publish} (or {@code published}, {@code datePublished}); one that does not read is a warning. */
    private static Published published(JsonNode node, List<String> warnings) {
        for (String f : List.of("date_publish", "published", "datePublished")) {
            String raw = firstText(node, warnings, "published time", f);
            if (raw == null) {
                continue;
            }
            Published p = date(raw);
            if (p != null) {
                return p;
            }
            warnings.add("unreadable published time " + ItemMeta.quoted(raw) + " in " + f);
        }
        return null;
    }

    /**
     * news-please writes {@code 2023-03-01 14:07:00}, local time without an offset; ISO forms with
     * a {@code T} or an offset read too. Null when it is none of these.
     */
    private static Published date(String raw) {
        try {
            return Published.parse(raw.strip().replace(' ', 'T'));
        } catch (RuntimeException e) { // DateTimeException, or a form Published cannot hold
            return null;
        }
    }

    /** A list of names, or one name; anything else in it is a warning, not dropped silently. */
    private static List<Author> authors(JsonNode node, List<String> warnings) {
        List<Author> authors = new ArrayList<>();
        if (node == null || node.isNull()) {
            return authors;
        }
        for (JsonNode a : node.isArray() ? node : List.of(node)) {
            if (a.isTextual()) {
                if (!a.asText().isBlank()) {
                    authors.add(new Author(a.asText().strip(), null, null));
                }
            } else if (!a.isNull()) {
                warnings.add("unreadable author " + ItemMeta.quoted(a.toString()) + " in authors: not a string");
            }
        }
        return authors;
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
