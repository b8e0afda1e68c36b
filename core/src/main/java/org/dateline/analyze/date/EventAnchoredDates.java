package org.dateline.analyze.date;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Gives "the day" of "the day before the son reported him missing" the year of the narrative it
 * sits in. Such a day is anchored to an event, not to the published date, so the day itself stays
 * unknown; but TimeML fills what the text does tell, and the year is the reference time's: that of
 * the nearest date before it (a day, month or year; clock times and durations do not set the
 * narrative's time). With no dated mention before it the value stays XXXX-XX-XX.
 */
final class EventAnchoredDates {
    private static final Pattern DATED = Pattern.compile("\\d{4}.*");

    List<Mention> apply(DocContext doc, List<Mention> in) {
        List<Mention> out = new ArrayList<>(in);
        for (int i = 0; i < out.size(); i++) {
            Mention m = out.get(i);
            if (!isEventAnchored(doc, m)) {
                continue;
            }
            for (int j = i - 1; j >= 0; j--) {
                Mention before = out.get(j);
                if (before.isDate() && before.value() != null && DATED.matcher(before.value()).matches()) {
                    out.set(i, m.withValue(before.value().substring(0, 4) + m.value().substring(4)));
                    break;
                }
            }
        }
        return out;
    }

    /** A mention the span splitter made of "the day before EVENT": "the day", its value still unknown. */
    private static boolean isEventAnchored(DocContext doc, Mention m) {
        if (!m.isDate()) {
            return false;
        }
        Mention anchored = SpanSplitter.eventAnchored(doc, m);
        return anchored != null && anchored.value().equals(m.value());
    }
}
