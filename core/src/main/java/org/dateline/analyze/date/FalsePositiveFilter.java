package org.dateline.analyze.date;

import java.util.List;
import java.util.Set;
import org.dateline.model.TimexType;

/**
 * Drops what SUTime tags but TimeML does not: ages ("his 22-year-old son", "children ages 6
 * months and older": they measure a person, not a time) and lone words that only sound temporal
 * ("at the time", "current policies", "recent talks", "former minister").
 */
final class FalsePositiveFilter {
    private static final Set<String> LONE_WORDS = Set.of("time", "current", "recent", "former");
    private static final Set<String> AGE_CUES = Set.of("age", "ages", "aged");

    List<Mention> apply(DocContext doc, List<Mention> in) {
        return in.stream().filter(m -> !isAge(doc, m) && !isLoneWord(doc, m)).toList();
    }

    private static boolean isAge(DocContext doc, Mention m) {
        if (m.type() != TimexType.DURATION) {
            return false;
        }
        String text = doc.textOf(m).toLowerCase();
        return text.endsWith("-old") || doc.word(m.tokenEnd()).equals("old")
            || (doc.word(m.tokenEnd()).equals("-") && doc.word(m.tokenEnd() + 1).equals("old"))
            || AGE_CUES.contains(doc.word(m.tokenStart() - 1));
    }

    private static boolean isLoneWord(DocContext doc, Mention m) {
        return m.tokenEnd() - m.tokenStart() == 1 && LONE_WORDS.contains(doc.word(m.tokenStart()));
    }
}
