package org.dateline.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.dateline.ingest.InputFailure;
import org.dateline.ingest.Ingested;
import org.dateline.ingest.ItemMeta;
import org.dateline.ingest.RawDocument;
import org.dateline.model.InputRef;
import org.dateline.model.Published;

/**
 * One JSON object per line, each an article body with what is known about it:
 * {@code text} (or {@code body}, {@code articleBody}), and optionally {@code url}, {@code title}
 * (or {@code headline}), {@code published} (or {@code datePublished}). Read line by line, so a big
 * file is split across tasks; each line is named {@code path#line}. The body goes through core's
 * extraction as a body (language detected, URL's domain taken), as the CLI's news-please lines do;
 * a line that is not such an object is a failure with its line number.
 */
final class JsonLines implements DocumentSource {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public JavaRDD<Ingested> read(JavaSparkContext spark, String path) {
        return spark.textFile(path).zipWithIndex()
            .filter(l -> !l._1().isBlank())
            .map(l -> parse(path + "#" + (l._2() + 1), l._1()));
    }

    static Ingested parse(String where, String line) {
        JsonNode o;
        try {
            o = JSON.readTree(line);
        } catch (Exception e) {
            o = null;
        }
        if (o == null || !o.isObject()) {
            return new InputFailure(where, "not a JSON object");
        }
        String text = first(o, "text", "body", "articleBody");
        if (text == null || text.isBlank()) {
            return new InputFailure(where, "no article text (a JSON object with \"text\" expected)");
        }
        String published = first(o, "published", "datePublished");
        Published when = null;
        List<String> warnings = List.of();
        if (published != null) {
            try {
                when = Published.parse(published);
            } catch (RuntimeException e) { // DateTimeException, or a form Published cannot hold
                warnings = List.of("unreadable published time '" + published + "'");
            }
        }
        ItemMeta meta = new ItemMeta(first(o, "url"), first(o, "title", "headline"), when, List.of(), "UTF-8", false,
            warnings);
        return new RawDocument(new InputRef(where, "jsonl", null), text.getBytes(StandardCharsets.UTF_8),
            RawDocument.Payload.BODY, meta);
    }

    private static String first(JsonNode o, String... names) {
        for (String n : names) {
            JsonNode v = o.get(n);
            if (v != null && v.isTextual()) {
                return v.asText();
            }
        }
        return null;
    }
}
