package org.dateline.analyze.statement;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.analyze.data.TsvTable;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Span;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Token;

/**
 * The entity a source names. The entity stage has already tied "He", "the Azerbaijani official"
 * and surnames to their person, so a source resolves through the mentions inside it: the one
 * holding the source's head word first; then a person, an organisation, a country; a possessor
 * ("his attorney", "Azerbaijan's minister") only when nothing else is named. "It" and "they",
 * which the entity stage leaves alone, go to the organisation or country that spoke last or was
 * named last.
 */
final class SpeakerResolver {
    /**
     * Who may speak when no mention holds the source's head. A place last, and only one that
     * modifies the head from before it ("the Karabakh interior ministry": whose ministry), not one
     * after it ("local authorities in Stepanakert": where they are; {@link #placeSpeaks}); a place
     * that is the source ("Baku said") holds its head and is taken before this list is read.
     */
    private static final List<EntityType> PREFERENCE = List.of(EntityType.PERSON, EntityType.ORGANIZATION,
        EntityType.COUNTRY, EntityType.GROUP, EntityType.LOCATION);
    private static final Set<String> COLLECTIVE_PRONOUNS = Set.of("it", "they");
    /** Heads of a source that is no one who can be asked ("sources in the government"), from {@code anonymous-sources.tsv}. */
    private static final Set<String> ANONYMOUS_HEADS = Set.copyOf(TsvTable.resource(SpeakerResolver.class,
        "anonymous-sources.tsv", "lemma").rows().stream().map(r -> r.get("lemma")).toList());
    private static final int PRONOUN_REACH_SENTENCES = 2;

    private final AnnotatedText text;
    private final List<Entity> entities;

    SpeakerResolver(AnnotatedText text, List<Entity> entities) {
        this.text = text;
        this.entities = entities;
    }

    /**
     * "Critics said", "Israeli settlers said", "Prosecutors told reporters": a collective known
     * only by its role (a GROUP the entity stage gave a sector, whether or not a demonym gave it a
     * country too) names no one who can be asked, so its words stay an anonymous source's
     * (speaker null), as the statement gold codes them, though the event stage may still use it
     * as a party. A people ("Armenians", "Palestinians") has no sector and can speak.
     */
    private static boolean anonymousCollective(Entity e) {
        return e.type() == EntityType.GROUP && e.sector() != null;
    }

    /**
     * @param previousSpeaker the speaker of the statement before this one, or null
     */
    String resolve(Span source, int headToken, String previousSpeaker) {
        Token head = headToken >= 0 ? text.tokens().get(headToken) : null;
        if (head != null && source.length() == head.end() - head.start()
            && COLLECTIVE_PRONOUNS.contains(head.word().toLowerCase(Locale.ROOT))) {
            return collective(head, previousSpeaker);
        }
        if (head != null && ANONYMOUS_HEADS.contains(head.lemma().toLowerCase(Locale.ROOT))) {
            return null; // "Sources in the Armenian government said": the government did not say it
        }
        int headStart = head == null ? -1 : head.start();
        for (Entity e : entities) {
            if (anonymousCollective(e)) {
                continue;
            }
            for (Span m : e.mentions()) {
                if (source.contains(m) && m.start() <= headStart && headStart < m.end()) {
                    return e.id();
                }
            }
        }
        for (boolean possessors : new boolean[] {false, true}) {
            for (EntityType type : PREFERENCE) {
                for (Entity e : entities) {
                    if (e.type() == type && !anonymousCollective(e) && e.mentions().stream()
                        .anyMatch(m -> source.contains(m) && possessive(m) == possessors
                            && (type != EntityType.LOCATION || placeSpeaks(m, headStart)))) {
                        return e.id();
                    }
                }
            }
        }
        return null;
    }

    private String collective(Token pronoun, String previousSpeaker) {
        Entity previous = entities.stream().filter(e -> e.id().equals(previousSpeaker)).findFirst().orElse(null);
        if (previous != null && previous.type() != EntityType.PERSON) {
            return previous.id();
        }
        int firstSentence = Math.max(0, pronoun.sentence() - PRONOUN_REACH_SENTENCES);
        int from = text.sentences().get(firstSentence).start();
        boolean singular = pronoun.word().equalsIgnoreCase("it");
        Entity nearest = null;
        int nearestStart = -1;
        for (Entity e : entities) {
            if (e.type() != EntityType.ORGANIZATION && e.type() != EntityType.COUNTRY && e.type() != EntityType.GROUP
                || singular && e.type() == EntityType.GROUP) {
                // a collective is "they", never "it": "campaigners" named in a quotation is not
                // what "it" (the Electoral Commission that issued it) speaks for
                continue;
            }
            for (Span m : e.mentions()) {
                if (m.start() >= from && m.end() <= pronoun.start() && m.start() > nearestStart) {
                    nearest = e;
                    nearestStart = m.start();
                }
            }
        }
        // "they" after "critics" is still the critics: as anonymous as where they were named
        return nearest == null || anonymousCollective(nearest) ? null : nearest.id();
    }

    /**
     * Whether a place named in a source speaks for it: before the head with no preposition between
     * ("the Karabakh interior ministry"), not after it ("authorities in Stepanakert").
     */
    private boolean placeSpeaks(Span m, int headStart) {
        if (headStart < 0 || m.end() > headStart) {
            return false;
        }
        for (int t = text.firstTokenFrom(m.end()); t < text.tokens().size() && text.tokens().get(t).start() < headStart; t++) {
            if (text.tokens().get(t).pos().equals("IN")) {
                return false;
            }
        }
        return true;
    }

    /** A mention that only owns the head: "his" attorney, "Azerbaijan's" minister. */
    private boolean possessive(Span m) {
        String t = m.text().toLowerCase(Locale.ROOT);
        if (Set.of("his", "her", "its", "their").contains(t)) {
            return true;
        }
        int next = text.firstTokenFrom(m.end());
        return next < text.tokens().size() && text.tokens().get(next).start() == m.end()
            && text.tokens().get(next).pos().equals("POS");
    }
}
