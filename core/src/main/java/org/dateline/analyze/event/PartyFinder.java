package org.dateline.analyze.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.EventMode;
import org.dateline.model.EventType;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.DependencyTree;

/**
 * Actors and recipients from the dependency parse: subjects (climbing "plans to", "and"), passive
 * by-agents, objects, "with" and "between A and B", possessors and nationality adjectives of event
 * nouns ("Russia's invasion", "Israeli strikes"), and the subject of an event noun's light verb.
 * Compound parties ("Armenia and Azerbaijan") come back as lists.
 */
final class PartyFinder {
    private static final Set<String> ALWAYS_RECIPIENT = Set.of("to", "against", "upon", "toward", "towards");
    /** "on", "at", "into" name a target for hostile acts, a place for the rest. */
    private static final Set<String> TARGET = Set.of("on", "at", "into");
    private static final Set<EventType> HOSTILE = Set.of(EventType.ASSAULT, EventType.SANCTION, EventType.COERCE, EventType.REQUEST,
        EventType.THREATEN, EventType.ACCUSE);
    private static final Set<String> BETWEEN = Set.of("between", "among", "amongst");
    /** Events whose object is the actor's own forces or weapons, never a recipient. */
    private static final Set<EventType> MOVES_OWN_FORCES = Set.of(EventType.MOBILIZE, EventType.RETREAT);
    /** Nouns whose "of" phrase names the doers ("protest of activists"), not the sufferers. */
    private static final Set<EventType> OF_IS_ACTOR = Set.of(EventType.PROTEST, EventType.CONSULT, EventType.MOBILIZE,
        EventType.AGREE, EventType.COOPERATE);
    private static final Set<String> HOSTING = Set.of("host", "mediate", "broker", "facilitate", "organise", "organize",
        "sponsor", "convene");
    /** Words a subject uses to point back at parties named earlier. */
    private static final Set<String> REFERRING = Set.of("side", "official", "leader", "party", "delegation", "minister",
        "both", "two", "pair", "counterpart", "president");
    private static final Set<String> MODIFIERS = Set.of("nmod", "compound", "amod", "nmod:poss");
    private static final int MAX_CLIMB = 4;

    private final AnnotatedText text;
    private final EntityTokens entities;

    PartyFinder(AnnotatedText text, EntityTokens entities) {
        this.text = text;
        this.entities = entities;
    }

    Parties find(DependencyTree tree, Clause clause, LexiconEntry entry) {
        Roles roles = new Roles();
        boolean noun = clause.lightVerb() >= 0 || !text.tokens().get(clause.trigger()).isVerb();
        boolean hosted = false;
        if (noun) {
            nounArguments(tree, clause.trigger(), entry, roles);
            int light = clause.lightVerb();
            if (light >= 0 && !clause.nounIsSubject()) {
                boolean host = HOSTING.contains(Phrase.lemma(text.tokens().get(light)));
                hosted = host && !roles.coParties.isEmpty();
                if (!hosted) {
                    subjects(tree, light, roles);
                }
                verbArguments(tree, light, entry, roles, false);
            } else if (light >= 0) {
                verbArguments(tree, light, entry, roles, false);
            }
        } else {
            subjects(tree, clause.trigger(), roles);
            verbArguments(tree, clause.trigger(), entry, roles, true);
        }
        List<String> actors = new ArrayList<>(roles.doers);
        List<String> recipients = new ArrayList<>();
        if (entry.frame() == Frame.SYMMETRIC) {
            actors.addAll(roles.objects);
            actors.addAll(roles.coParties);
        } else if (entry.frame() == Frame.HOSTING) {
            recipients.addAll(actors);
            actors.clear();
            actors.addAll(roles.objects);
        } else {
            recipients.addAll(roles.objects);
            recipients.addAll(roles.coParties);
        }
        recipients.addAll(roles.targets);
        if (recipients.isEmpty() && entry.frame() == Frame.DIRECTED && !noun) {
            recipients.addAll(complementObjects(tree, clause.trigger(), entry));
        }
        boolean anaphoric = actors.isEmpty() && roles.referringSubject && entry.frame() == Frame.SYMMETRIC;
        return new Parties(actors, recipients, anaphoric, hosted);
    }

