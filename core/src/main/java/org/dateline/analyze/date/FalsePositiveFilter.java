package org.dateline.analyze.date;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.model.TimexType;

/**
 * Drops what SUTime tags but TimeML does not: ages ("his 22-year-old son", "children ages 6
 * months and older": they measure a person, not a time) and lone words that only sound temporal
 * ("at the time", "current policies", "recent talks", "former minister"); and performance
 * measures, where a length of time rates a result rather than placing or lasting an event: a margin
 * ("one second slower than his record", "two minutes faster") and a threshold ("a sub-four-minute
 * mile", "a sub-two-hour marathon"); and an address's block number ("the 2000 block of Northwest 29th
 * Terrace", which police reports give and which SUTime reads as a year).
 */
final class FalsePositiveFilter {
    private static final Set<String> LONE_WORDS = Set.of("time", "current", "recent", "former");
    private static final Set<String> AGE_CUES = Set.of("age", "ages", "aged");
    private static final Set<String> PACE_COMPARATIVES = Set.of("slower", "faster", "quicker");

    List<Mention> apply(DocContext doc, List<Mention> in) {
        return in.stream().filter(m -> !isAge(doc, m) && !isLoneWord(doc, m) && !isPerformance(doc, m)
            && !isBlockNumber(doc, m)).toList();
    }

    /** A lone number right before "block": an address's block ("the 2000 block of Northwest 29th Terrace"). */
    private static boolean isBlockNumber(DocContext doc, Mention m) {
        return m.tokenEnd() - m.tokenStart() == 1 && doc.word(m.tokenStart()).chars().allMatch(Character::isDigit)
            && doc.word(m.tokenEnd()).equalsIgnoreCase("block");
    }

    private static boolean isAge(DocContext doc, Mention m) {
        if (m.type() != TimexType.DURATION) {
            return false;
        }
        String text = doc.textOf(m).toLowerCase(Locale.ROOT);
        return text.endsWith("-old") || doc.word(m.tokenEnd()).equals("old")
            || (doc.word(m.tokenEnd()).equals("-") && doc.word(m.tokenEnd() + 1).equals("old"))
            || AGE_CUES.contains(doc.word(m.tokenStart() - 1));
    }

    private static boolean isPerformance(DocContext doc, Mention m) {
        if (m.type() != TimexType.DURATION) {
            return false;
        }
        String before = doc.word(m.tokenStart() - 1);
        return PACE_COMPARATIVES.contains(doc.word(m.tokenEnd())) || doc.textOf(m).toLowerCase(Locale.ROOT).startsWith("sub-")
            || before.equals("sub-") || (before.equals("-") && doc.word(m.tokenStart() - 2).equals("sub"));
    }

    private static boolean isLoneWord(DocContext doc, Mention m) {
        return m.tokenEnd() - m.tokenStart() == 1 && LONE_WORDS.contains(doc.word(m.tokenStart()));
    }
}
