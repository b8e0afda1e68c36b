package org.dateline.store.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.search.IndexSearcher;
import org.dateline.json.RecordJson;
import org.dateline.store.Fields;

/** Reads the JSON a document stores back into its value. */
final class Views {
    private Views() {}

    static String json(IndexSearcher s, int doc) throws IOException {
        return s.storedFields().document(doc).get(Fields.JSON);
    }

    /** What a hit shows of an article; binding only these fields skips the costly facts. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    record Head(String id, String title, org.dateline.model.Source source, org.dateline.model.Published published,
                String text) {}

    static Head head(IndexSearcher s, int doc) throws IOException {
        return read(json(s, doc), Head.class);
    }

    static StatementView statement(IndexSearcher s, int doc) throws IOException {
        return read(json(s, doc), StatementView.class);
    }

    static EventView event(IndexSearcher s, int doc) throws IOException {
        return read(json(s, doc), EventView.class);
    }

    static EntityMention mention(IndexSearcher s, int doc) throws IOException {
        return read(json(s, doc), EntityMention.class);
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return RecordJson.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a stored " + type.getSimpleName() + " does not read back", e);
        }
    }
}
