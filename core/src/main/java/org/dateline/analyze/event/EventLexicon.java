package org.dateline.analyze.event;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.analyze.data.TsvTable;
import org.dateline.model.EventMode;
import org.dateline.model.EventType;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Token;

/**
 * The trigger words of {@code triggers.tsv}: which verbs and nouns report which PLOVER event. A word
 * with several senses ("withdraw" troops, a bill, from a treaty) is told apart by the words of its
 * own phrase; rows that need such words are tried before the word's plain row.
 */
final class EventLexicon {
    private static final EventLexicon STANDARD = load();

    private final Map<String, List<LexiconEntry>> entries;

    private EventLexicon(Map<String, List<LexiconEntry>> entries) {
        this.entries = entries;
    }

    static EventLexicon standard() {
        return STANDARD;
    }

    /**
     * The token as the lexicon reads it: CoreNLP writes a hyphenated word as three tokens ("cease",
     * "-", "fire"; "sit", "-", "in"), so a word of {@code triggers.tsv} with a hyphen is read at its
     * last part, lemma whole ("cease-fire"), when the three stand together with no space; else the
     * token itself.
     */
    Token asWritten(AnnotatedText text, Token t) {
        int i = t.index();
        if (i < 2) {
            return t;
        }
        Token hyphen = text.tokens().get(i - 1);
        Token first = text.tokens().get(i - 2);
        if (!hyphen.word().equals("-") || first.sentence() != t.sentence() || first.end() != hyphen.start()
            || hyphen.end() != t.start()) {
            return t;
        }
        String whole = first.word().toLowerCase(Locale.ROOT) + "-" + t.lemma().toLowerCase(Locale.ROOT);
        return entries.containsKey(key(whole, t.isVerb()))
            ? new Token(t.index(), t.sentence(), t.start(), t.end(), t.word(), t.pos(), whole, t.ner()) : t;
    }

    /**
     * Where the trigger begins as the lexicon reads it: a hyphenated word read whole at its last
     * part ({@link #asWritten}) begins at its first, so its event's trigger spans the whole word.
     */
    int start(AnnotatedText text, Token t) {
        return asWritten(text, t) == t ? t.start() : text.tokens().get(t.index() - 2).start();
    }

    /** True when the token could be a trigger whatever its phrase. */
    boolean mayTrigger(Token t) {
        return !candidates(t).isEmpty();
    }

    /**
     * The parse filter's test, before any parse: some sense of the word could apply given the
     * sentence's words ("open" only matters in a sentence that has "fire"), so that common words
     * with a rare event sense do not send every sentence to the parser.
     */
    boolean mayTrigger(Token t, Set<String> sentenceLemmas) {
        for (LexiconEntry e : candidates(t)) {
            if (!e.conditional() || sentenceLemmas.stream().anyMatch(e.needs()::contains)) {
                return true;
            }
        }
        return false;
    }

    /** The first sense the phrase allows, or null. */
    LexiconEntry match(Token t, Set<String> phraseLemmas) {
        for (LexiconEntry e : candidates(t)) {
            if (e.accepts(phraseLemmas)) {
                return e;
            }
        }
        return null;
    }

    /**
     * The types of the senses whose {@code !} list the phrase holds a word of: "release" with
     * "identity" in its phrase is no release, whoever else codes the verb.
     */
    Set<EventType> ruledOut(Token t, Set<String> phraseLemmas) {
        Set<EventType> out = EnumSet.noneOf(EventType.class);
        for (LexiconEntry e : candidates(t)) {
            if (e.excludes() && !e.accepts(phraseLemmas)) {
                out.add(e.type());
            }
        }
        return out;
    }

    private List<LexiconEntry> candidates(Token t) {
        if (t.isProperNoun() || !(t.isVerb() || t.isNoun())) {
            return List.of();
        }
        return entries.getOrDefault(key(t.lemma(), t.isVerb()), List.of());
    }

    private static String key(String lemma, boolean verb) {
        return (verb ? "V:" : "N:") + lemma.toLowerCase(Locale.ROOT);
    }

    private static EventLexicon load() {
        Map<String, List<LexiconEntry>> byWord = new HashMap<>();
        TsvTable triggers = TsvTable.resource(EventLexicon.class, "triggers.tsv",
            "lemma", "pos", "type", "mode", "frame", "needs", "bare");
        for (TsvTable.Row f : triggers.rows()) {
            List<String> needs = f.get("needs").equals("-") ? List.of() : f.items("needs");
            boolean excludes = !needs.isEmpty() && needs.get(0).startsWith("!");
            Set<String> needSet = new HashSet<>();
            for (String n : needs) {
                needSet.add(n.replace("!", ""));
            }
            LexiconEntry e = new LexiconEntry(f.get("lemma"), f.get("pos").equals("V"), f.value("type", EventType::fromWire),
                f.get("mode").equals("-") ? null : f.value("mode", EventMode::fromWire), Frame.of(f.get("frame")), needSet,
                excludes, f.get("bare").equals("y"), List.of(), "triggers.tsv:" + f.line());
            if (e.mode() != null && !e.type().modes().contains(e.mode())) {
                throw new IllegalStateException("triggers.tsv: " + e.mode() + " is no PLOVER mode of " + e.type());
            }
            byWord.computeIfAbsent(key(e.lemma(), e.verb()), k -> new ArrayList<>()).add(e);
        }
        Map<String, List<LexiconEntry>> ordered = new HashMap<>();
        byWord.forEach((k, list) -> {
            List<LexiconEntry> sorted = new ArrayList<>();
            list.stream().filter(LexiconEntry::conditional).forEach(sorted::add);
            list.stream().filter(e -> !e.conditional()).forEach(sorted::add);
            ordered.put(k, List.copyOf(sorted));
        });
        return new EventLexicon(Map.copyOf(ordered));
    }
}