    /**
     * A refusal to tolerate ("Beijing would not tolerate transits of the Strait by US warships"):
     * its subject refuses, and every party named in what is not tolerated receives the warning,
     * by-agents included; places are where it happens, not whom it warns.
     */
    Parties refusal(DependencyTree tree, int word) {
        Roles roles = new Roles();
        int predicate = tree.relation(word).equals("xcomp") && tree.head(word) >= 0 ? tree.head(word) : word;
        subjects(tree, predicate, roles);
        List<Integer> subjects = tree.children(predicate).stream().filter(c -> tree.relation(c).startsWith("nsubj")).toList();
        List<String> recipients = new ArrayList<>();
        for (int t = tree.sentence().tokenStart(); t < tree.sentence().tokenEnd(); t++) {
            int token = t;
            String id = entities.at(t);
            if (id != null && t != predicate && tree.dominates(predicate, t)
                && subjects.stream().noneMatch(s -> s == token || tree.dominates(s, token))
                && entities.entity(id).type() != EntityType.LOCATION) {
                recipients.add(id);
            }
        }
        return new Parties(roles.doers, recipients, false, false);
    }

    /** The agent of an allegation word: its subject (or controller), by-agent, or possessor. */
    List<String> agentOf(DependencyTree tree, int word) {
        Roles roles = new Roles();
        if (text.tokens().get(word).isVerb()) {
            subjects(tree, word, roles);
        } else {
            for (int c : tree.children(word)) {
                String rel = tree.relation(c);
                if (rel.equals("nmod:poss") || rel.startsWith("nmod") && "by".equals(caseOf(tree, c))) {
                    roles.doers.addAll(ids(tree, c));
                }
            }
            int head = tree.head(word);
            if (roles.doers.isEmpty() && head >= 0) {
                // "are facing provocations by Armenia": the parser may hang the by-phrase on the verb
                for (int c : tree.children(head, "obl")) {
                    if ("by".equals(caseOf(tree, c))) {
                        roles.doers.addAll(ids(tree, c));
                    }
                }
            }
        }
        return List.copyOf(roles.doers);
    }

    private static final class Roles {
        final List<String> doers = new ArrayList<>();
        final List<String> objects = new ArrayList<>();
        final List<String> coParties = new ArrayList<>();
        final List<String> targets = new ArrayList<>();
        boolean referringSubject;
    }

    private void subjects(DependencyTree tree, int verb, Roles roles) {
        // "A man died after being [shot]", "He shot a man and was [arrested]": a passive verb that
        // borrows a subject from the clause it hangs on is done to that subject, whatever the
        // voice of the clause it was borrowed from
        boolean passive = !tree.children(verb, "aux:pass").isEmpty();
        int cur = verb;
        for (int i = 0; i < MAX_CLIMB && cur >= 0; i++) {
            List<Integer> subjects = tree.subjects(cur);
            if (!subjects.isEmpty()) {
                for (int s : subjects) {
                    List<String> ids = ids(tree, s);
                    if (tree.passiveSubject(s) || passive && cur != verb) {
                        roles.objects.addAll(ids);
                    } else {
                        roles.doers.addAll(ids);
                        roles.referringSubject |= ids.isEmpty() && referring(tree, s);
                    }
                }
                return;
            }
            String rel = tree.relation(cur);
            if (!(rel.equals("xcomp") || rel.equals("conj") || rel.equals("advcl"))) {
                return;
            }
            cur = tree.head(cur);
        }
    }

