package org.dateline.analyze.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dateline.analyze.FunctionWords;
import org.dateline.model.Sector;
import org.dateline.model.TextIndex;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Token;

/**
 * Job titles beside a person's name, and the country or organisation they name: the premodifier
 * of "Azerbaijani Deputy Foreign Minister Elnur Mammadov" and "UN High Human Rights Commissioner
 * Volker Türk", and the apposition of "Jeyhun Bayramov, Azerbaijan's foreign minister,".
 */
final class Titles {
    /** Articles and the possessives that stand before a title: "its foreign minister". */
    private static final Set<String> DETERMINERS = FunctionWords.union(List.of(FunctionWords.ARTICLES), "its", "their");
    private static final int MAX_TITLE_TOKENS = 7;

    private final ActorCodes codes;
    private final EntityLexicon lexicon;

    Titles(ActorCodes codes, EntityLexicon lexicon) {
        this.codes = codes;
        this.lexicon = lexicon;
    }

    /** The person mention with its titles, code, sector and organisation filled from its context. */
    Mention describe(AnnotatedText text, TextIndex index, Mention person) {
        List<String> titles = new ArrayList<>();
        Context context = new Context();
        premodifier(text, index, person, titles, context);
        apposition(text, index, person, titles, context);
        Sector sector = titles.stream().map(codes::sector).flatMap(Optional::stream).findFirst().orElse(null);
        return person.withTitles(titles, context.code, sector, context.organization);
    }

    private static final class Context {
        String code;
        String organization;
    }

    private void premodifier(AnnotatedText text, TextIndex index, Mention person, List<String> titles, Context c) {
        List<Token> tokens = text.tokens();
        int sentenceStart = text.sentences().get(tokens.get(person.tokenStart()).sentence()).tokenStart();
        int first = person.tokenStart();
        // a lower-case title the tagger did not mark ("rights chief Türk", "spokeswoman Zakharova")
        // is read back over the lower-case words before its head
        boolean lowerCaseHead = first - 1 >= sentenceStart && isLowerCaseTitleHead(tokens.get(first - 1));
        while (first - 1 >= sentenceStart && person.tokenStart() - first < MAX_TITLE_TOKENS
            && (isTitleWord(tokens.get(first - 1), first - 1 == sentenceStart)
                || lowerCaseHead && !tokens.get(first - 1).isCapitalised() && isPlainTitleWord(tokens.get(first - 1)))) {
            first--;
        }
        if (first == person.tokenStart()) {
            return;
        }
        Token adjacent = tokens.get(person.tokenStart() - 1);
        if (!adjacent.ner().equals("TITLE") && !lexicon.isTitleHead(adjacent.word())) {
            return;
        }
        titles.add(index.slice(tokens.get(first).start(), adjacent.end()));
        if (first - 1 >= sentenceStart) {
            owner(text, first - 1, c);
        }
    }

    private void apposition(AnnotatedText text, TextIndex index, Mention person, List<String> titles, Context c) {
        List<Token> tokens = text.tokens();
        int i = person.tokenEnd();
        int sentence = tokens.get(person.tokenStart()).sentence();
        if (i + 2 >= tokens.size() || !tokens.get(i).word().equals(",")) {
            return;
        }
        i++;
        if (DETERMINERS.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
            i++;
        }
        i = ownerBefore(text, i, sentence, c);
        int first = i;
        while (i < tokens.size() && tokens.get(i).sentence() == sentence && i - first < MAX_TITLE_TOKENS
            && (tokens.get(i).ner().equals("TITLE") || isPlainTitleWord(tokens.get(i)))) {
            i++;
        }
        int last = i - 1;
        while (last >= first && !tokens.get(last).ner().equals("TITLE") && !lexicon.isTitleHead(tokens.get(last).word())) {
            last--;
        }
        if (last < first || last + 1 < i && !tokens.get(last + 1).word().equals("of")) {
            return;
        }
        Token after = last + 1 < tokens.size() ? tokens.get(last + 1) : null;
        boolean closed = after == null || Set.of(",", ".", "of", ";", ")", "who", "--", "—").contains(after.word());
        if (!closed) {
            return;
        }
        titles.add(index.slice(tokens.get(first).start(), tokens.get(last).end()));
        if (after != null && after.word().equals("of") && last + 2 < tokens.size()) {
            owner(text, last + 2 + (tokens.get(last + 2).word().equalsIgnoreCase("the") ? 1 : 0), c);
        }
    }

    /** Skips and reads "Azerbaijan's", "Azerbaijani" or "the UN's" before an appositive title. */
    private int ownerBefore(AnnotatedText text, int i, int sentence, Context c) {
        List<Token> tokens = text.tokens();
        Token t = tokens.get(i);
        if (t.sentence() != sentence) {
            return i;
        }
        if (t.ner().equals("NATIONALITY")) {
            owner(text, i, c);
            return i + 1;
        }
        int end = i;
        while (end < tokens.size() && !tokens.get(end).ner().equals("O") && tokens.get(end).ner().equals(t.ner())) {
            end++;
        }
        if (end > i && end < tokens.size() && tokens.get(end).pos().equals("POS")) {
            owner(text, end - 1, c);
            return end + 1;
        }
        return i;
    }

    /** Reads the country or organisation a title belongs to from the mention ending at token i. */
    private void owner(AnnotatedText text, int i, Context c) {
        List<Token> tokens = text.tokens();
        Token t = tokens.get(i);
        if (t.pos().equals("POS") && i > 0) {
            t = tokens.get(--i);
        }
        String ner = t.ner();
        int start = i;
        while (start > 0 && tokens.get(start - 1).ner().equals(ner) && !ner.equals("O")
            && tokens.get(start - 1).sentence() == t.sentence()) {
            start--;
        }
        StringBuilder b = new StringBuilder();
        for (int k = start; k <= i; k++) {
            b.append(k > start ? " " : "").append(tokens.get(k).word());
        }
        String name = b.toString();
        switch (ner) {
            case "NATIONALITY" -> c.code = codes.demonymCode(name).orElse(c.code);
            case "COUNTRY", "LOCATION" -> c.code = codes.countryCode(name).orElse(c.code);
            case "ORGANIZATION" -> codes.organization(name).ifPresentOrElse(org -> {
                c.code = org.code();
                c.organization = org.canonicalName();
            }, () -> c.organization = name);
            default -> {
            }
        }
    }

    /** A capitalised title word, or any word the tagger marked as part of a title. */
    private boolean isTitleWord(Token t, boolean sentenceInitial) {
        // a title head the tagger read into an organisation's name ("Pitt County Sheriff Neil Elks")
        if (t.ner().equals("TITLE") || t.isCapitalised() && lexicon.isTitleHead(t.word())) {
            return true;
        }
        boolean capitalisedWord = t.isCapitalised() && t.ner().equals("O")
            && (t.pos().startsWith("NN") || t.pos().equals("JJ"));
        return capitalisedWord && (!sentenceInitial || t.isProperNoun() || lexicon.isTitleHead(t.word()));
    }

    /** "chief", "spokeswoman" in lower case, which the tagger reads as a noun or, "chief", an adjective. */
    private boolean isLowerCaseTitleHead(Token t) {
        return !t.isCapitalised() && (t.isNoun() || t.pos().equals("JJ")) && lexicon.isTitleHead(t.word());
    }

    private boolean isPlainTitleWord(Token t) {
        return t.ner().equals("O") && (t.pos().startsWith("NN") || t.pos().equals("JJ"));
    }
}
