package org.dateline.analyze.event;

import java.util.List;
import org.dateline.model.Span;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;
import org.dateline.nlp.TokenSpan;

/**
 * An event's evidence: the sentence that tells it. A "sentence" longer than any sentence of news (a
 * scraped table or list the splitter could not divide) is no evidence a reader can check, and one
 * evidence per event over it makes the record grow with the square of its length; there the
 * evidence is the event's clause (the subtree of its predicate, with the verbs it is the
 * complement of), or where that is as long or unknown (no parse), the words around the trigger.
 */
final class Evidence {
    /** In code points; news sentences stay well under it, so their evidence is the whole sentence. */
    static final int MAX_CHARS = 1_000;

    private Evidence() {}

    static Span of(AnnotatedText text, Sentence s, int trigger) {
        if (s.end() - s.start() <= MAX_CHARS) {
            return text.index().span(s.start(), s.end());
        }
        if (s.parsed()) {
            List<Integer> heads = Clause.of(text, s.tree(), trigger).heads();
            TokenSpan clause = text.subtree(heads.get(heads.size() - 1));
            if (clause.end() - clause.start() <= MAX_CHARS) {
                return text.index().span(clause.start(), clause.end());
            }
        }
        return window(text, s, trigger);
    }

    /** The trigger and the whole words either side of it, one at a time on each side, up to the limit. */
    private static Span window(AnnotatedText text, Sentence s, int trigger) {
        List<Token> tokens = text.tokens();
        int from = trigger;
        int to = trigger + 1;
        boolean grew = true;
        while (grew) {
            grew = false;
            if (from > s.tokenStart() && tokens.get(to - 1).end() - tokens.get(from - 1).start() <= MAX_CHARS) {
                from--;
                grew = true;
            }
            if (to < s.tokenEnd() && tokens.get(to).end() - tokens.get(from).start() <= MAX_CHARS) {
                to++;
                grew = true;
            }
        }
        return text.index().span(tokens.get(from).start(), tokens.get(to - 1).end());
    }
}
