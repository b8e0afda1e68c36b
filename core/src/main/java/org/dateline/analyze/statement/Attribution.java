package org.dateline.analyze.statement;

import org.dateline.model.Span;
import org.dateline.model.StatementKind;

/**
 * A statement found but not yet tied to an entity: the evidence of its parts (source and cue may
 * be absent, as {@code null}) and the token that heads its source. The parts are code-point spans
 * rather than token ranges because a content may reach past its tokens to the quotation marks
 * around it, and a continued quotation is found in the raw text.
 *
 */
record Attribution(int sentence, Span source, int sourceHead, Span cue, Span content, StatementKind kind) {
    int contentStart() {
        return content.start();
    }

    boolean contentContains(Span part) {
        return part != null && content.contains(part);
    }

    boolean sameContent(Attribution other) {
        return content.start() == other.content.start() && content.end() == other.content.end();
    }
}
