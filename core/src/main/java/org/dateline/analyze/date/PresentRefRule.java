package org.dateline.analyze.date;

import org.dateline.model.TimexType;
import org.dateline.nlp.Token;

/**
 * "today" set against something in a comparison ("faster than can be done today", "cheaper than
 * today", "more crowded than it is today") means the present era, not the published day: TimeML
 * writes PRESENT_REF, as it does for "now" and "nowadays". The word "than" must head a clause or
 * stand right before "today"; "rose more than 5% today" (a quantity) or "more than expected today"
 * (no finite verb) compare something else, and there "today" keeps the published day.
 */
final class PresentRefRule implements MentionRule {
    private static final int MAX_GAP = 5;

    @Override
    public Mention rewrite(DocContext doc, Mention m) {
        if (!m.isDate() || m.tokenEnd() - m.tokenStart() != 1 || !doc.word(m.tokenStart()).equals("today")) {
            return m;
        }
        int from = Math.max(doc.sentenceOf(m.tokenStart()).tokenStart(), m.tokenStart() - MAX_GAP - 1);
        boolean finite = false;
        for (int i = m.tokenStart() - 1; i >= from; i--) {
            Token t = doc.token(i);
            if (doc.word(i).equals("than")) {
                return finite || i == m.tokenStart() - 1 ? m.with(TimexType.DATE, "PRESENT_REF") : m;
            }
            if (t.pos().equals("CD") || t.isNoun() || !Character.isLetter(t.word().codePointAt(0))) {
                return m; // a quantity or a noun is compared, or the clause ended
            }
            finite |= TenseDetector.FINITE.contains(t.pos());
        }
        return m;
    }
}
