package org.dateline.analyze.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.analyze.FunctionWords;
import org.dateline.model.EntityType;
import org.dateline.model.Sector;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Token;

/**
 * Mentions that are not proper names: collectives named by a demonym and a role ("Russian
 * peacekeeping contingent", "Azerbaijani eco-activists"), peoples ("Armenians"), bare role nouns
 * that may point back at a collective ("the peacekeepers"), descriptions of a person named
 * elsewhere ("the Azerbaijani official", "the minister") and personal pronouns.
 */
final class NominalMentions {
    private static final int MAX_PHRASE = 4;
    private static final Set<String> DEFINITE = Set.of("the", "this", "that");
    /** Determiners that belong to a description's span: "the Azerbaijani official"; names are read without them. */
    static final Set<String> DETERMINERS = FunctionWords.union(List.of(FunctionWords.ARTICLES, FunctionWords.DEMONSTRATIVES));

    /** Words that introduce a person the article does not name: "a man", "another woman", "one teen". */
    private static final Set<String> INTRODUCING = Set.of("a", "an", "another", "one");
    /** Modifiers read between the determiner and the person noun: "a 17-year-old boy", "an unidentified man". */
    private static final int MAX_MODIFIERS = 3;
    private static final Pattern AGE = Pattern.compile("\\d{1,3}-year-old");

    /**
     * Words after "a person" that make it an unnamed source ("a person familiar with the matter",
     * "a person with knowledge of the talks"), whom the statement stage leaves without a speaker.
     */
    private static final Set<String> ANONYMOUS_SOURCE = Set.of("familiar", "close", "briefed", "knowledgeable");

    /** Words before "a man" that say what someone is rather than bring someone in: "is", "as". */
    private static final Set<String> SAID_OF = Set.of("be", "as", "become", "remain");

    private final ActorCodes codes;
    private final EntityLexicon lexicon;

    NominalMentions(ActorCodes codes, EntityLexicon lexicon) {
        this.codes = codes;
        this.lexicon = lexicon;
    }

