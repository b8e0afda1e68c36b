package org.dateline.analyze.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dateline.analyze.data.TsvTable;
import org.dateline.model.EventMode;
import org.dateline.model.EventType;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.DependencyTree;

/**
 * Violence done by protesters is a riot, not an attack: "Protesters torched police vehicles and
 * looted shops" is PLOVER's PROTEST with mode riot (ACLED: Violent demonstration), whichever lexicon
 * read "torched" as an ASSAULT. Who counts as protesting and which acts are rioting are the rows of
 * {@code riots.tsv}. Only the doer decides: "police fired on protesters" stays an ASSAULT, as the
 * contract says.
 */
final class Riots {
    private enum Role { PROTESTER, GATHERING, ACT, OCCUPATION, PROTESTING }

    private static final int MAX_CLIMB = 4;
    private static final Riots STANDARD = load();

    private final Map<String, Role> words;

    private Riots(Map<String, Role> words) {
        this.words = words;
    }

    static Riots standard() {
        return STANDARD;
    }

    /** The entry read as a riot when its act is violence by a crowd in protest; else the entry as it is. */
    LexiconEntry recode(AnnotatedText text, DependencyTree tree, int trigger, LexiconEntry e) {
        if (!tree.sentence().parsed()) {
            return e;
        }
        Role trig = words.get(Phrase.lemma(text.tokens().get(trigger)));
        if (e.type() == EventType.COERCE && trig == Role.OCCUPATION) {
            // "campuses remain occupied by student demonstrators": a sit-in, PLOVER's PROTEST obstruct, not
            // an authority seizing property
            for (int doer : doers(text, tree, trigger)) {
                if (role(text, tree, doer, 0) == Role.PROTESTER) {
                    return new LexiconEntry(e.lemma(), e.verb(), EventType.PROTEST, EventMode.OBSTRUCT, e.frame(), e.needs(),
                        e.excludes(), e.bare(), e.contexts(), e.rule() + " (occupation by protesters)");
                }
            }
            return e;
        }
        if (e.type() != EventType.ASSAULT) {
            return e;
        }
        boolean act = trig == Role.ACT;
        for (int doer : doers(text, tree, trigger)) {
            Role role = role(text, tree, doer, 0);
            if (role == Role.PROTESTER || role == Role.GATHERING && act) {
                return new LexiconEntry(e.lemma(), e.verb(), EventType.PROTEST, EventMode.RIOT, e.frame(), e.needs(),
                    e.excludes(), e.bare(), e.contexts(), e.rule() + " (riot: a crowd's act)");
            }
        }
        return e;
    }

    /**
     * The words that do the act: the subject of its clause (climbing "and", "to" and adverbial
     * clauses as PartyFinder does: "protesters marched and torched cars"), or for an event noun
     * without a light verb its "by" agent or possessor ("looting by rioters", "the rioters' attack").
     */
    private static List<Integer> doers(AnnotatedText text, DependencyTree tree, int trigger) {
        Clause clause = Clause.of(text, tree, trigger);
        List<Integer> doers = new ArrayList<>();
        if (!text.tokens().get(trigger).isVerb() && clause.lightVerb() < 0) {
            for (int c : tree.children(trigger)) {
                String rel = tree.relation(c);
                if (rel.equals("nmod:poss") || rel.startsWith("nmod") && tree.children(c, "case").stream()
                    .anyMatch(k -> Phrase.lemma(text.tokens().get(k)).equals("by"))) {
                    doers.add(c);
                }
            }
            return doers;
        }
        if (clause.nounIsSubject()) {
            return doers; // "the clashes left two dead": the noun's own agent is no subject here
        }
        int cur = clause.predicate();
        // a passive, or a past participle with a "by" phrase, which the parser may hang on the verb the
        // participle completes ("campuses remain occupied by students": "by" under "remain")
        List<Integer> passives = new ArrayList<>(List.of(cur));
        if (cur != trigger) {
            passives.add(trigger);
        }
        if (text.tokens().get(trigger).pos().equals("VBN") && tree.relation(trigger).equals("xcomp") && tree.head(trigger) >= 0) {
            passives.add(tree.head(trigger));
        }
        for (int v : passives) {
            if (!tree.children(v, "aux:pass").isEmpty() || !tree.children(v, "nsubj:pass").isEmpty()
                || text.tokens().get(v).pos().equals("VBN") || v != cur && v != trigger) {
                for (int c : tree.children(v, "obl")) {
                    if (tree.children(c, "case").stream().anyMatch(k -> Phrase.lemma(text.tokens().get(k)).equals("by"))) {
                        doers.add(c); // "cars were torched by rioters", "occupied by demonstrators": the passive's doer
                    }
                }
            }
        }
        for (int i = 0; i < MAX_CLIMB && cur >= 0; i++) {
            List<Integer> subjects = tree.children(cur, "nsubj");
            if (!subjects.isEmpty()) {
                // a passive subject receives the act: "protesters were beaten" is no riot
                for (int x : subjects) {
                    if (tree.relation(x).equals("nsubj")) {
                        // "protesters who threw stones": the relative pronoun stands for the noun
                        boolean relative = text.tokens().get(x).pos().startsWith("W") && tree.relation(cur).equals("acl:relcl");
                        doers.add(relative ? tree.head(cur) : x);
                    }
                }
                return doers;
            }
            String rel = tree.relation(cur);
            if (!(rel.equals("xcomp") || rel.equals("conj") || rel.equals("advcl"))) {
                break;
            }
            cur = tree.head(cur);
        }
        return doers;
    }

    /**
     * What a doer word is: its own lemma's role, else the role of the people its "of" phrase names
     * ("hundreds of protesters", "tens of thousands of demonstrators", "a crowd of protesters").
     */
    private Role role(AnnotatedText text, DependencyTree tree, int doer, int depth) {
        Role own = words.get(Phrase.lemma(text.tokens().get(doer)));
        if (own == Role.PROTESTER || tree.children(doer).stream()
            .filter(m -> tree.relation(m).equals("amod") || tree.relation(m).equals("acl"))
            .anyMatch(m -> words.get(Phrase.lemma(text.tokens().get(m))) == Role.PROTESTING)) {
            return Role.PROTESTER; // "striking workers", "students protesting the reform" protest by what they do
        }
        if ((own == null || own == Role.GATHERING) && depth < 2) {
            for (int c : tree.children(doer, "nmod")) {
                boolean of = tree.children(c, "case").stream().anyMatch(k -> Phrase.lemma(text.tokens().get(k)).equals("of"));
                if (of && role(text, tree, c, depth + 1) == Role.PROTESTER) {
                    return Role.PROTESTER;
                }
            }
        }
        return own == Role.GATHERING ? own : null;
    }

    private static Riots load() {
        Map<String, Role> words = new HashMap<>();
        TsvTable table = TsvTable.resource(Riots.class, "riots.tsv", "lemma", "role");
        for (TsvTable.Row r : table.rows()) {
            words.put(r.get("lemma"), r.value("role", v -> Role.valueOf(v.toUpperCase(Locale.ROOT))));
        }
        return new Riots(Map.copyOf(words));
    }
}
