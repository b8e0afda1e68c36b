package org.dateline.analyze.date;

import java.util.List;
import org.dateline.model.TimexType;

/**
 * Turns a calendar name without a year ("February 28", "early August", "Sunday night", "the
 * summer", "the fourth quarter", "the weekend") back into its underspecified form (XXXX-02-28, XXXX-08,
 * XXXX-WXX-7TNI, XXXX-SU, XXXX-Q4), dropping SUTime's guess of a year, so that
 * {@link CalendarResolver} can choose it from the tense. Expressions with a year or with a
 * relative word ("last July", "this summer") keep SUTime's value: those it computes well.
 */
final class Underspecifier implements MentionRule {
    @Override
    public Mention rewrite(DocContext doc, Mention m) {
        if (!m.isDate() && m.type() != TimexType.TIME) {
            return m;
        }
        List<String> w = doc.words(m);
        if (w.stream().anyMatch(x -> Vocabulary.isYear(x) || Vocabulary.RELATIVE.contains(x))) {
            return m;
        }
        String value = calendarName(doc, m, w);
        if (value == null) {
            return m;
        }
        String time = m.type() == TimexType.TIME && m.value() != null && m.value().contains("T")
            ? m.value().substring(m.value().indexOf('T')) : "";
        return m.withValue(value + time);
    }

    private static String calendarName(DocContext doc, Mention m, List<String> w) {
        for (int i = 0; i < w.size(); i++) {
            String word = w.get(i);
            String bare = word.startsWith("mid-") ? word.substring(4) : word;
            Integer month = Vocabulary.MONTHS.get(bare);
            boolean ambiguous = bare.equals("may") || bare.equals("march");
            if (month != null && (!ambiguous || doc.token(m.tokenStart() + i).isCapitalised())) {
                Integer day = at(w, i + 1) != null ? Vocabulary.day(at(w, i + 1)) : null;
                if (day == null && i >= 1) {
                    day = Vocabulary.day(w.get(i - 1));
                }
                if (day == null && i >= 2 && w.get(i - 1).equals("of")) {
                    day = Vocabulary.day(w.get(i - 2));
                }
                return day == null ? String.format("XXXX-%02d", month) : String.format("XXXX-%02d-%02d", month, day);
            }
        }
        for (String word : w) {
            Integer weekday = Vocabulary.WEEKDAYS.get(word);
            if (weekday != null) {
                return "XXXX-WXX-" + weekday;
            }
            if (word.equals("weekend")) {
                return "XXXX-WXX-WE";
            }
        }
        for (int i = 0; i < w.size(); i++) {
            String season = Vocabulary.SEASONS.get(w.get(i));
            if (season != null) {
                return "XXXX-" + season;
            }
            if (w.get(i).equals("quarter") && i >= 1 && Vocabulary.ORDINALS.containsKey(w.get(i - 1))) {
                return "XXXX-Q" + Vocabulary.ORDINALS.get(w.get(i - 1));
            }
        }
        return null;
    }

    private static String at(List<String> w, int i) {
        return i < w.size() ? w.get(i) : null;
    }
}
