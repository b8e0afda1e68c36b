package org.dateline.analyze.date;

import java.util.List;
import org.dateline.model.TimexType;

/**
 * "four years ago" is the year 2009, not the day 2009-03-22: TimeML gives "N units ago" the
 * granularity of its unit (SUTime keeps the day). A vague count ("several years ago", "weeks
 * ago") cannot be placed and is PAST_REF.
 */
final class AgoRule implements MentionRule {
    @Override
    public Mention rewrite(DocContext doc, Mention m) {
        List<String> w = doc.words(m);
        int n = w.size();
        if (doc.anchor() == null || n < 2 || !w.get(n - 1).equals("ago")) {
            return m;
        }
        String unit = Periods.unitWord(w.get(n - 2));
        if (unit == null || Vocabulary.UNITS.get(unit).timePart()) {
            return m;
        }
        String quantity = null;
        for (int i = n - 3; i >= 0 && quantity == null; i--) {
            quantity = Durations.quantity(w.get(i));
        }
        if (quantity == null) {
            quantity = w.get(n - 2).endsWith("s") ? "X" : "1";
        }
        if (quantity.equals("X")) {
            return m.with(TimexType.DATE, "PAST_REF");
        }
        // "a decade ago" names a year, not a decade.
        String granularity = unit.equals("decade") || unit.equals("century") ? "year" : unit;
        return m.with(TimexType.DATE, Periods.of(Periods.shift(doc.anchor(), unit, -Long.parseLong(quantity)), granularity));
    }
}
