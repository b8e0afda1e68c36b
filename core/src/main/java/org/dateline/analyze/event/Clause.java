package org.dateline.analyze.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.DependencyTree;

/**
 * The predicate a trigger lives in. A verb trigger is its own predicate; an event noun borrows a
 * light verb ("held talks", "imposed sanctions", "the monitoring did not take place") for its
 * subject, tense and negation. Control verbs above it ("plans to hold", "failed to take place")
 * carry modality too, so they are collected as the clause's chain of heads.
 *
 * @param lightVerb the verb an event noun hangs from, or -1
 * @param nounIsSubject true when the noun is that verb's subject ("talks took place")
 * @param heads the trigger, its light verb, and the verbs it is the complement of (xcomp)
 */
record Clause(int trigger, int lightVerb, boolean nounIsSubject, List<Integer> heads) {
    private static final Set<String> NOUN_TO_VERB = Set.of("obj", "obl", "nsubj", "nsubj:pass", "iobj");
    /**
     * Verbs that only carry an event noun ("held talks", "imposed sanctions", "did not take place",
     * "cancelled the meeting"). Other verbs act on the event ("attempting to overshadow the protest")
     * and lend it neither their subject nor their tense.
     */
    private static final Set<String> LIGHT_VERBS = Set.of("hold", "stage", "launch", "conduct", "carry", "impose",
        "begin", "start", "organize", "organise", "make", "take", "give", "have", "pay", "sign", "reach", "announce",
        "deliver", "provide", "send", "grant", "declare", "continue", "resume", "lead", "mount", "wage", "join",
        "attend", "call", "go", "put", "open", "file", "issue", "level", "express", "offer", "extend", "approve",
        "host", "mediate", "broker", "facilitate", "sponsor", "convene", "undertake", "perform", "order", "unleash",
        "commit", "introduce", "slap", "expand", "tighten", "intensify", "renew", "step", "cancel", "postpone",
        "delay", "deny", "see", "witness", "plan", "schedule", "end", "escalate", "keep",
        "repeat", "reiterate", "voice", "echo", "lodge", "reimpose", "re-impose");
    /** Heads an event noun hangs under without changing who acts: "$5 billion in aid", "a round of talks". */
    private static final Set<String> QUANTITY_HEADS = Set.of("$", "round", "series", "wave", "number", "package",
        "batch", "amount", "billion", "million", "dozen", "thousand", "hundred", "set", "string", "spate", "new");
    private static final int MAX_CLIMB = 4;

    Clause {
        heads = List.copyOf(heads);
    }

    static Clause of(AnnotatedText text, DependencyTree tree, int trigger) {
        int light = -1;
        boolean subject = false;
        if (!text.tokens().get(trigger).isVerb()) {
            int n = trigger;
            // "$5 billion in [aid]": climb noun modifiers to the phrase a verb governs
            for (int i = 0; i < 2 && tree.relation(n).startsWith("nmod") && tree.head(n) >= 0
                && quantity(text.tokens().get(tree.head(n))); i++) {
                n = tree.head(n);
            }
            int head = tree.head(n);
            String rel = tree.relation(n);
            // A verb the event noun is the subject of tells what became of the event ("talks failed
            // to take place"), whatever the verb; as an object it must be a light verb.
            boolean subjectOf = rel.equals("nsubj");
            if (head >= 0 && text.tokens().get(head).isVerb()
                && (subjectOf || LIGHT_VERBS.contains(Phrase.lemma(text.tokens().get(head))))
                && NOUN_TO_VERB.stream().anyMatch(r -> r.equals(rel) || rel.startsWith(r + ":"))) {
                light = head;
                subject = rel.startsWith("nsubj") && !rel.equals("nsubj:pass");
            }
        }
        List<Integer> heads = new ArrayList<>();
        heads.add(trigger);
        int top = trigger;
        if (light >= 0) {
            heads.add(light);
            top = light;
        }
        for (int i = 0; i < MAX_CLIMB && tree.relation(top).equals("xcomp") && tree.head(top) >= 0; i++) {
            top = tree.head(top);
            heads.add(top);
        }
        return new Clause(trigger, light, subject, heads);
    }

    /** A word that only counts or groups what its "of" or "in" phrase names: "$5 billion in aid", "a wave of strikes". */
    static boolean quantity(org.dateline.nlp.Token t) {
        return t.pos().equals("CD") || t.pos().equals("$") || QUANTITY_HEADS.contains(Phrase.lemma(t));
    }

    /** The verb whose subject and arguments speak for the event: the trigger or its light verb. */
    int predicate() {
        return lightVerb >= 0 ? lightVerb : trigger;
    }
}
