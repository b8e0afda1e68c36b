package org.dateline.analyze.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.model.Entity;
import org.dateline.model.Span;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Token;

/**
 * Which entity each token names, from the entity stage's mention spans: the bridge from syntax
 * (a subject token) to the record's entity ids. A token inside two mentions belongs to the
 * shorter, the more specific one ("Azerbaijan" inside "Ministry of Foreign Affairs of Azerbaijan").
 */
final class EntityTokens {
    private final Map<Integer, String> byToken = new HashMap<>();
    private final Map<String, Entity> byId = new HashMap<>();

    EntityTokens(AnnotatedText text, List<Entity> entities) {
        Map<Integer, Integer> length = new HashMap<>();
        for (Entity e : entities) {
            byId.put(e.id(), e);
            for (Span m : e.mentions()) {
                for (Token t : tokensIn(text, m)) {
                    Integer before = length.get(t.index());
                    if (before == null || m.length() < before) {
                        byToken.put(t.index(), e.id());
                        length.put(t.index(), m.length());
                    }
                }
            }
        }
    }

    /** The entity id the token belongs to, or null. */
    String at(int token) {
        return byToken.get(token);
    }

    Entity entity(String id) {
        return byId.get(id);
    }

    private static List<Token> tokensIn(AnnotatedText text, Span m) {
        List<Token> in = new ArrayList<>();
        for (int i = text.firstTokenFrom(m.start()); i < text.tokens().size(); i++) {
            Token t = text.tokens().get(i);
            if (t.start() >= m.end()) {
                break;
            }
            if (t.end() <= m.end()) {
                in.add(t);
            }
        }
        return in;
    }
}
