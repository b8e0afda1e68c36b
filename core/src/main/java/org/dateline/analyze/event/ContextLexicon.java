package org.dateline.analyze.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dateline.analyze.data.TsvTable;
import org.dateline.model.EventContext;

/**
 * PLOVER contexts from {@code contexts.tsv}. Contexts describe the setting rather than the act, so
 * they come from the event's sentence and from the article's recurring words, not from the trigger.
 */
final class ContextLexicon {
    private record Context(EventContext name, Set<String> cues) {}

    /** A cue must recur in this many sentences to colour every event of the article. */
    private static final int ARTICLE_MIN_SENTENCES = 2;
    private static final ContextLexicon STANDARD = load();

    private final List<Context> contexts;

    private ContextLexicon(List<Context> contexts) {
        this.contexts = contexts;
    }

    static ContextLexicon standard() {
        return STANDARD;
    }

    /**
     * @param sentence the words, lemmas and two-word sequences of the event's sentence, lower case
     * @param article the same for every sentence of the article
     */
    List<EventContext> contexts(Set<String> sentence, List<Set<String>> article) {
        List<EventContext> found = new ArrayList<>();
        for (Context c : contexts) {
            boolean here = sentence.stream().anyMatch(c.cues()::contains);
            long recurring = article.stream().filter(s -> s.stream().anyMatch(c.cues()::contains)).count();
            if (here || recurring >= ARTICLE_MIN_SENTENCES) {
                found.add(c.name());
            }
        }
        return found;
    }

    private static ContextLexicon load() {
        List<Context> contexts = new ArrayList<>();
        for (TsvTable.Row f : TsvTable.resource(ContextLexicon.class, "contexts.tsv", "context", "cues").rows()) {
            contexts.add(new Context(f.value("context", EventContext::fromWire), Set.copyOf(f.items("cues"))));
        }
        return new ContextLexicon(List.copyOf(contexts));
    }
}
