package org.dateline.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Attributed speech or claim.
 *
 * @param speaker entity id, or null for an anonymous source
 * @param date the date the sentence gives, else the published date; null when neither is known
 * @param framing terms inside the content set off by scare quotes
 */
@JsonPropertyOrder({"id", "speaker", "source", "cue", "content", "kind", "date", "framing"})
public record Statement(String id, String speaker, Span source, Span cue, Span content, StatementKind kind,
                        String date, List<Span> framing) {
    public Statement {
        framing = List.copyOf(framing);
    }
}