    /**
     * True when the clause's subject is "it" or "we" (with {@code they}, "they" too): inside a
     * statement, the speaker speaking of itself ("Israel's military said it had withdrawn its
     * troops"). "They" is the speaker only where the clause says what the speaker will do ("the
     * leaders said they would hold talks"); in a report of what happened it is as often a party
     * the sentence named before ("The army seized the town, where they captured ..., TV reports").
     */
    boolean selfReferringSubject(DependencyTree tree, Clause clause, boolean they) {
        int cur = clause.predicate();
        for (int i = 0; i < MAX_CLIMB && cur >= 0; i++) {
            List<Integer> subjects = tree.subjects(cur);
            if (!subjects.isEmpty()) {
                String w = Phrase.word(text.tokens().get(subjects.get(0)));
                return (w.equals("it") || w.equals("we") || they && w.equals("they")) && entities.at(subjects.get(0)) == null;
            }
            if (!tree.relation(cur).equals("xcomp") && !tree.relation(cur).equals("conj")) {
                return false;
            }
            cur = tree.head(cur);
        }
        return false;
    }

    /** "the two officials", "the sides", "both": a subject that points back at parties already named. */
    private boolean referring(DependencyTree tree, int subject) {
        String lemma = Phrase.lemma(text.tokens().get(subject));
        if (lemma.equals("both")) {
            return true;
        }
        boolean plural = text.tokens().get(subject).pos().equals("NNS");
        boolean pointing = tree.children(subject).stream().map(c -> Phrase.lemma(text.tokens().get(c)))
            .anyMatch(w -> w.equals("the") || w.equals("both") || w.equals("two"));
        return plural && pointing && REFERRING.contains(lemma);
    }

    private void verbArguments(DependencyTree tree, int verb, LexiconEntry entry, Roles roles, boolean own) {
        for (int c : tree.children(verb)) {
            String rel = tree.relation(c);
            if (own && (rel.equals("obj") || rel.equals("iobj"))) {
                List<String> ids = ids(tree, c);
                if (MOVES_OWN_FORCES.contains(entry.type())) {
                    // "deployed troops", "fired missiles", "withdrew soldiers": what is moved is the
                    // actor's own, not a party acted upon
                    ids = ids.stream().filter(id -> !uncodedDescription(id)).toList();
                }
                roles.objects.addAll(ids.isEmpty() ? beneficiaries(tree, c, entry) : ids);
            } else if (!own && rel.equals("iobj")) {
                roles.targets.addAll(ids(tree, c));
            } else if (rel.startsWith("obl") && !rel.equals("obl:tmod") && !rel.equals("obl:npmod")
                && WordUse.destinationPhrase(text, tree, c) == null) {
                // "taken to the Orange Regional Juvenile Detention Center": where someone went, no party
                preposition(tree, c, entry, roles, true);
            }
        }
    }

    /** A non-entity object's "for/to/with/against" party: "support for the Philippines", "ties with Ukraine". */
    private List<String> beneficiaries(DependencyTree tree, int object, LexiconEntry entry) {
        List<String> ids = new ArrayList<>();
        for (int c : tree.children(object, "nmod")) {
            String prep = caseOf(tree, c);
            if (prep != null && (ALWAYS_RECIPIENT.contains(prep) || prep.equals("for") || prep.equals("with") || prep.equals("by")
                || TARGET.contains(prep) && HOSTILE.contains(entry.type()))) {
                ids.addAll(ids(tree, c));
            }
        }
        return ids;
    }

    /** The object of the act a verb announces: "threatened to attack [South Korea]", "pledged to help [Ukraine]". */
    private List<String> complementObjects(DependencyTree tree, int verb, LexiconEntry entry) {
        Roles roles = new Roles();
        for (int x : tree.children(verb, "xcomp")) {
            verbArguments(tree, x, entry, roles, true);
            for (int y : tree.children(x, "xcomp")) {
                verbArguments(tree, y, entry, roles, true);
            }
        }
        List<String> ids = new ArrayList<>(roles.objects);
        ids.addAll(roles.targets);
        ids.addAll(roles.coParties);
        return ids;
    }

