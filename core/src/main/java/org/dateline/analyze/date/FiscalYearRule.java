package org.dateline.analyze.date;

import java.util.Map;
import org.dateline.model.TimexType;

/**
 * "this fiscal year": SUTime tags only "year", as a one-year duration. The determiner makes it the
 * (fiscal) year of the anchor, and the span takes in the words before it. TimeML gives a fiscal
 * year the calendar year's value.
 */
final class FiscalYearRule implements MentionRule {
    private static final Map<String, Integer> SHIFT = Map.of("this", 0, "current", 0, "last", -1,
        "previous", -1, "next", 1, "coming", 1);

    @Override
    public Mention rewrite(DocContext doc, Mention m) {
        int t = m.tokenStart();
        if (m.tokenEnd() - t != 1 || !doc.word(t).equals("year") || !doc.word(t - 1).equals("fiscal")) {
            return m;
        }
        Integer shift = SHIFT.get(doc.word(t - 2));
        if (shift == null) {
            return m;
        }
        int from = t - 2;
        if (doc.word(t - 2).equals("current") && doc.word(t - 3).equals("the")) {
            from = t - 3;
        }
        String value = doc.anchor() == null ? m.value() : String.valueOf(doc.anchor().getYear() + shift);
        return new Mention(doc.token(from).start(), m.end(), from, m.tokenEnd(), TimexType.DATE, value);
    }
}
