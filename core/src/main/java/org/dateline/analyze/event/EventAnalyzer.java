package org.dateline.analyze.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.dateline.model.DateFact;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Event;
import org.dateline.model.Event.When;
import org.dateline.model.EventContext;
import org.dateline.model.EventMode;
import org.dateline.model.EventType;
import org.dateline.model.Factuality;
import org.dateline.model.Published;
import org.dateline.model.Statement;
import org.dateline.model.TextIndex;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.DependencyTree;
import org.dateline.nlp.ParseFilter;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * The event stage: PLOVER events (who did what to whom, when, where, and whether it really
 * happened) from trigger words of a lexicon and the dependency parse. Pure: reads the annotated
 * text (parsed where {@link #parseFilter()} asked), the entities, dates and statements of the
 * earlier stages, and returns records.
 */
public final class EventAnalyzer {
    private final EventLexicon lexicon = EventLexicon.standard();
    private final CameoDictionary dictionary = CameoDictionary.standard();
    private final ModeCues modes = ModeCues.standard();
    private final ContextLexicon contexts = ContextLexicon.standard();
    private final AcledCoder acled = AcledCoder.standard();
    private final Casualties casualties = Casualties.standard();
    private final HarmWords harmWords = HarmWords.standard();
    private final Intentions intentions = Intentions.standard();
    private final Riots riots = Riots.standard();

    /**
     * Sentences holding a trigger word, a dictionary verb that may code, a saying of intent that
     * may make an event ({@link Intentions#mayMatter}), or a word of people killed or hurt, whose
     * count may go to an event of another sentence ({@link Casualties#of}): the ones this stage
     * needs parsed.
     */
    public ParseFilter parseFilter() {
        return (text, sentence) -> {
            Set<String> lemmas = Phrase.sentence(text, sentence);
            return text.tokensOf(sentence).stream()
                .anyMatch(t -> lexicon.mayTrigger(lexicon.asWritten(text, t), lemmas) || dictionary.mayTrigger(t, lemmas) || intentions.mayMatter(t, lemmas)
                    || casualties.mayCount(t));
        };
    }

    public List<Event> analyze(AnnotatedText text, List<Entity> entities, List<DateFact> dates,
                               List<Statement> statements, Published published) {
        EntityTokens entityTokens = new EntityTokens(text, entities);
        PartyFinder parties = new PartyFinder(text, entityTokens);
        EventDates eventDates = new EventDates(text, dates);
        EventPlaces places = new EventPlaces(text, entityTokens);
        FactualityJudge judge = new FactualityJudge(text);
        StatementIndex said = new StatementIndex(statements);
        List<Set<String>> bags = text.sentences().stream().map(s -> Phrase.sentence(text, s)).toList();

        List<Candidate> candidates = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            DependencyTree tree = s.tree();
            List<Found> found = new ArrayList<>();
            List<Found> notEvents = new ArrayList<>(); // own words that give no event here but keep a dictionary verb above them from coding them
            List<Found> charges = new ArrayList<>(); // accusations: events of their own, made after the others are known
            List<Integer> swallowing = new ArrayList<>(); // words that are no event, nor is anything in their phrase
            for (Token t : text.tokensOf(s)) {
                Found f = match(text, tree, t);
                if (f == null) {
                    continue;
                }
                if (f.entry().frame() == Frame.CHARGE) {
                    notEvents.add(f);
                    charges.add(f);
                } else if (f.entry().type() == EventType.ASSAULT && !t.isVerb() && WordUse.mention(text, tree, t.index())) {
                    notEvents.add(f); // "suspects in the shooting": violence mentioned, not reported
                } else if (s.parsed() && f.entry().type() == EventType.ASSAULT && WordUse.accident(text, tree, t.index())) {
                    notEvents.add(f); // "accidentally shot", "killed in a crash": PLOVER's ASSAULT is deliberate
                    swallowing.add(f.token());
                } else if (s.parsed() && f.entry().type() == EventType.ACCUSE && f.entry().mode() == EventMode.ALLEGE
                    && WordUse.allegationLabel(text, tree, t.index())) {
                    notEvents.add(f); // "a woman charged with murder was released": a label, not the charging
                    swallowing.add(f.token());
                } else {
                    found.add(f);
                }
            }
            // "charged with killing two women", "accidentally shot him, killing him": the content of
            // a label or the result of an accident is no event either
            found.removeIf(f -> swallowing.stream().anyMatch(w -> tree.dominates(w, f.token())));
            if (s.parsed()) {
                dropProsecutedCrimes(tree, found);
                ownSensesFirst(text, tree, found, notEvents);
                found = intentions.recode(text, tree, found, lexicon);
            }
            for (Found c : charges) {
                if (s.parsed() && Intentions.refusalScope(tree, found, c.token())) {
                    continue; // "would no longer tolerate what it called provocations": the threat's object, one act
                }
                Candidate a = allegation(tree, c, said.containing(text.tokens().get(c.token())), parties, eventDates);
                if (a != null) {
                    candidates.add(a);
                }
            }
            List<Found> kept = s.parsed() ? Nesting.outermost(text, tree, found, f -> f.entry().bare()
                || parties.find(tree, Clause.of(text, tree, f.token()), f.entry()).named(entityTokens)) : found;
            List<Integer> triggers = kept.stream().map(Found::token).toList();
            for (Found f : kept) {
                if (WordUse.framing(text, tree, f.token()) || WordUse.scareQuoted(text, f.token())) {
                    continue;
                }
                Clause clause = Clause.of(text, tree, f.token());
                Statement statement = said.containing(text.tokens().get(f.token()));
                if (statement != null && clause.lightVerb() >= 0 && inside(text.tokens().get(clause.lightVerb()), statement.cue())) {
                    statement = null; // "announced sanctions", "declared a ceasefire": the saying is the act
                }
                boolean refusal = f.spoken() && intentions.kind(text.tokens().get(f.token())) == Intentions.Kind.TOLERATE;
                Parties p = !s.parsed() ? Parties.NONE
                    : refusal ? parties.refusal(tree, f.token()) : parties.find(tree, clause, f.entry());
                if (p.actors().isEmpty() && s.parsed()) {
                    p = doersFromRepetition(text, tree, found, f, p, parties);
                }
                boolean intent = Intentions.COOPERATIVE.contains(f.entry().type()) && s.parsed() && judge.ahead(tree, clause);
                if (statement != null && statement.speaker() != null && p.actors().isEmpty()
                    && s.parsed() && (f.spoken() || parties.selfReferringSubject(tree, clause, intent))) {
                    // "it said it would ...", "they said they would hold talks": the speaker; and a
                    // saying of intent is its speaker's
                    p = new Parties(List.of(statement.speaker()), p.recipients(), false, p.hosted());
                }
                boolean chargedBySpeaker = false;
                if (f.entry().type() == EventType.ACCUSE && f.entry().mode() == EventMode.ALLEGE && p.actors().isEmpty()
                    && statement != null && statement.speaker() != null && s.parsed()
                    && entityTokens.entity(statement.speaker()).sector() == org.dateline.model.Sector.JUD) {
                    // "X has been charged, the district attorney said": the prosecutor who tells of the
                    // charge brought it; the saying is the act, asserted (a police statement names no actor)
                    p = new Parties(List.of(statement.speaker()), p.recipients(), false, p.hosted());
                    chargedBySpeaker = true;
                }
                if (f.spoken() && p.recipients().isEmpty() && statement != null && s.parsed()) {
                    p = new Parties(p.actors(), addressees(text, tree, statement, parties), false, p.hosted()); // "told the gangs that ..."
                }
                if (!p.named(entityTokens) && !f.entry().bare() && !p.anaphoric() || refusal && p.recipients().isEmpty() && !f.entry().bare()) {
                    continue; // "would not tolerate harassment": a refusal that warns nobody is a policy, not a threat
                }
                Event.Where place = places.of(tree, clause, f.entry().type(), f.entry().mode());
                p = protestersByCountry(f.entry().type(), p, place, entityTokens);
                p = protestTargets(f.entry().type(), p, entityTokens);
                double confidence = s.parsed()
                    ? Confidence.of(text.tokens().get(f.token()).isVerb(), f.entry().conditional(), p, f.entry().frame())
                    : Confidence.UNPARSED;
                for (When when : eventDates.of(tree, clause, statement, triggers)) {
                    Voiced v = voiced(f, p, statement, judge.judge(tree, clause, when, published, statement != null), entityTokens);
                    if (chargedBySpeaker) {
                        v = new Voiced(v.type(), v.factuality() == Factuality.REPORTED ? Factuality.ASSERTED : v.factuality(), null);
                    }
                    EventMode mode = v.type() != f.entry().type() ? null
                        : p.hosted() && v.type() == EventType.CONSULT ? EventMode.THIRD_PARTY : f.entry().mode();
                    if (mode == null && v.type() == f.entry().type()) {
                        mode = modes.mode(v.type(), f.phrase(), bags.get(s.index()));
                    }
                    candidates.add(new Candidate(s.index(), f.token(), v.type(), mode, p, when,
                        mode == EventMode.VISIT ? places.of(tree, clause, v.type(), mode) : place, v.factuality(),
                        v.claimedBy(), confidence, WordUse.definite(text, tree, f.token()), f.entry().contexts()));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::trigger));
        List<String> lemmas = text.tokens().stream().map(Phrase::lemma).toList();
        List<Candidate> resolved = EventAnaphora.resolve(candidates, lemmas);
        return records(text, resolved, bags, entityTokens);
    }

    /**
     * An act told without its doers takes them from the adverbial clause that tells it again
     * ({@link Nesting#repetitionNamingDoers}), unless they are whom the act befell.
     */
    private static Parties doersFromRepetition(AnnotatedText text, DependencyTree tree, List<Found> found, Found f,
                                               Parties p, PartyFinder parties) {
        Found repetition = Nesting.repetitionNamingDoers(text, tree, found, f);
        if (repetition == null) {
            return p;
        }
        List<String> doers = parties.find(tree, Clause.of(text, tree, repetition.token()), repetition.entry()).actors();
        return doers.isEmpty() || doers.stream().anyMatch(p.recipients()::contains) ? p : p.withActors(doers);
    }

    /**
     * The trigger sense of a token: the own lexicon's where it has one (it knows the phrasings of the
     * news Dateline was built on), else the CAMEO dictionary's coding of the verb phrase. Dictionary
     * events need a party (PETRARCH codes none without an actor), since its verbs are common words.
     * Violence whose doers are protesters is their riot, whichever lexicon gave it ({@link Riots}).
     */
    private Found match(AnnotatedText text, DependencyTree tree, Token t) {
        Token written = lexicon.asWritten(text, t); // "cease-fire" at its "fire"
        boolean own = lexicon.mayTrigger(written);
        if (!own && !dictionary.mayTrigger(t) || WordUse.modifier(tree, t) || WordUse.purpose(text, tree, t)
            || WordUse.compoundAdjective(text, t)) {
            return null;
        }
        Set<String> phrase = Phrase.of(text, tree, t.index());
        LexiconEntry e = own ? lexicon.match(written, phrase) : null;
        if (e == null) {
            e = dictionaryEntry(text, tree, t);
            // "have not released the identity of the man", "released from the hospital": a sense the
            // own lexicon rules out by what the verb acts on is not the dictionary's either (CAMEO's
            // bare "release" frees captives); a word elsewhere in the phrase ("struck ... knocking
            // out a tooth") leaves the dictionary its say
            if (e != null && own && lexicon.ruledOut(written, Phrase.themes(text, tree, t.index())).contains(e.type())) {
                e = null;
            }
        }
        return e == null ? null : new Found(t.index(), riots.recode(text, tree, t.index(), e), phrase);
    }

    /**
     * The own lexicon decides a dependency path it has a trigger on: a dictionary verb above one
     * ("hosted talks", "imposed sanctions", "went on strike", "plan to hold a rally") or below one
     * ("an ultimatum to leave") gives no event of its own, so the event keeps the own trigger's type.
     */
    private static void ownSensesFirst(AnnotatedText text, DependencyTree tree, List<Found> found, List<Found> notEvents) {
        List<Integer> own = new ArrayList<>();
        // "are facing provocations by Armenia": the allegation word decides; "faces a charge of murder":
        // a mentioned violence word is no event, and no dictionary verb above it is one for its sake
        notEvents.forEach(c -> own.add(c.token()));
        for (Found o : found) {
            if (!o.entry().fromDictionary()) {
                own.add(o.token());
                int light = Clause.of(text, tree, o.token()).lightVerb();
                if (light >= 0) {
                    own.add(light); // "gave an ultimatum to leave": the light verb's clause is the noun's act
                }
            }
        }
        found.removeIf(f -> f.entry().fromDictionary() && own.stream()
            .anyMatch(o -> oneAct(tree, f.token(), o) || oneAct(tree, o, f.token())));
    }

    /** The legal acts whose party may be labelled by the crime it is prosecuted for. */
    private static final Set<EventType> LEGAL = Set.of(EventType.ACCUSE, EventType.COERCE, EventType.SANCTION);

    /**
     * "The man who killed four people was sentenced", "charges against the man who hit and killed a
     * woman": violence told in a relative clause on a party of a legal act is what the act is for,
     * its content as "charged with killing" is, not news of its own. Only a relative clause whose
     * noun is an argument of the legal trigger (or of its object noun: "charges against the man").
     */
    private static void dropProsecutedCrimes(DependencyTree tree, List<Found> found) {
        List<Integer> legal = found.stream().filter(f -> LEGAL.contains(f.entry().type())).map(Found::token).toList();
        if (legal.isEmpty()) {
            return;
        }
        found.removeIf(f -> {
            if (f.entry().type() != EventType.ASSAULT) {
                return false;
            }
            int v = f.token();
            for (int i = 0; i < 3 && tree.relation(v).startsWith("conj") && tree.head(v) >= 0; i++) {
                v = tree.head(v); // "who hit and [killed]": the relative clause's first verb
            }
            if (!tree.relation(v).equals("acl:relcl") || tree.head(v) < 0) {
                return false;
            }
            int noun = tree.head(v);
            for (int up = tree.head(noun), i = 0; up >= 0 && i < 2; up = tree.head(up), i++) {
                if (legal.contains(up)) {
                    return true;
                }
            }
            return false;
        });
    }

    /** True when {@code lower} lies under {@code upper} other than as a coordinated act of its own. */
    private static boolean oneAct(DependencyTree tree, int upper, int lower) {
        if (!tree.dominates(upper, lower)) {
            return false;
        }
        for (int t = lower; t != upper && t >= 0; t = tree.head(t)) {
            String rel = tree.relation(t);
            if (rel.startsWith("conj") || rel.equals("parataxis")) {
                return false;
            }
        }
        return true;
    }

    private LexiconEntry dictionaryEntry(AnnotatedText text, DependencyTree tree, Token t) {
        CameoDictionary.Match m = dictionary.match(text, tree, t.index());
        WordUse.Destination to = m == null ? null : WordUse.destination(text, tree, t.index());
        if (m == null || m.coding().type() == null || to == WordUse.Destination.CARE) {
            // "was taken to Mount Sinai Hospital", "rushed to Riley Hospital" (CAMEO: a visit), "flown to
            // Vanderbilt University Medical Center" (an agreement): moved to be treated, whatever the coding
            return null;
        }
        CameoDictionary.Coding c = m.coding();
        Frame frame = c.subjectReceives() || m.verbAlone() && suffersAsSubject(t) ? Frame.HOSTING
            : c.type() == EventType.CONSULT && c.mode() != EventMode.VISIT ? Frame.SYMMETRIC : Frame.DIRECTED;
        // "was taken to the county jail": the seizure of a person into custody is an arrest
        EventMode mode = to == WordUse.Destination.CUSTODY && m.verbAlone() && c.type() == EventType.COERCE
            ? EventMode.ARREST : c.mode();
        return new LexiconEntry(Phrase.lemma(t), true, c.type(), mode, frame, Set.of(), false, false, c.contexts(), m.rule());
    }

    /**
     * A verb whose subject is its victim ("Macleod died from his wounds": casualty-words.tsv puts the
     * dead of "die" in its subject). CAMEO codes the bare verb 190 with the subject as the doer, so
     * the dead were their own attackers: 227 ASSAULT events of the GVA dev records had the one who
     * died as actor. Without a pattern the subject receives the act, as for CAMEO's target-only
     * codes; a pattern says otherwise where it does ("died in clashes": the fallen fought).
     */
    private boolean suffersAsSubject(Token t) {
        HarmWords.HarmWord w = t.isVerb() ? harmWords.of(t) : null;
        return w != null && w.victims().contains("nsubj");
    }

    /**
     * An allegation word inside a statement ("faces provocations by Armenia", "Armenia tries to
     * mislead"): the speaker accuses the word's agent. Outside statements, or with no agent named,
     * such words are the article's description, not an event.
     */
    private Candidate allegation(DependencyTree tree, Found f, Statement statement, PartyFinder parties, EventDates dates) {
        if (statement == null || statement.speaker() == null || !tree.sentence().parsed()) {
            return null;
        }
        List<String> accused = new ArrayList<>(parties.agentOf(tree, f.token()));
        accused.remove(statement.speaker());
        if (accused.isEmpty()) {
            return null;
        }
        When when = statement.date() == null ? null : new When(statement.date(), null);
        Parties p = new Parties(List.of(statement.speaker()), accused, false, false);
        return new Candidate(tree.sentence().index(), f.token(), EventType.ACCUSE, f.entry().mode(), p, when, null,
            Factuality.REPORTED, statement.speaker(), Confidence.allegation(true), false, f.entry().contexts());
    }


    /** An event's type, factuality and claimant once the saying around it is read. */
    private record Voiced(EventType type, Factuality factuality, String claimedBy) {}

    /**
     * Where the saying is the act, it is coded as what was said, not as a claim: a threat or a
     * readiness made by saying it ({@link Found#spoken()}), and future cooperation stated by its own
     * party ("they said they would hold talks"), which PLOVER codes AGREE. Such an event is asserted
     * when its speaker is its actor (or speaks for the same country), else the speaker's claim.
     * Every other event keeps the type its trigger gave and the factuality the judge found.
     */
    private static Voiced voiced(Found f, Parties p, Statement statement, Factuality judged, EntityTokens entities) {
        String speaker = statement == null ? null : statement.speaker();
        EventType type = f.entry().type();
        if (Intentions.COOPERATIVE.contains(type) && judged == Factuality.FUTURE && speaker != null
            && p.actors().contains(speaker)) {
            type = EventType.AGREE;
        }
        if (!f.spoken() && type == f.entry().type()) {
            return new Voiced(type, judged, speaker);
        }
        boolean speakerActs = statement == null
            || speaker != null && (p.actors().contains(speaker) || sameCountry(speaker, p.actors(), entities));
        return speakerActs ? new Voiced(type, Factuality.ASSERTED, null) : new Voiced(type, Factuality.REPORTED, speaker);
    }

    /** Whom a statement was told to: the object of its cue ("told [the gangs] that", "warned [Iran] that"). */
    private static List<String> addressees(AnnotatedText text, DependencyTree tree, Statement statement, PartyFinder parties) {
        if (statement.cue() == null) {
            return List.of();
        }
        int cue = text.firstTokenFrom(statement.cue().start());
        if (cue < 0 || cue >= text.tokens().size() || !tree.sentence().containsToken(cue)) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        for (int c : tree.children(cue)) {
            if (tree.relation(c).equals("obj") || tree.relation(c).equals("iobj")) {
                ids.addAll(parties.ids(tree, c));
            }
        }
        return ids;
    }

    /** Speaker and actor are one government: "China's defence ministry warned that Beijing would not tolerate". */
    private static boolean sameCountry(String speaker, List<String> actors, EntityTokens entities) {
        String code = entities.entity(speaker).code();
        return code != null && actors.stream().anyMatch(a -> code.equals(entities.entity(a).code()));
    }

    private static boolean inside(Token t, org.dateline.model.Span span) {
        return span != null && span.start() <= t.start() && t.end() <= span.end();
    }

    /**
     * A protest's recipients are whom it is against, never the town it fills: "took to the streets
     * of Nairobi", read as a "to" phrase, made Nairobi the protest's target. A country stays ("a
     * protest against Israel").
     */
    private static Parties protestTargets(EventType type, Parties p, EntityTokens entities) {
        if (type != EventType.PROTEST || p.recipients().isEmpty()) {
            return p;
        }
        List<String> targets = p.recipients().stream()
            .filter(id -> entities.entity(id).type() != EntityType.LOCATION).toList();
        return targets.size() == p.recipients().size() ? p : new Parties(p.actors(), targets, p.anaphoric(), p.hosted());
    }

    /**
     * Protesters the sentence does not name are the people of the country it happens in ("protests
     * in Bolivia"): PLOVER codes such crowds by their country, and a protest is a domestic act.
     */
    private static Parties protestersByCountry(EventType type, Parties p, Event.Where place, EntityTokens entities) {
        if (type != EventType.PROTEST || !p.actors().isEmpty() || place == null || place.entity() == null
            || entities.entity(place.entity()).type() != EntityType.COUNTRY) {
            return p;
        }
        return new Parties(List.of(place.entity()), p.recipients(), false, p.hosted());
    }




    private List<Event> records(AnnotatedText text, List<Candidate> candidates, List<Set<String>> bags,
                                EntityTokens entities) {
        TextIndex index = text.index();
        List<Event> events = new ArrayList<>();
        List<Casualties.Counts> tolls = casualties.of(text, candidates);
        for (Candidate c : candidates) {
            Sentence s = text.sentences().get(c.sentence());
            Token t = text.tokens().get(c.trigger());
            List<EventContext> context = new ArrayList<>(contexts.contexts(bags.get(c.sentence()), bags));
            c.coded().stream().filter(x -> !context.contains(x)).forEach(context::add);
            Casualties.Counts counts = tolls.get(events.size());
            events.add(new Event("V" + (events.size() + 1), c.type(), c.mode(), context,
                acled.code(text, bags, c.sentence(), c.trigger(), c.type(), c.mode(), c.factuality(),
                    c.parties().actors().stream().map(entities::entity).toList()),
                c.parties().actors(), c.parties().recipients(),
                c.date(), c.place(), counts.fatalities(), counts.injured(), c.factuality(), c.claimedBy(),
                // a hyphenated trigger read whole ("cease-fire") spans its three tokens
                index.span(lexicon.start(text, t), t.end()),
                Evidence.of(text, s, c.trigger()), c.confidence()));
        }
        return events;
    }
}
