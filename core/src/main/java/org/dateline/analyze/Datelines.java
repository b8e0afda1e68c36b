package org.dateline.analyze;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.analyze.data.UsTowns;
import org.dateline.model.EntityType;
import org.dateline.model.Sector;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Token;

/**
 * The dateline that opens a wire story: "CLEVELAND –", "NEW STANTON (KDKA) –", "PERRIS, Calif. (AP) —",
 * "GREENVILLE, PITT COUNTY -". Its words in capitals before the dash are a place, whatever the tagger
 * made of them (it reads "NEW STANTON" as a person "STANTON"); the words after a comma are the state or
 * country, or the day it was filed ("MOSCOW, March 12 (Reuters) –", "YEREVAN, March 12, 2023 —"); the
 * name in brackets is the agency or station that filed it ("(CBS 8)", "(WCMH/AP)", "(KMOV.com)"), or
 * the day ("INDIANAPOLIS, Ind. (Feb. 20, 2014) —"). A dash, the agency or "NEAR" may come first ("-
 * LITTLE ROCK, Ark. -", "(AP) GREENVILLE, N.C. -", "NEAR DALLAS, Ore. –"), and a place in title case
 * is one when a US state follows ("Portsmouth, Va. –"). The tagger sees no name in most towns in
 * capitals ("DENVER —") and takes others for bodies ("LOWELL -"), so a town of the Postal Service's
 * list ({@link UsTowns}), a county or township, or a US state after the comma makes the words a
 * dateline whatever the tagger said. A dateline opens a paragraph (copy often strings several
 * stories together), so every paragraph's first words are read. The entity stage reads its place
 * and agency; the statement stage keeps it out of what a source said.
 */
