package org.dateline.analyze.event;

/**
 * The one confidence policy of events: how much an event's evidence is worth, in [0, 1]. Every
 * number of the scale is here; the analyser and the anaphora pass only say what they found.
 *
 * <p>The scale is ordinal and hand-set, not a calibrated probability: it orders events by how they
 * were found so that users can cut at a threshold. A verb with its subject and object from the
 * parse scores highest; a bare event noun with no party lowest; an event read without a parse
 * (sentence too long to parse) sits at the floor of what is still worth reporting.
 *
 * <pre>
 * base: verb trigger 0.55, event noun 0.45, allegation inside a statement 0.50
 * +0.10 the word's sense was confirmed by words of its phrase ("spoke by phone", "joint drills")
 * +0.20 an actor was found in the syntax           +0.10 the other side too (recipient, second actor)
 * -0.10 the actors were carried over from an earlier sentence ("the two officials met")
 * unparsed sentence: 0.30; always within [0.05, 0.95], rounded to two decimals
 * </pre>
 */
final class Confidence {
    /** A verb trigger: news states acts with verbs ("Armenia shelled ..."), so a verb is the surest start. */
    private static final double VERB = 0.55;
    /** An event noun ("talks", "an explosion"): as often the topic of a sentence as an act it reports. */
    private static final double NOUN = 0.45;
    /** An allegation word inside a statement: the act rests on one speaker's word. */
    private static final double ALLEGATION = 0.50;
    /** The word's sense was confirmed by its phrase, so a common word's rare event sense is less of a guess. */
    private static final double SPECIFIC_SENSE = 0.10;
    /** Someone who acted was found in the syntax: the event has an author, not just a word. */
    private static final double ACTOR = 0.20;
    /** The other side was found too (recipient, or a second party of a symmetric event). */
    private static final double OTHER_SIDE = 0.10;
    /** Actors carried over from an earlier sentence are a guess across sentences. */
    private static final double INHERITED_ACTORS = 0.10;
    /** An event read without a parse (sentence too long): worth reporting, never worth more than that. */
    static final double UNPARSED = 0.30;
    /** Never certain, never nothing: an event that is reported at all has some evidence, and no rule is sure. */
    private static final double FLOOR = 0.05;
    private static final double CEILING = 0.95;

    private Confidence() {}

    /** An event found from a parsed sentence. */
    static double of(boolean verb, boolean specific, Parties parties, Frame frame) {
        double c = verb ? VERB : NOUN;
        if (specific) {
            c += SPECIFIC_SENSE;
        }
        if (!parties.actors().isEmpty()) {
            c += ACTOR;
        }
        boolean otherSide = frame == Frame.SYMMETRIC ? parties.actors().size() >= 2 || !parties.recipients().isEmpty()
            : !parties.recipients().isEmpty();
        if (otherSide) {
            c += OTHER_SIDE;
        }
        return round(Math.max(FLOOR, Math.min(CEILING, c)));
    }

    /** An allegation inside a statement: the speaker accuses the word's agent. */
    static double allegation(boolean recipientFound) {
        return round(recipientFound ? ALLEGATION + OTHER_SIDE : ALLEGATION);
    }

    /** An event whose actors were taken from an earlier event ("the two officials met"). */
    static double withInheritedActors(double confidence) {
        return round(Math.max(FLOOR, confidence - INHERITED_ACTORS));
    }

    private static double round(double c) {
        return Math.round(c * 100) / 100.0;
    }
}
