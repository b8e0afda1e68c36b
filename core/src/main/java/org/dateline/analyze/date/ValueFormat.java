package org.dateline.analyze.date;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.TimexType;

/**
 * Puts SUTime's values into the form TimeML (and the TempEval-3 gold) writes:
 * <ul>
 * <li>a clock time is the local time the text states, without a zone designator: SUTime writes
 *     "T15:00+0000" for "15:00 GMT", TimeML "T15:00" (and "+0000" is no ISO extended offset);</li>
 * <li>a decade is "199", a century "19" (SUTime: "199X", "19XX");</li>
 * <li>a daily SET is "XXXX-XX-XXTMO" (SUTime: "TMO");</li>
 * <li>a race result "3:07:35" with seconds and no am/pm is a duration, PT3H7M35S, unless a
 *     preposition makes it a point ("at", "by", "until").</li>
 * </ul>
 */
final class ValueFormat implements MentionRule {
    private static final Pattern ZONED = Pattern.compile("(.*T\\d\\d(?::\\d\\d(?::\\d\\d(?:\\.\\d+)?)?)?)(?:Z|[+-]\\d\\d:?\\d\\d)");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})X");
    private static final Pattern CENTURY = Pattern.compile("(\\d{2})XX");
    private static final Pattern STOPWATCH = Pattern.compile("(\\d{1,2}):(\\d\\d):(\\d\\d)");
    private static final java.util.Set<String> POINT_PREPOSITIONS = java.util.Set.of("at", "by", "until", "till",
        "from", "since", "before", "after", "around", "about", "to");

    @Override
    public Mention rewrite(DocContext doc, Mention m) {
        String v = m.value();
        if (v == null) {
            return m;
        }
        Matcher x;
        if (m.type() == TimexType.TIME && (x = STOPWATCH.matcher(doc.textOf(m))).matches()
                && !POINT_PREPOSITIONS.contains(doc.word(m.tokenStart() - 1))) {
            return m.with(TimexType.DURATION, String.format("PT%dH%dM%dS", Integer.parseInt(x.group(1)),
                Integer.parseInt(x.group(2)), Integer.parseInt(x.group(3))));
        }
        if ((x = ZONED.matcher(v)).matches()) {
            return m.withValue(x.group(1));
        }
        if ((x = DECADE.matcher(v)).matches() || (x = CENTURY.matcher(v)).matches()) {
            return m.withValue(x.group(1));
        }
        if (m.type() == TimexType.SET && v.startsWith("T")) {
            return m.withValue("XXXX-XX-XX" + v);
        }
        return m;
    }
}