public final class Datelines {
    private static final Set<String> DASHES = Set.of("-", "–", "—", "--");
    /** At most this many words in the place, and in the state after the comma. */
    private static final int MAX_WORDS = 4;
    /** A word that may open a dateline before its place: "NEAR DALLAS, Ore. –". */
    private static final Set<String> NEAR = Set.of("NEAR", "OUTSIDE");
    /** The last word of a county's or township's name in a dateline: "MERCER COUNTY -", "BATES TOWNSHIP —". */
    private static final Set<String> COUNTY_WORDS = Set.of("county", "parish", "co.", "township");
    /** A station's call sign or channel with its number first: "41NBC". */
    private static final Pattern STATION_CODE = Pattern.compile("\\d+\\p{Lu}[\\p{Lu}\\d]*");
    /** A station's web address as its name: "localmemphis.com", "KMOV.com". */
    private static final Pattern WEB_ADDRESS = Pattern.compile("[\\p{L}\\d-]+(\\.[\\p{L}\\d-]+)*\\.(com|net|org|tv|us)", Pattern.CASE_INSENSITIVE);

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
                Dateline d = at(text, i);
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
    private static Dateline at(AnnotatedText text, int i) {
        List<Token> tokens = text.tokens();
        List<Part> parts = new ArrayList<>();
        int from = leading(text, i, parts);
        int placeEnd = from;
        while (placeEnd < tokens.size() && placeEnd - from < MAX_WORDS && isCapitalWord(tokens.get(placeEnd))) {
            placeEnd++;
            if (placeEnd + 1 < tokens.size() && isHyphen(tokens, placeEnd) && isCapitalWord(tokens.get(placeEnd + 1))) {
                placeEnd++; // "WINSTON-SALEM", three tokens
            }
        }
        boolean capitals = placeEnd > from;
        if (!capitals) {
            placeEnd = titleCasePlaceEnd(tokens, from); // "Portsmouth, Va. –" only with its state
            if (placeEnd < 0) {
                return null;
            }
        }
        parts.add(new Part(from, placeEnd, EntityType.LOCATION, null));
        int at = placeEnd;
        boolean knownState = false;
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
            knownState = isState(Token.joinWords(tokens, at + 1, stateEnd));
            at = stateEnd;
            if (at < tokens.size() && tokens.get(at).word().equals(".") && tokens.get(at - 1).end() == tokens.get(at).start()) {
                at++; // "W.Va" and its full stop, two tokens
            }
            if (at < tokens.size() && tokens.get(at).word().equals(",") && dayEnd(tokens, at + 1) > 0) {
                at = dayEnd(tokens, at + 1); // "LITTLE ROCK, Ark., Dec. 5 (AP) —"
            }
        }
        if (!capitals && !knownState) {
            return null;
        }
        boolean agency = false;
        int bracketEnd = bracketEnd(tokens, at);
        if (bracketEnd > 0 && dayEnd(tokens, at + 1) == bracketEnd - 1) {
            at = bracketEnd; // "INDIANAPOLIS, Ind. (Feb. 20, 2014) —"
        } else if (bracketEnd > 0 && isAgency(tokens, at + 1, bracketEnd - 1)) {
            parts.add(new Part(at + 1, bracketEnd - 1, EntityType.ORGANIZATION, Sector.MED));
            agency = true;
            at = bracketEnd;
        }
        if (at >= tokens.size() || !DASHES.contains(tokens.get(at).word()) || isHyphen(tokens, at)) {
            return null;
        }
        agency |= parts.get(0).type() == EntityType.ORGANIZATION;
        // "UPDATE -", "NATO -": unless an agency is named, the tagger must have seen a place or a
        // person's name in the words (it reads "NEW STANTON" as "STANTON", a person), not a body,
        // or the words must be a known place. The tagger sees no name in most towns in capitals
        // ("DENVER —", "SALT LAKE CITY —"), nor in a county with its state's code ("FRANKLIN
        // COUNTY, WA-"), and takes others for bodies ("LOWELL -", "AVONDALE, AZ -")
        List<Token> place = tokens.subList(from, placeEnd);
        boolean named = tokens.subList(from, at).stream().anyMatch(t -> NAMED.contains(t.ner()));
        boolean known = knownState || isKnownPlace(place);
        boolean body = place.stream().allMatch(t -> t.ner().equals("ORGANIZATION"));
        // after a dash or "NEAR" only a known place will do: a transcript's "-- MICHELLE --" is a name
        boolean openedByWord = from > i && parts.get(0).type() != EntityType.ORGANIZATION;
        boolean dateline = known || !openedByWord && (agency || named) && !body;
        return dateline ? new Dateline(i, at + 1, List.copyOf(parts)) : null;
    }

    /**
     * Where a dateline's place starts after what may open it: a dash ("- LITTLE ROCK, Ark. -"), the
     * agency on the same line ("(AP) GREENVILLE, N.C. -", its part added; a photo credit's line
     * "(WISH Photo)" is none) or "NEAR" ("NEAR DALLAS, Ore. –").
     */
    private static int leading(AnnotatedText text, int i, List<Part> parts) {
        List<Token> tokens = text.tokens();
        if (i < tokens.size() && DASHES.contains(tokens.get(i).word())) {
            return i + 1;
        }
        int bracketEnd = bracketEnd(tokens, i);
        if (bracketEnd > 0 && bracketEnd < tokens.size() && isAgency(tokens, i + 1, bracketEnd - 1) && dayEnd(tokens, i + 1) < 0
                && !text.index().slice(tokens.get(bracketEnd - 1).end(), tokens.get(bracketEnd).start()).contains("\n")) {
            parts.add(new Part(i + 1, bracketEnd - 1, EntityType.ORGANIZATION, Sector.MED));
            return bracketEnd;
        }
        if (i + 1 < tokens.size() && NEAR.contains(tokens.get(i).word()) && isCapitalWord(tokens.get(i + 1))) {
            return i + 1;
        }
        return i;
    }

    /** The end of one to three capitalised words at {@code i} that a comma and a state's name follow, or -1. */
    private static int titleCasePlaceEnd(List<Token> tokens, int i) {
        for (int end = i; end < tokens.size() && end - i < 3; end++) {
            Token t = tokens.get(end);
            if (t.word().equals(",")) {
                return end > i ? end : -1;
            }
            if (!t.isCapitalised() || !Character.isLetter(t.word().codePointAt(0))) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether the words are a US state's name, AP abbreviation or postal code ("Ind.", "TN", "Texas", "TEXAS"). */
    private static boolean isState(String words) {
        return UsTowns.stateCodeAnyCase(words) != null || UsTowns.POSTAL.contains(words.replace(".", ""));
    }

    /** A town of the Postal Service's list, or a county, parish or township ("MERCER COUNTY", "BATES TOWNSHIP"). */
    private static boolean isKnownPlace(List<Token> place) {
        String last = place.get(place.size() - 1).word().toLowerCase(Locale.ROOT);
        return !UsTowns.statesOf(Token.joinWords(place, 0, place.size())).isEmpty()
            || place.size() > 1 && COUNTY_WORDS.contains(last);
    }

    /** The index after the closing bracket of a bracket opening at {@code i} that holds one to five tokens, or -1. */
    private static int bracketEnd(List<Token> tokens, int i) {
        if (i >= tokens.size() || !isOpeningBracket(tokens.get(i))) {
            return -1;
        }
        for (int k = i + 2; k < Math.min(tokens.size(), i + 7); k++) {
            if (isClosingBracket(tokens.get(k))) {
                return k + 1;
            }
        }
        return -1;
    }

    /** The end of the day at token {@code i} ("March 12", "Dec. 5, 2023"), or -1 when none is there. */
    private static int dayEnd(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size() || !MONTHS.contains(tokens.get(i).word()) || !isDayOfMonth(tokens.get(i + 1).word())) {
            return -1;
        }
        int end = i + 2;
        if (end + 1 < tokens.size() && tokens.get(end).word().equals(",") && isYear(tokens.get(end + 1).word())) {
            end += 2;
        } else if (end < tokens.size() && isYear(tokens.get(end).word())) {
            end += 1; // "(Nov. 9th 2015)"
        }
        return end;
    }

    private static boolean isDayOfMonth(String word) {
        return word.matches("([1-9]|[12]\\d|3[01])(st|nd|rd|th)?");
    }

    private static boolean isYear(String word) {
        return word.matches("(19|20)\\d\\d");
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

    /**
     * An agency's or station's name in brackets, tokens [from, to): "(AP)", "(Reuters)", "(CBS 8)",
     * "(WCMH/AP)", "(localmemphis.com)"; each word capitalised, in capitals, a number, a web address
     * or a slash, the first no number.
     */
    private static boolean isAgency(List<Token> tokens, int from, int to) {
        if (to <= from || tokens.get(from).word().chars().noneMatch(Character::isLetter)) { // "(41NBC/WMGT)", not "(2)"
            return false;
        }
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            String w = t.word();
            boolean word = isCapitalWord(t) || STATION_CODE.matcher(w).matches()
                || t.isCapitalised() && w.chars().allMatch(Character::isLetterOrDigit)
                && !FunctionWords.ARTICLES.contains(w.toLowerCase(Locale.ROOT));
            if (!word && !w.equals("/") && !w.chars().allMatch(Character::isDigit) && !WEB_ADDRESS.matcher(w).matches()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isOpeningBracket(Token t) {
        return t.word().equals("(") || t.word().equals("-LRB-");
    }

    private static boolean isClosingBracket(Token t) {
        return t.word().equals(")") || t.word().equals("-RRB-");
    }
}
