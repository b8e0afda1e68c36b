package org.dateline.analyze.event;

import java.util.List;
import org.dateline.model.Statement;
import org.dateline.nlp.Token;

/** Which statement's content a token lies in: the difference between the article's voice and a claim. */
final class StatementIndex {
    private final List<Statement> statements;

    StatementIndex(List<Statement> statements) {
        this.statements = statements;
    }

    /** The statement whose content holds the token, or null; a statement's own cue is not its content. */
    Statement containing(Token t) {
        for (Statement s : statements) {
            if (s.content().start() <= t.start() && t.end() <= s.content().end()
                && (s.cue() == null || !(s.cue().start() <= t.start() && t.end() <= s.cue().end()))) {
                return s;
            }
        }
        return null;
    }
}
