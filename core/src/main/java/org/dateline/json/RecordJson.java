package org.dateline.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.dateline.model.ArticleRecord;

/** Contract records to and from JSON ({@code schema: dateline/1}), one object per line. */
public final class RecordJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
        .disable(SerializationFeature.INDENT_OUTPUT)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .build();

    private RecordJson() {}

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** One JSON Lines line, without the newline. */
    public static String toLine(ArticleRecord record) {
        try {
            return MAPPER.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("records are always serialisable", e);
        }
    }

    public static ArticleRecord fromLine(String line) throws JsonProcessingException {
        return MAPPER.readValue(line, ArticleRecord.class);
    }
}
