package org.dateline.analyze.entity;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dateline.analyze.statement.CueLexicon;
import org.dateline.model.EntityType;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.DependencyTree;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * Persons the tagger did not call persons (issue 15: a person keeps PERSON once any mention of the
 * name is clearly a person). The tagger does not know every surname: "In Geneva, Türk repeated"
 * gives a LOCATION "Türk", "UN rights chief Türk repeated" no name at all. A capitalised word
 * becomes a person's name when
 * <ul>
 *   <li>a title or role noun stands right before it: "rights chief Türk", "Commissioner Türk",
 *       "spokeswoman Zakharova" (one or two words);</li>
 *   <li>it is the active subject of a speech verb ("Türk repeated", "Türk said") and every other
 *       time the article uses the word it is one word of no other kind of name, after no "in" or
 *       "at";</li>
 *   <li>it is a word of a person's full name in the same article ("Volker Türk" ... "Türk").</li>
 * </ul>
 * Never a word some table knows as a country, demonym, capital, region, place, organisation or
 * role ("Washington said", "Azerbaijani officials", "the UN said"), a word the tagger's gazetteer
 * labelled a city, state, country or nationality (its coarse LOCATION means it did not know the
 * word), a month or weekday, or a word of all-capital text, where every word is capitalised.
 */
final class PersonNames {
    /** Tagger labels a word of an unknown person's name may carry: no gazetteer place, date or title. */
    private static final Set<String> UNKNOWN_LABELS = Set.of("O", "MISC", "LOCATION", "ORGANIZATION", "PERSON");
    /** Labels a speaker's word may carry: the tagger's guesses that are no organisation. */
    private static final Set<String> SPEAKER_LABELS = Set.of("O", "MISC", "LOCATION");
    /** Calendar words, which the tagger labels DATE only in a date: "Commissioner May" is no person. */
    private static final Set<String> CALENDAR = Stream.concat(
            Arrays.stream(Month.values()).map(Enum::name), Arrays.stream(DayOfWeek.values()).map(Enum::name))
        .map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    /** How far after the word its speech verb may come: "Türk repeated" (1), "Türk has again said" (3). */
    static final int VERB_WINDOW = 4;
    private static final int MAX_TITLED_WORDS = 2;

    private final ActorCodes codes;
    private final EntityLexicon lexicon;

    PersonNames(ActorCodes codes, EntityLexicon lexicon) {
        this.codes = codes;
        this.lexicon = lexicon;
    }

    /** The name mentions with the persons this rule finds retyped or added, in text order. */
    List<Mention> apply(AnnotatedText text, List<Mention> names) {
        List<Mention> found = new ArrayList<>(names);
        titled(text, found);
        speakers(text, found);
        surnames(text, found);
        found.sort(Comparator.comparingInt(Mention::tokenStart));
        return found;
    }

    /** The parse filter's test on the tagged text: a word the speaker rule may make a person, with a speech verb close after it. */
    boolean mayHaveOne(AnnotatedText text, Sentence s) {
        List<Token> tokens = text.tokens();
        for (int i = s.tokenStart(); i < s.tokenEnd(); i++) {
            if (speechVerbWithin(tokens, i + 1, s.tokenEnd()) && mayBeSpeaker(text, i)) {
                return true;
            }
        }
        return false;
    }

    /** "rights chief Türk", "Foreign Minister Bayramov": the one or two words after a title noun. */
    private void titled(AnnotatedText text, List<Mention> found) {
        List<Token> tokens = text.tokens();
        for (int i = 1; i < tokens.size(); i++) {
            Token title = tokens.get(i - 1);
            if (title.sentence() != tokens.get(i).sentence() || !isTitleNoun(title) || !mayBeName(text, i)
                || covering(found, i - 1) != null) {
                continue;
            }
            int end = i + 1;
            while (end < tokens.size() && end - i < MAX_TITLED_WORDS && tokens.get(end).sentence() == title.sentence()
                && mayBeName(text, end)) {
                end++;
            }
            if (end < tokens.size() && tokens.get(end).sentence() == title.sentence() && tokens.get(end).isCapitalised()
                && tokens.get(end).isProperNoun()) {
                continue; // a longer name than a person's after a title: "Executive Order Review Board"
            }
            makePerson(found, i, end);
            i = end - 1;
        }
    }

