package org.dateline.analyze;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.model.EntityType;
import org.dateline.model.Sector;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Token;

/**
 * The dateline that opens a wire story: "CLEVELAND –", "NEW STANTON (KDKA) –", "PERRIS, Calif. (AP) —",
 * "GREENVILLE, PITT COUNTY -". Its words in capitals before the dash are a place, whatever the tagger
 * made of them (it reads "NEW STANTON" as a person "STANTON"); the words after a comma are the state or
 * country, or the day it was filed ("MOSCOW, March 12 (Reuters) –", "YEREVAN, March 12, 2023 —"); the
 * name in brackets is the agency or station that filed it. A dateline opens a paragraph (copy often
 * strings several stories together), so every paragraph's first words are read. The entity stage
 * reads its place and agency; the statement stage keeps it out of what a source said.
 */
public final class Datelines {
    private static final Set<String> DASHES = Set.of("-", "–", "—", "--");
    /** At most this many words in the place, and in the state after the comma. */
    private static final int MAX_WORDS = 4;

    /** The months' names and their short forms ("Dec", "Dec.", "Sept."), as a dateline writes its day. */
    private static final Set<String> MONTHS = months();

    /** One part of a dateline: tokens [start, end) and what they name. */
    public record Part(int start, int end, EntityType type, Sector sector) {}

    /** One dateline: tokens [start, end), its dash the last of them, and its named parts. */
    public record Dateline(int start, int end, List<Part> parts) {}

    private Datelines() {}

    /** Every dateline of the text, in text order. */
    public static List<Dateline> find(AnnotatedText text) {
        List<Dateline> found = new ArrayList<>();
        List<Token> tokens = text.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (opensParagraph(text, i)) {
                Dateline d = at(tokens, i);
                if (d != null) {
                    found.add(d);
                }
            }
        }
        return found;
    }

    private static Set<String> months() {
        Set<String> out = new HashSet<>();
        for (Month m : Month.values()) {
            String full = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            String shortName = m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            out.add(full);
            out.add(shortName);
            out.add(shortName + ".");
        }
        out.add("Sept");
        out.add("Sept.");
        return out;
    }

    private static boolean opensParagraph(AnnotatedText text, int i) {
        if (i == 0) {
            return true;
        }
        Token prev = text.tokens().get(i - 1);
        return text.index().slice(prev.end(), text.tokens().get(i).start()).contains("\n");
    }

    /** The dateline starting at token {@code i}, or null when the words there are not one. */
    private static Dateline at(List<Token> tokens, int i) {
        int placeEnd = i;
        while (placeEnd < tokens.size() && placeEnd - i < MAX_WORDS && isCapitalWord(tokens.get(placeEnd))) {
            placeEnd++;
        }
        if (placeEnd == i) {
            return null;
        }
        List<Part> parts = new ArrayList<>();
        parts.add(new Part(i, placeEnd, EntityType.LOCATION, null));
        int at = placeEnd;
        if (at < tokens.size() && tokens.get(at).word().equals(",") && dayEnd(tokens, at + 1) > 0) {
            at = dayEnd(tokens, at + 1);
        } else if (at < tokens.size() && tokens.get(at).word().equals(",")) {
            int stateEnd = at + 1;
            while (stateEnd < tokens.size() && stateEnd - at - 1 < MAX_WORDS && tokens.get(stateEnd).isCapitalised()
                && Character.isLetter(tokens.get(stateEnd).word().codePointAt(0))) {
                stateEnd++;
            }
            if (stateEnd == at + 1) {
                return null;
            }
            parts.add(new Part(at + 1, stateEnd, EntityType.LOCATION, null));
            at = stateEnd;
            if (at < tokens.size() && tokens.get(at).word().equals(",") && dayEnd(tokens, at + 1) > 0) {
                at = dayEnd(tokens, at + 1); // "LITTLE ROCK, Ark., Dec. 5 (AP) —"
            }
        }
        if (at + 2 < tokens.size() && isOpeningBracket(tokens.get(at)) && isAgency(tokens.get(at + 1))
            && isClosingBracket(tokens.get(at + 2))) {
            parts.add(new Part(at + 1, at + 2, EntityType.ORGANIZATION, Sector.MED));
            at += 3;
        }
        if (at >= tokens.size() || !DASHES.contains(tokens.get(at).word()) || isHyphen(tokens, at)) {
            return null;
        }
        // "UPDATE -", "NATO -": unless an agency follows, the tagger must have seen a place or a
        // person's name in the words (it reads "NEW STANTON" as "STANTON", a person), not a body
        boolean agency = parts.get(parts.size() - 1).type() == EntityType.ORGANIZATION;
        List<Token> place = tokens.subList(i, placeEnd);
        boolean named = tokens.subList(i, at).stream().anyMatch(t -> NAMED.contains(t.ner()));
        boolean body = place.stream().allMatch(t -> t.ner().equals("ORGANIZATION"));
        return (agency || named) && !body ? new Dateline(i, at + 1, List.copyOf(parts)) : null;
    }

    /** The end of the day at token {@code i} ("March 12", "Dec. 5, 2023"), or -1 when none is there. */
    private static int dayEnd(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size() || !MONTHS.contains(tokens.get(i).word()) || !isDayOfMonth(tokens.get(i + 1).word())) {
            return -1;
        }
        int end = i + 2;
        if (end + 1 < tokens.size() && tokens.get(end).word().equals(",") && tokens.get(end + 1).word().matches("(19|20)\\d\\d")) {
            end += 2;
        }
        return end;
    }

    private static boolean isDayOfMonth(String word) {
        return word.matches("[1-9]|[12]\\d|3[01]");
    }

    /** A hyphen glued to the words on both sides joins them: "GUN-RIGHTS" (but "Calif.—Stockton" is a dateline). */
    private static boolean isHyphen(List<Token> tokens, int i) {
        return tokens.get(i).word().equals("-") && i + 1 < tokens.size() && tokens.get(i - 1).end() == tokens.get(i).start()
            && tokens.get(i).end() == tokens.get(i + 1).start();
    }

    /** The tagger's labels of places and people, which a dateline's place may carry. */
    private static final Set<String> NAMED = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY", "PERSON");

    /** A word in capitals: "CLEVELAND", "ST." (one letter is too little: "A"; "OF", "THE" are no names). */
    private static boolean isCapitalWord(Token t) {
        String w = t.word().replace(".", "").replace("-", "");
        String lower = w.toLowerCase(Locale.ROOT);
        if (FunctionWords.PREPOSITIONS_AND_CONJUNCTIONS.contains(lower) || FunctionWords.ARTICLES.contains(lower)) {
            return false;
        }
        return w.length() >= 2 && w.chars().allMatch(Character::isLetterOrDigit)
            && Character.isLetter(w.codePointAt(0)) && w.equals(w.toUpperCase(Locale.ROOT));
    }

    /** An agency's or station's name in brackets: "(AP)", "(KDKA)", "(Reuters)". */
    private static boolean isAgency(Token t) {
        return isCapitalWord(t) || t.isCapitalised() && t.word().chars().allMatch(Character::isLetter)
            && !FunctionWords.ARTICLES.contains(t.word().toLowerCase(Locale.ROOT));
    }

    private static boolean isOpeningBracket(Token t) {
        return t.word().equals("(") || t.word().equals("-LRB-");
    }

    private static boolean isClosingBracket(Token t) {
        return t.word().equals(")") || t.word().equals("-RRB-");
    }
}
