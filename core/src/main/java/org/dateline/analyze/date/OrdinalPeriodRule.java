package org.dateline.analyze.date;

import java.util.List;
import org.dateline.model.TimexType;

/**
 * "the 99th day", "the second week": counted inside some unnamed stretch (an expedition, a
 * strike), not from the publication date, so the value stays underspecified. SUTime adds the
 * count to the anchor.
 */
final class OrdinalPeriodRule implements MentionRule {
    @Override
    public Mention rewrite(DocContext doc, Mention m) {
        List<String> w = doc.words(m);
        int i = !w.isEmpty() && w.get(0).equals("the") ? 1 : 0;
        if (w.size() != i + 2 || !isOrdinal(w.get(i)) || !Vocabulary.UNKNOWN_PERIOD.containsKey(w.get(i + 1))
                || Vocabulary.MONTHS.containsKey(doc.word(m.tokenEnd() + 1))) {
            return m;
        }
        return m.with(TimexType.DATE, Vocabulary.UNKNOWN_PERIOD.get(w.get(i + 1)));
    }

    private static boolean isOrdinal(String w) {
        return w.matches("\\d+(st|nd|rd|th)") || List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth").contains(w);
    }
}
