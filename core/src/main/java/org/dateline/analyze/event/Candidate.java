package org.dateline.analyze.event;

import java.util.List;
import org.dateline.model.Event.When;
import org.dateline.model.Event.Where;
import org.dateline.model.EventContext;
import org.dateline.model.EventMode;
import org.dateline.model.EventType;
import org.dateline.model.Factuality;

/**
 * An event while the article is still being read: what the sentence gave, before references to
 * earlier events ("the two officials met", "the monitoring did not take place") are settled.
 *
 * @param definite the trigger is a noun with "the/this/that": it may point back at an earlier event
 * @param coded contexts the trigger's own sense gives (a CAMEO code's), beside those of the sentence
 */
record Candidate(int sentence, int trigger, EventType type, EventMode mode, Parties parties, When date, Where place,
                 Factuality factuality, String claimedBy, double confidence, boolean definite, List<EventContext> coded) {
    Candidate {
        coded = List.copyOf(coded);
    }

    Candidate withFactuality(Factuality f) {
        return new Candidate(sentence, trigger, type, mode, parties, date, place, f, claimedBy, confidence, definite, coded);
    }

    Candidate withParties(Parties p, double c) {
        return new Candidate(sentence, trigger, type, mode, p, date, place, factuality, claimedBy, c, definite, coded);
    }

    Candidate withDate(When d) {
        return new Candidate(sentence, trigger, type, mode, parties, d, place, factuality, claimedBy, confidence, definite, coded);
    }
}
