package org.dateline.analyze.event;

import java.util.Set;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Event.Where;
import org.dateline.model.EventMode;
import org.dateline.model.EventType;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.DependencyTree;
import org.dateline.nlp.TokenSpan;

/**
 * Where an event took place: a place entity in a locative phrase of the trigger or its predicate
 * ("protest ... around the Lachin road", "met in Moscow"), or the place visited ("visited Kyiv").
 */
final class EventPlaces {
    private static final Set<String> LOCATIVE = Set.of("in", "at", "on", "near", "around", "across", "along",
        "outside", "inside", "into", "off", "through", "throughout");

    private final AnnotatedText text;
    private final EntityTokens entities;

    EventPlaces(AnnotatedText text, EntityTokens entities) {
        this.text = text;
        this.entities = entities;
    }

    Where of(DependencyTree tree, Clause clause, EventType type, EventMode mode) {
        if (!tree.sentence().parsed()) {
            return null;
        }
        for (int head : new int[] {clause.trigger(), clause.predicate()}) {
            for (int c : tree.children(head)) {
                String rel = tree.relation(c);
                boolean locative = (rel.startsWith("obl") || rel.startsWith("nmod")) && tree.children(c, "case").stream()
                    .anyMatch(k -> LOCATIVE.contains(Phrase.lemma(text.tokens().get(k))));
                boolean visited = mode == EventMode.VISIT && rel.equals("obj");
                if (locative || visited) {
                    Where w = placeUnder(c);
                    if (w != null) {
                        return w;
                    }
                }
            }
        }
        return null;
    }

    /** The first place entity in the phrase: its own head word first, then anything under it. */
    private Where placeUnder(int arg) {
        Where own = placeAt(arg);
        if (own != null) {
            return own;
        }
        TokenSpan phrase = text.subtree(arg);
        for (int t = phrase.from(); t < phrase.to(); t++) {
            Where w = placeAt(t);
            if (w != null) {
                return w;
            }
        }
        return null;
    }

    private Where placeAt(int token) {
        String id = entities.at(token);
        Entity e = id == null ? null : entities.entity(id);
        return e != null && (e.type() == EntityType.LOCATION || e.type() == EntityType.COUNTRY)
            ? new Where(mentionText(e, token), e.id()) : null;
    }

    /** The words the sentence uses for the place ("Lachin road"), not the entity's fullest name. */
    private String mentionText(Entity e, int token) {
        int start = text.tokens().get(token).start();
        return e.mentions().stream().filter(m -> m.start() <= start && start < m.end()).findFirst()
            .map(m -> m.text().replaceFirst("^(?i)the ", "")).orElse(e.name());
    }
}
