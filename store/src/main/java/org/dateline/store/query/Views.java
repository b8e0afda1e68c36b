package org.dateline.store.query;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.index.StoredFields;
import org.dateline.json.RecordJson;
import org.dateline.model.Published;
import org.dateline.model.Source;
import org.dateline.store.Fields;

/** Reads the JSON a document stores back into its value. */
final class Views {
    private Views() {}

    private static final java.util.Set<String> JSON_ONLY = java.util.Set.of(Fields.JSON);

    /** The stored JSON; a search reads its page through one {@code StoredFields} (each one is a reader clone). */
    static String json(StoredFields s, int doc) throws IOException {
        return s.document(doc, JSON_ONLY).get(Fields.JSON);
    }

    /** What a hit shows of an article; reading only these fields skips the costly facts. */
    record Head(String id, String title, Source source, Published published, String text) {}

    /**
     * The head of a stored article. A record lists these fields before its facts (entities, dates,
     * statements, events: most of its JSON), so reading stops once it has them all.
     */
    static Head head(String json) throws IOException {
        try (JsonParser p = RecordJson.mapper().createParser(json)) {
            return head(p);
        }
    }

    /** The same from UTF-8 bytes (a stored head, {@link Heads}). */
    static Head head(byte[] json) throws IOException {
        try (JsonParser p = RecordJson.mapper().createParser(json)) {
            return head(p);
        }
    }

    private static Head head(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw new UncheckedIOException(new IOException("a stored article is not a JSON object"));
        }
        String id = null;
        String title = null;
        String text = null;
        Source source = null;
        Published published = null;
        int found = 0;
        while (found < 5 && p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            boolean isNull = value == JsonToken.VALUE_NULL;
            switch (name) {
                case "id" -> id = p.getValueAsString();
                case "title" -> title = p.getValueAsString();
                case "text" -> text = p.getValueAsString();
                case "source" -> source = isNull ? null : RecordJson.mapper().readValue(p, Source.class);
                case "published" -> published = isNull ? null : RecordJson.mapper().readValue(p, Published.class);
                default -> {
                    p.skipChildren();
                    continue;
                }
            }
            found++;
        }
        return new Head(id, title, source, published, text == null ? "" : text);
    }

    static StatementView statement(StoredFields s, int doc) throws IOException {
        return read(json(s, doc), StatementView.class);
    }

    static EventView event(StoredFields s, int doc) throws IOException {
        return read(json(s, doc), EventView.class);
    }

    static EntityMention mention(StoredFields s, int doc) throws IOException {
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
