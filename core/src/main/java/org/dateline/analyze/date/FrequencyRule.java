package org.dateline.analyze.date;

import java.util.Set;
import org.dateline.model.TimexType;

/**
 * "twice a year", "once a week", "three times a month": a frequency, a TIMEX3 SET with the
 * period's duration as value. SUTime tags only "a year", as a duration.
 */
final class FrequencyRule implements MentionRule {
    private static final Set<String> ONCE = Set.of("once", "twice", "thrice");

    @Override
    public Mention rewrite(DocContext doc, Mention m) {
        if (m.type() != TimexType.DURATION || m.tokenEnd() - m.tokenStart() != 2 || !doc.word(m.tokenStart()).matches("an?")
                || Vocabulary.unit(doc.word(m.tokenStart() + 1)) == null) {
            return m;
        }
        int t = m.tokenStart();
        int from;
        if (ONCE.contains(doc.word(t - 1))) {
            from = t - 1;
        } else if (doc.word(t - 1).equals("times") && Durations.quantity(doc.word(t - 2)) != null) {
            from = t - 2;
        } else {
            return m;
        }
        return new Mention(doc.token(from).start(), m.end(), from, m.tokenEnd(), TimexType.SET, m.value());
    }
}
