package org.dateline.analyze.event;

/**
 * How much an event's evidence is worth, in [0, 1]. The scale is ordinal and hand-set, not a
 * calibrated probability: it orders events by how they were found so that users can cut at a
 * threshold. A verb with its subject and object from the parse scores highest; a bare event noun
 * with no party lowest; an event read without a parse (sentence too long to parse) sits at the
 * floor of what is still worth reporting.
 *
 * <pre>
 * base: verb trigger 0.55, event noun 0.45, allegation inside a statement 0.50
 * +0.10 the word's sense was confirmed by words of its phrase ("spoke by phone", "joint drills")
 * +0.20 an actor was found in the syntax           +0.10 the other side too (recipient, second actor)
 * -0.10 the actors were carried over from an earlier sentence ("the two officials met")
 * unparsed sentence: 0.30
 * </pre>
 */
final class Confidence {
    static final double UNPARSED = 0.30;

    private Confidence() {}

    static double of(boolean verb, boolean specific, Parties parties, Frame frame, boolean inherited) {
        double c = verb ? 0.55 : 0.45;
        if (specific) {
            c += 0.10;
        }
        if (!parties.actors().isEmpty()) {
            c += 0.20;
        }
        boolean otherSide = frame == Frame.SYMMETRIC ? parties.actors().size() >= 2 || !parties.recipients().isEmpty()
            : !parties.recipients().isEmpty();
        if (otherSide) {
            c += 0.10;
        }
        if (inherited) {
            c -= 0.10;
        }
        return round(Math.max(0.05, Math.min(0.95, c)));
    }

    static double allegation(boolean recipientFound) {
        return recipientFound ? 0.60 : 0.50;
    }

    static double round(double c) {
        return Math.round(c * 100) / 100.0;
    }
}