    /**
     * The text's pronouns, descriptions and collectives; {@code placesMeant}: the shared names the
     * text means as places, with their countries ({@link SharedNames}: "Bristol police" beside
     * Tennessee are the US town's).
     */
    List<Mention> find(AnnotatedText text, Map<String, String> placesMeant) {
        List<Mention> found = new ArrayList<>();
        List<Token> tokens = text.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (lexicon.pronounGender(t.word()) != null && t.pos().startsWith("PRP")) {
                found.add(new Mention(i, i + 1, EntityType.PERSON, Mention.Kind.PRONOUN, null, null, List.of(), null));
                continue;
            }
            if (t.isCapitalised() && t.pos().startsWith("NNP") || t.pos().equals("NNS") && t.isCapitalised()) {
                if (codes.isPeopleNoun(t.word())) {
                    found.add(nominal(i, i + 1, EntityType.GROUP, codes.demonymCode(t.word()).orElse(null), null));
                    continue;
                }
            }
            Optional<String> demonym = t.isCapitalised() && (t.ner().equals("NATIONALITY") || t.pos().equals("JJ"))
                ? codes.demonymCode(t.word()) : Optional.empty();
            if (demonym.isPresent()) {
                Mention m = rolePhrase(text, i, i + 1, demonym.get());
                if (m != null) {
                    found.add(m);
                    i = m.tokenEnd() - 1;
                }
                continue;
            }
            Mention unnamed = unnamed(text, i);
            if (unnamed != null) {
                found.add(unnamed);
                continue;
            }
            if (i > 0 && DEFINITE.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT)) && !t.isCapitalised()) {
                Mention m = rolePhrase(text, i, i, null);
                if (m != null) {
                    found.add(m);
                    i = m.tokenEnd() - 1;
                }
            } else if (t.pos().equals("NNS") && (!t.isCapitalised() || opensSentence(text, i))
                && (codes.agentSector(t.word()).isPresent() || lexicon.isCivilianNoun(t.foldedLemma()))) {
                // "police", "rebels": a collective without a name; its country when the text gives
                // it right before ("Azerbaijan's police", "Cleveland police": the place's country)
                // (the place keeps its own mention: the span is the noun's). "Four juveniles", "two
                // men", "people": civilians, the victims and doers of crime news.
                PlaceBefore place = placeBefore(text, i, placesMeant);
                found.add(nominal(i, i + 1, EntityType.GROUP,
                    place == null ? countryBefore(text, i) : place.code(),
                    codes.agentSector(t.word()).orElse(Sector.CVL)));
            }
        }
        return found;
    }

    /**
     * The role phrase after tokens [start, wordsFrom): lowercase nouns, adjectives and participles
     * ending in a noun. A singular person noun makes a description ("the Azerbaijani official"); a
     * phrase with an actor sector makes a collective; anything else is not an actor.
     */
    private Mention rolePhrase(AnnotatedText text, int start, int wordsFrom, String code) {
        List<Token> tokens = text.tokens();
        int sentence = tokens.get(start).sentence();
        int end = wordsFrom;
        while (end < tokens.size() && end - wordsFrom < MAX_PHRASE && tokens.get(end).sentence() == sentence
            && isPhraseWord(tokens.get(end))) {
            end++;
        }
        while (end > wordsFrom && !tokens.get(end - 1).isNoun()) {
            end--;
        }
        if (end == wordsFrom || end < tokens.size() && (startsName(tokens.get(end)) || tokens.get(end).pos().equals("HYPH"))) {
            // before a name the words are its title; before a hyphen they modify another noun:
            // "the minister-level talks" is no minister
            return null;
        }
        Token head = tokens.get(end - 1);
        if (start > 0 && tokens.get(start - 1).sentence() == sentence
            && DETERMINERS.contains(tokens.get(start - 1).word().toLowerCase(Locale.ROOT))) {
            start--;
        }
        if (code == null && end == wordsFrom + 1 && !isPlural(head) && lexicon.isOrgNoun(head.word())
            && DEFINITE.contains(tokens.get(start).word().toLowerCase(Locale.ROOT))) {
            return new Mention(start, end, EntityType.ORGANIZATION, Mention.Kind.DESCRIPTION, null,
                codes.agentSector(head.word()).orElse(null), List.of(), null);
        }
        if (!isPlural(head) && lexicon.isPersonNoun(head.word())) {
            Sector sector = codes.sector(head.word()).orElse(null);
            return new Mention(start, end, EntityType.PERSON, Mention.Kind.DESCRIPTION, code, sector, List.of(), null);
        }
        if (code == null) {
            // "the peacekeepers": only a pointer back at a collective named with its country.
            if (!isPlural(head) || end != wordsFrom + 1) {
                return null;
            }
            int from = start;
            return codes.agentSector(head.word()).map(s -> nominal(from, wordsFrom + 1, EntityType.GROUP, null, s))
                .orElse(null);
        }
        Optional<Sector> sector = codes.agentSector(Token.joinWords(tokens, wordsFrom, end));
        if (sector.isEmpty()) {
            return null;
        }
        EntityType type = isPlural(head) ? EntityType.GROUP : EntityType.ORGANIZATION;
        return nominal(start, end, type, code, sector.get());
    }

    /** A capital that is only there because the word opens its sentence ("Rebels said"). */
    private static boolean opensSentence(AnnotatedText text, int i) {
        Token t = text.tokens().get(i);
        return text.sentences().get(t.sentence()).tokenStart() == i && t.ner().equals("O");
    }

    /** The country named by a possessive right before token i: "Azerbaijan's police", "the United States' troops". */
    private String countryBefore(AnnotatedText text, int i) {
        List<Token> tokens = text.tokens();
        int sentence = tokens.get(i).sentence();
        if (i < 2 || tokens.get(i - 1).sentence() != sentence || !tokens.get(i - 1).pos().equals("POS")) {
            return null;
        }
        for (int from = i - 2; from >= Math.max(0, i - 4) && tokens.get(from).sentence() == sentence; from--) {
            Optional<String> code = codes.countryCode(Token.joinWords(tokens, from, i - 1));
            if (code.isPresent()) {
                return code.get();
            }
        }
        return null;
    }

    /** A place name's first token and country. */
    record PlaceBefore(int from, String code) {}

    /**
     * A capitalised place name (up to three words) right before token i, with no possessive
     * between ("Cleveland police", "a Texas jury"): places.tsv, capitals and regions.
     */
    private PlaceBefore placeBefore(AnnotatedText text, int i, Map<String, String> placesMeant) {
        List<Token> tokens = text.tokens();
        int sentence = tokens.get(i).sentence();
        for (int from = i - 1; from >= Math.max(0, i - 3) && tokens.get(from).sentence() == sentence
            && tokens.get(from).isCapitalised() && tokens.get(from).isProperNoun(); from--) {
            String place = Token.joinWords(tokens, from, i);
            Optional<String> code = codes.placeCode(place, placesMeant);
            if (code.isPresent()) {
                return new PlaceBefore(from, code.get());
            }
        }
        return null;
    }

    /**
     * The person without a name whose noun is token i: "a 17-year-old boy" ({@link Mention.Kind#UNNAMED},
     * the span without its determiner), "the boy" ({@link Mention.Kind#UNNAMED_AGAIN}), or null. The
     * noun is singular and a word of {@code unnamed-person} (or an age, "a 17-year-old"), ends its
     * phrase ("a man hunt" is no man) and follows its determiner across at most a few lower-case
     * modifiers; a place's name may stand among them ("a Chicago man": the span is the noun). Not
     * said of someone ("he is a 24-year-old man", "identified as a man"), not beside a name that
     * follows ("a 24-year-old man, John Smith,", "a man named John Smith": the name is the person).
     */
    private Mention unnamed(AnnotatedText text, int i) {
        List<Token> tokens = text.tokens();
        Token head = tokens.get(i);
        String lemma = head.foldedLemma();
        boolean age = AGE.matcher(head.word().toLowerCase(Locale.ROOT)).matches();
        if (!head.pos().equals("NN") || head.isCapitalised() && !age
            || !age && !lexicon.isUnnamedPerson(lemma)) {
            return null;
        }
        int sentence = head.sentence();
        if (i + 1 < tokens.size() && tokens.get(i + 1).sentence() == sentence) {
            Token next = tokens.get(i + 1);
            if (next.isNoun() || next.pos().equals("HYPH") || nameFollows(tokens, i + 1, sentence)
                || anonymousSource(tokens, i + 1, sentence)) {
                return null;
            }
        }
        int start = i;
        int determiner = -1;
        for (int j = i - 1; j >= 0 && tokens.get(j).sentence() == sentence && i - j <= MAX_MODIFIERS + 1; j--) {
            Token t = tokens.get(j);
            String w = t.word().toLowerCase(Locale.ROOT);
            if (INTRODUCING.contains(w) || DEFINITE.contains(w)) {
                determiner = j;
                break;
            }
            boolean modifier = !t.isCapitalised() && (t.pos().equals("JJ") || t.pos().equals("VBN")
                || AGE.matcher(w).matches());
            boolean place = t.isProperNoun() && t.isCapitalised() && !t.ner().equals("PERSON") && !t.ner().equals("O");
            if (!modifier && !place) {
                return null;
            }
            if (modifier && start == j + 1) {
                start = j;
            }
        }
        if (determiner < 0 || determiner > 0 && tokens.get(determiner - 1).sentence() == sentence
            && SAID_OF.contains(tokens.get(determiner - 1).foldedLemma())) {
            return null;
        }
        boolean again = DEFINITE.contains(tokens.get(determiner).word().toLowerCase(Locale.ROOT));
        return new Mention(start, i + 1, EntityType.PERSON, again ? Mention.Kind.UNNAMED_AGAIN : Mention.Kind.UNNAMED,
            null, codes.agentSector(lemma).orElse(lexicon.isCivilianNoun(lemma) ? Sector.CVL : null),
            List.of(), null);
    }

    private static boolean anonymousSource(List<Token> tokens, int next, int sentence) {
        String w = tokens.get(next).word().toLowerCase(Locale.ROOT);
        if (ANONYMOUS_SOURCE.contains(w)) {
            return true;
        }
        if (!w.equals("with") || next + 1 >= tokens.size() || tokens.get(next + 1).sentence() != sentence) {
            return false;
        }
        String after = tokens.get(next + 1).word().toLowerCase(Locale.ROOT);
        return after.equals("knowledge") || after.equals("direct");
    }

    /** A person's name right after the noun, or after a comma, "named" or "identified as". */
    private static boolean nameFollows(List<Token> tokens, int from, int sentence) {
        for (int j = from; j < Math.min(tokens.size(), from + 3) && tokens.get(j).sentence() == sentence; j++) {
            Token t = tokens.get(j);
            if (t.ner().equals("PERSON") && t.isCapitalised()) {
                return true;
            }
            String w = t.word().toLowerCase(Locale.ROOT);
            if (!w.equals(",") && !w.equals("named") && !w.equals("identified") && !w.equals("as")) {
                return false;
            }
        }
        return false;
    }

    private static boolean isPlural(Token t) {
        return t.pos().equals("NNS") || t.pos().equals("NNPS");
    }

    private static boolean startsName(Token t) {
        return t.isCapitalised() && (t.ner().equals("PERSON") || t.ner().equals("TITLE"));
    }

    private static boolean isPhraseWord(Token t) {
        if (t.isCapitalised()) {
            return false;
        }
        // The tagger calls lowercase words after a nationality NNP(S) at times: "Azerbaijani eco-activists".
        String pos = t.pos();
        return pos.startsWith("NN") || pos.equals("JJ") || pos.equals("VBG");
    }

    private static Mention nominal(int start, int end, EntityType type, String code, Sector sector) {
        return new Mention(start, end, type, Mention.Kind.NOMINAL, code, sector, List.of(), null);
    }
}
