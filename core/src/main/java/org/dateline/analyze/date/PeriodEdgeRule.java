package org.dateline.analyze.date;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dateline.model.TimexType;

/**
 * "the end of the year", "the beginning of the month": a date in the current calendar unit,
 * unless the tense rules that out. A past "peaked by the end of the year" written in March
 * means last year's end; a future "from the start of the month" means next month's start.
 * SUTime always takes the current unit, and for "the end of year" a duration.
 */
final class PeriodEdgeRule implements MentionRule {
    private static final Set<String> EDGES = Set.of("end", "beginning", "start", "middle", "close");
    private static final Set<String> DETERMINERS = Set.of("the", "this");
    private final TenseDetector tenses;

    PeriodEdgeRule(TenseDetector tenses) {
        this.tenses = tenses;
    }

    @Override
    public Mention rewrite(DocContext doc, Mention m) {
        List<String> w = doc.words(m);
        int n = w.size();
        if (doc.anchor() == null || n < 3 || !w.get(0).equals("the") || !EDGES.contains(w.get(1))
                || !w.get(2).equals("of")) {
            return m;
        }
        String unit = n == 4 ? w.get(3) : n == 5 && DETERMINERS.contains(w.get(3)) ? w.get(4) : null;
        if (unit == null || !Set.of("week", "month", "year").contains(unit)) {
            return m;
        }
        boolean end = w.get(1).equals("end") || w.get(1).equals("close");
        boolean start = w.get(1).equals("beginning") || w.get(1).equals("start");
        int shift = switch (tenses.tenseAt(doc, m.tokenStart(), m.tokenEnd())) {
            case PAST, UNKNOWN -> end ? -1 : 0;
            case FUTURE -> start ? 1 : 0;
            case PRESENT -> 0;
        };
        LocalDate d = Periods.shift(doc.anchor(), unit, shift);
        return m.with(TimexType.DATE, Periods.of(d, unit));
    }
}
