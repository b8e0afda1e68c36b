package org.dateline.analyze.date;

import java.util.List;
import java.util.Set;
import org.dateline.model.TimexType;

/**
 * "the past year", "the next decade", "the past several months", "last three years": a stretch of
 * time measured from now, which TimeML types DURATION (P1Y, P10Y, PXM, P3Y); SUTime makes some
 * of them calendar dates (2013, 202X) or date ranges. Exceptions: "the last week/month/year"
 * names the previous calendar unit like "last week" does; and a lone day ("the next day") is an
 * anaphoric date, left to SUTime.
 */
final class StretchRule implements MentionRule {
    private static final Set<String> DIRECTIONS = Set.of("past", "last", "next", "coming", "previous", "following");

    @Override
    public Mention rewrite(DocContext doc, Mention m) {
        List<String> w = doc.words(m);
        int i = 0;
        boolean the = !w.isEmpty() && w.get(0).equals("the");
        if (the) {
            i++;
        }
        if (i >= w.size() || !DIRECTIONS.contains(w.get(i)) || w.size() < i + 2) {
            return m;
        }
        String direction = w.get(i);
        String unitToken = w.get(w.size() - 1);
        String unit = Periods.unitWord(unitToken);
        if (unit == null || unit.equals("day") && !unitToken.endsWith("s")) {
            return m;
        }
        List<String> between = w.subList(i + 1, w.size() - 1);
        boolean counted = between.stream().anyMatch(x -> Durations.quantity(x) != null) || unitToken.endsWith("s");
        if (!counted && !the) {
            return m; // "last week", "next year": calendar units SUTime resolves
        }
        if (!counted && direction.equals("last") && doc.anchor() != null && Set.of("week", "month", "year").contains(unit)) {
            return m.with(TimexType.DATE, Periods.of(Periods.shift(doc.anchor(), unit, -1), unit));
        }
        if (!between.stream().allMatch(x -> Durations.quantity(x) != null || x.equals("of") || x.equals("-"))) {
            return m;
        }
        return m.with(TimexType.DURATION, Durations.value(w.subList(i + 1, w.size())));
    }
}
