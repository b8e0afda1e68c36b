package org.dateline.analyze.date;

import java.util.List;
import java.util.Map;
import org.dateline.model.TimexType;

/**
 * "the 99th day", "the second week": counted inside some unnamed stretch (an expedition, a
 * strike), not from the publication date, so the value stays underspecified. SUTime adds the
 * count to the anchor.
 */
final class OrdinalPeriodRule implements MentionRule {
    private static final Map<String, String> VALUES = Map.of("day", "XXXX-XX-XX", "week", "XXXX-WXX",
        "month", "XXXX-XX", "year", "XXXX");

    @Override
    public Mention rewrite(DocContext doc, Mention m) {
        List<String> w = doc.words(m);
        int i = !w.isEmpty() && w.get(0).equals("the") ? 1 : 0;
        if (w.size() != i + 2 || !isOrdinal(w.get(i)) || !VALUES.containsKey(w.get(i + 1))
                || Vocabulary.MONTHS.containsKey(doc.word(m.tokenEnd() + 1))) {
            return m;
        }
        return m.with(TimexType.DATE, VALUES.get(w.get(i + 1)));
    }

    private static boolean isOrdinal(String w) {
        return w.matches("\\d+(st|nd|rd|th)") || List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth").contains(w);
    }
}
