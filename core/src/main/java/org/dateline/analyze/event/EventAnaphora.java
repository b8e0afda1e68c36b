package org.dateline.analyze.event;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.EventType;
import org.dateline.model.Factuality;

/**
 * News tells one event over several sentences: "Mammadov and Türk discussed ...", then "the two
 * officials met ... on February 28", then "during the meeting, the sides ...". This pass settles
 * such references in article order:
 * <ul>
 *   <li>a subject that only points back ("the two officials", "the sides") takes the actors of the
 *       latest earlier event of the same type;
 *   <li>a definite event noun with no party of its own ("the monitoring did not take place") is the
 *       earlier event of the same word (for violence, of any violence word: "shot four people ...
 *       had planned the shooting"): it adds no event, but a negation it carries overrides what
 *       the first mention said (a planned monitoring that never happened is negated);
 *   <li>the earlier event without a date takes the date of the later mention that gives one.
 * </ul>
 */
final class EventAnaphora {
    private EventAnaphora() {}

    static List<Candidate> resolve(List<Candidate> inOrder, List<String> lemmas) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < inOrder.size(); i++) {
            Candidate c = inOrder.get(i);
            if (c.parties().anaphoric()) {
                int previous = latest(out, c.type(), -1);
                if (previous >= 0) {
                    Candidate p = out.get(previous);
                    c = c.withParties(c.parties().withActors(p.parties().actors()),
                        Confidence.withInheritedActors(c.confidence()));
                    if (p.date() == null && c.date() != null) {
                        out.set(previous, p.withDate(c.date()));
                    } else if (c.date() == null && p.date() != null) {
                        c = c.withDate(p.date());
                    }
                }
            }
            if (c.definite() && c.parties().isEmpty()) {
                // "shot four people ... planned the shooting": a definite violence noun with no party
                // of its own is the violence already told, whatever word told it
                int same = c.type() == EventType.ASSAULT ? latest(out, EventType.ASSAULT) : latestSameWord(out, c, lemmas);
                if (same >= 0) {
                    if (c.factuality() == Factuality.NEGATED) {
                        out.set(same, out.get(same).withFactuality(Factuality.NEGATED));
                    }
                    continue;
                }
            }
            out.add(c);
        }
        return out;
    }

    private static int latest(List<Candidate> events, EventType type, int exclude) {
        for (int i = events.size() - 1; i >= 0; i--) {
            if (i != exclude && events.get(i).type() == type && !events.get(i).parties().actors().isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    private static int latest(List<Candidate> events, EventType type) {
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i).type() == type) {
                return i;
            }
        }
        return -1;
    }

    private static int latestSameWord(List<Candidate> events, Candidate c, List<String> lemmas) {
        String word = lemmas.get(c.trigger());
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i).type() == c.type() && lemmas.get(events.get(i).trigger()).equals(word)) {
                return i;
            }
        }
        return -1;
    }
}
