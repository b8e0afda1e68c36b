package org.dateline.analyze.date;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.TimexType;

/**
 * A clock time takes its day from a date next to it ("at 10:30 a.m. on Thursday", "Sunday at 8
 * PM"): SUTime puts every bare time on the anchor's day. Within a few tokens of the same sentence
 * the nearest full date wins; with nothing between them ("15:00 GMT Saturday") they are one
 * TIME expression, as TimeML tags it.
 */
final class TimeAnchoring {
    private static final Pattern TIME = Pattern.compile("(\\d{4}-\\d\\d-\\d\\d)(T.+)");
    private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d\\d-\\d\\d");
    private static final int MAX_GAP = 3;

    List<Mention> apply(DocContext doc, List<Mention> in) {
        List<Mention> out = new ArrayList<>(in);
        for (int i = 0; i < out.size(); i++) {
            Mention m = out.get(i);
            Matcher time = m.value() == null ? null : TIME.matcher(m.value());
            if (m.type() != TimexType.TIME || time == null || !time.matches() || namesDay(doc, m)) {
                continue;
            }
            int best = -1;
            int bestGap = MAX_GAP + 1;
            for (int j = Math.max(0, i - 1); j <= Math.min(out.size() - 1, i + 1); j++) {
                Mention d = out.get(j);
                if (j == i || !d.isDate() || d.value() == null || !FULL_DATE.matcher(d.value()).matches()
                        || !doc.sameSentence(d.tokenStart(), m.tokenStart())) {
                    continue;
                }
                int gap = j < i ? m.tokenStart() - d.tokenEnd() : d.tokenStart() - m.tokenEnd();
                if (gap >= 0 && gap < bestGap) {
                    best = j;
                    bestGap = gap;
                }
            }
            if (best < 0) {
                continue;
            }
            Mention d = out.get(best);
            String value = d.value() + time.group(2);
            if (bestGap == 0) {
                Mention merged = new Mention(Math.min(m.start(), d.start()), Math.max(m.end(), d.end()),
                    Math.min(m.tokenStart(), d.tokenStart()), Math.max(m.tokenEnd(), d.tokenEnd()), TimexType.TIME, value);
                out.set(i, merged);
                out.remove(best);
                i = Math.min(i, best);
            } else {
                out.set(i, m.withValue(value));
            }
        }
        return out;
    }

    private static boolean namesDay(DocContext doc, Mention m) {
        return doc.words(m).stream().anyMatch(w -> Vocabulary.WEEKDAYS.containsKey(w) || Vocabulary.MONTHS.containsKey(w)
            || w.equals("today") || w.equals("yesterday") || w.equals("tomorrow") || w.equals("tonight"));
    }
}