    private void nounArguments(DependencyTree tree, int noun, LexiconEntry entry, Roles roles) {
        for (int c : tree.children(noun)) {
            String rel = tree.relation(c);
            if (rel.equals("nmod:poss") || rel.equals("amod") || rel.equals("compound")) {
                String id = entities.at(c);
                if (id != null) {
                    roles.doers.add(id);
                }
            } else if (rel.startsWith("nmod") && !rel.equals("nmod:tmod")) {
                preposition(tree, c, entry, roles, false);
            }
        }
    }

    private void preposition(DependencyTree tree, int arg, LexiconEntry entry, Roles roles, boolean verbal) {
        String prep = caseOf(tree, arg);
        if (prep == null) {
            return;
        }
        List<String> ids = ids(tree, arg);
        if (prep.equals("by")) {
            roles.doers.addAll(ids);
        } else if (prep.equals("with")) {
            roles.coParties.addAll(ids);
        } else if (BETWEEN.contains(prep)) {
            roles.coParties.addAll(ids);
        } else if (prep.equals("of") && !verbal) {
            // "the suspension of trade [with India]": a thing's party stands for it
            (OF_IS_ACTOR.contains(entry.type()) || entry.mode() == EventMode.RESIGN ? roles.doers : roles.objects)
                .addAll(ids.isEmpty() ? beneficiaries(tree, arg, entry) : ids);
        } else if (ALWAYS_RECIPIENT.contains(prep) || TARGET.contains(prep) && HOSTILE.contains(entry.type())) {
            roles.targets.addAll(ids);
        }
    }

    private String caseOf(DependencyTree tree, int arg) {
        int c = tree.firstChild(arg, "case");
        return c < 0 ? null : Phrase.lemma(text.tokens().get(c));
    }

    /**
     * The entities an argument names: the one its head word belongs to, else those of its direct
     * modifiers ("Police in [Hong Kong]", "a [Moscow] court"), plus each coordinated argument. Deeper
     * words are left alone: a discussion's topic does not make its entities parties.
     */
    List<String> ids(DependencyTree tree, int arg) {
        List<String> ids = new ArrayList<>();
        String own = entities.at(arg);
        if (own != null) {
            ids.add(own);
        }
        if (own == null || uncodedDescription(own)) {
            // "Police in Hong Kong", "Dock workers in Belgium": the description is a party, and
            // so is the country it names
            for (int c : tree.children(arg)) {
                String prep = String.valueOf(caseOf(tree, c));
                if (MODIFIERS.contains(tree.relation(c)) && !tree.relation(c).equals("nmod")) {
                    ids.addAll(strict(tree, c));
                } else if (tree.relation(c).equals("nmod") && prep.equals("of")) {
                    ids.addAll(strict(tree, c));
                } else if (tree.relation(c).equals("nmod") && (prep.equals("in") || prep.equals("from"))) {
                    // "Police in Hong Kong", "Prosecutors in Brazil" name a country's body; a city
                    // there ("an activist in Caracas") is only where it happened
                    strict(tree, c).stream().filter(id -> entities.entity(id).type() != EntityType.LOCATION).forEach(ids::add);
                }
            }
        }
        for (int c : tree.children(arg, "conj")) {
            ids.addAll(ids(tree, c));
        }
        return new ArrayList<>(new LinkedHashSet<>(ids));
    }

    /**
     * A party known only by a description and its sector ("police", "rebels", "the army"), without
     * a country; a named body without a code ("Foreign Ministry") is not one.
     */
    private boolean uncodedDescription(String id) {
        Entity e = entities.entity(id);
        return e.code() == null && e.sector() != null && (e.type() == EntityType.GROUP
            || e.type() == EntityType.ORGANIZATION && Character.isLowerCase(e.name().codePointAt(0)));
    }

    private List<String> strict(DependencyTree tree, int token) {
        List<String> ids = new ArrayList<>();
        String id = entities.at(token);
        if (id != null) {
            ids.add(id);
        }
        for (int c : tree.children(token, "conj")) {
            ids.addAll(strict(tree, c));
        }
        return ids;
    }
}
