package org.dateline.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * One JSON object per line, each an article body with what is known about it:
 * {@code text} (or {@code body}, {@code articleBody}), and optionally {@code url}, {@code title},
 * {@code published} (or {@code datePublished}). A line that is not such an object is still
 * passed on, so that it fails with its line number instead of vanishing.
 */
final class JsonLines implements DocumentSource {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public JavaRDD<InputDoc> read(JavaSparkContext spark, String path) {
        return spark.textFile(path).zipWithIndex()
            .filter(l -> !l._1().isBlank())
            .map(l -> parse(path + "#" + (l._2() + 1), l._1()));
    }

    static InputDoc parse(String where, String line) {
        JsonNode o;
        try {
            o = JSON.readTree(line);
        } catch (Exception e) {
            o = null;
        }
        if (o == null || !o.isObject()) {
            return new InputDoc(where, "jsonl", new byte[0], null, null, null);
        }
        String text = first(o, "text", "body", "articleBody");
        return new InputDoc(where, "jsonl", text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8),
            first(o, "url"), first(o, "title", "headline"), first(o, "published", "datePublished"));
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