    /** "Türk repeated": a word the tagger left a place or nothing, that speaks, and is never anything else. */
    private void speakers(AnnotatedText text, List<Mention> found) {
        List<Token> tokens = text.tokens();
        Set<String> done = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String key = NameMentions.letters(t.word());
            if (done.contains(key) || !mayBeSpeaker(text, i) || !speaks(text, i)) {
                continue;
            }
            done.add(key);
            List<Integer> uses = new ArrayList<>();
            for (int k = 0; k < tokens.size(); k++) {
                if (NameMentions.letters(tokens.get(k).word()).equals(key)) {
                    uses.add(k);
                }
            }
            if (uses.stream().allMatch(k -> aloneAndUnplaced(text, found, k))) {
                uses.forEach(k -> makePerson(found, k, k + 1));
            }
        }
    }

    /** "Volker Türk" ... "Türk": a one-word place the tables do not know that is a word of a person's full name. */
    private void surnames(AnnotatedText text, List<Mention> found) {
        Set<String> personWords = NameMentions.fullNameWords(text, found);
        for (int j = 0; j < found.size(); j++) {
            Mention m = found.get(j);
            Token t = text.tokens().get(m.tokenStart());
            if (m.type() == EntityType.LOCATION && m.tokenEnd() - m.tokenStart() == 1 && m.code() == null
                && t.ner().equals("LOCATION") && mayBeName(text, m.tokenStart()) && personWords.contains(NameMentions.letters(t.word()))) {
                found.set(j, m.withType(EntityType.PERSON));
            }
        }
    }

    /** True when the word at k is a name of its own or a person's (not part of another name), and follows no "in". */
    private boolean aloneAndUnplaced(AnnotatedText text, List<Mention> found, int k) {
        Token t = text.tokens().get(k);
        Mention m = covering(found, k);
        // a word of a person's full name ("Volker Türk") agrees; any other name it is part of does not
        boolean alone = m == null ? SPEAKER_LABELS.contains(t.ner())
            : m.type() == EntityType.PERSON
                || m.tokenEnd() - m.tokenStart() == 1 && m.type() == EntityType.LOCATION && m.code() == null;
        if (!alone || !mayBeName(text, k)) {
            return false;
        }
        Token before = k > 0 ? text.tokens().get(k - 1) : null;
        return before == null || before.sentence() != t.sentence()
            || !NameMentions.LOCATIVE.contains(before.word().toLowerCase(Locale.ROOT));
    }

    /** True when token i is the active subject of a speech verb, read in a sentence this rule asked to have parsed. */
    private boolean speaks(AnnotatedText text, int i) {
        Sentence sentence = text.sentences().get(text.tokens().get(i).sentence());
        if (!sentence.parsed() || !mayHaveOne(text, sentence)) {
            return false;
        }
        DependencyTree tree = sentence.tree();
        int predicate = tree.predicateOfSubject(i);
        return predicate >= 0 && text.tokens().get(predicate).isVerb()
            && CueLexicon.reportsSpeech(text.tokens().get(predicate).lemma());
    }

    /** Makes tokens [start, end) one person mention, in place of the tagger's mentions inside it. */
    private static void makePerson(List<Mention> found, int start, int end) {
        Mention person = Mention.name(start, end, EntityType.PERSON, null, null);
        for (Mention m : found) {
            if (m.overlaps(person) && (m.tokenStart() < start || m.tokenEnd() > end)) {
                return; // part of a longer name: the tagger's wider mention stays
            }
        }
        if (found.stream().anyMatch(m -> m.tokenStart() == start && m.tokenEnd() == end && m.type() == EntityType.PERSON)) {
            return;
        }
        found.removeIf(person::overlaps);
        found.add(person);
    }

    private static Mention covering(List<Mention> found, int token) {
        return found.stream().filter(m -> m.tokenStart() <= token && token < m.tokenEnd()).findFirst().orElse(null);
    }

    /** A title or role noun the stage knows, or one the tagger marked a title: "chief", "Minister", "spokeswoman". */
    private boolean isTitleNoun(Token t) {
        boolean nounLike = t.isNoun() || t.pos().equals("JJ"); // the tagger reads "chief" in "rights chief" as JJ
        return nounLike && (lexicon.isTitleHead(t.word()) || t.ner().equals("TITLE") && t.isNoun());
    }

    /**
     * A word the speaker rule may read: a one-word proper noun the tagger called a place or nothing.
     * The last word of a longer proper name is not one ("Rolling Stone reported").
     */
    private boolean mayBeSpeaker(AnnotatedText text, int i) {
        return SPEAKER_LABELS.contains(text.tokens().get(i).ner()) && mayBeName(text, i)
            && !properNounAt(text, i - 1, i) && !properNounAt(text, i + 1, i);
    }

    /** True when token k is a capitalised proper noun in the sentence of token i. */
    private static boolean properNounAt(AnnotatedText text, int k, int i) {
        List<Token> tokens = text.tokens();
        return k >= 0 && k < tokens.size() && tokens.get(k).sentence() == tokens.get(i).sentence()
            && tokens.get(k).isCapitalised() && tokens.get(k).isProperNoun();
    }

    /** A capitalised proper noun no table knows and the tagger did not label a known place, date or title. */
    private boolean mayBeName(AnnotatedText text, int i) {
        Token t = text.tokens().get(i);
        String w = t.word();
        if (!t.isCapitalised() || !t.pos().equals("NNP") || !UNKNOWN_LABELS.contains(t.ner()) || w.length() < 2
            || w.equals(w.toUpperCase(Locale.ROOT)) || !Character.isLetter(w.codePointAt(w.length() - 1))) {
            return false;
        }
        String lower = w.toLowerCase(Locale.ROOT);
        return !CALENDAR.contains(lower) && !knownWord(w) && !(codes.demonymCode(w).isPresent() && usedAsDemonym(text, i));
    }

    /**
     * A demonym is an adjective before a noun ("Azerbaijani officials") or a common noun after a
     * determiner ("a Turk"); a word the tables fold to one that stands alone as a proper noun is a
     * name ("Türk repeated": "Türk" folds to the demonym "Turk").
     */
    private static boolean usedAsDemonym(AnnotatedText text, int i) {
        List<Token> tokens = text.tokens();
        Token t = tokens.get(i);
        Token next = i + 1 < tokens.size() && tokens.get(i + 1).sentence() == t.sentence() ? tokens.get(i + 1) : null;
        Token before = i > 0 && tokens.get(i - 1).sentence() == t.sentence() ? tokens.get(i - 1) : null;
        return next != null && (next.isNoun() || next.pos().equals("JJ"))
            || before != null && (before.pos().equals("DT") || before.pos().equals("PRP$"));
    }

    /** True when a table of the stage knows the word as something other than a person's name (demonyms aside). */
    private boolean knownWord(String w) {
        return codes.countryCode(w).isPresent() || codes.capitalCode(w).isPresent()
            || codes.regionCode(w).isPresent() || codes.placeCode(w).isPresent() || codes.organization(w).isPresent()
            || codes.isPeopleNoun(w) || codes.sector(w).isPresent()
            || lexicon.isTitleHead(w) || lexicon.isOrgHead(w) || lexicon.isPlaceNoun(w) || lexicon.isPersonNoun(w)
            || lexicon.isOrgNoun(w);
    }

    private static boolean speechVerbWithin(List<Token> tokens, int from, int sentenceEnd) {
        for (int k = from; k < Math.min(sentenceEnd, from + VERB_WINDOW); k++) {
            Token t = tokens.get(k);
            if (t.isVerb() && CueLexicon.reportsSpeech(t.lemma())) {
                return true;
            }
        }
        return false;
    }
}
