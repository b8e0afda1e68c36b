package org.dateline.nlp;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where a dateline that opens a paragraph ends, so that it is tagged and parsed as a sentence of
 * its own: "MEMPHIS, Tenn. - Three people were wounded" was one sentence to CoreNLP, whose parser
 * made "MEMPHIS" the subject of "wounded" and "Three people" its apposition, so the lede counted one
 * person; "(WMC) - Seven people were shot" and "HOUSTON - Six people" hung the number on the
 * dateline. A dateline is no part of its lede's syntax.
 *
 * <p>A dateline here is, at the start of a paragraph: up to four words in capitals ("SALT LAKE
 * CITY"), or capitalised when a state or an agency follows ("Las Vegas, NV (KTNV) --"); optionally
 * a comma and up to four capitalised words or abbreviations (the state or country: "Tenn.",
 * "Calif.", "AZ"); optionally its day ("(Feb. 20, 2014)", ", July 18"); optionally the agency or
 * station in brackets ("(AP)", "(WMC-TV)", "(LEX 18)"); or the bracketed agency alone; then a dash
 * standing apart ("-", "–", "—", "--") and a capitalised word or a number that begins the lede. A
 * hyphen glued to two words joins them ("WINSTON-SALEM", which CoreNLP writes as three tokens), and
 * a name never runs across a line. No tagger has run yet, so the words are not checked as places: an
 * "UPDATE -" made a sentence of its own costs nothing. Pure functions over the tokens' extents,
 * tested without CoreNLP.
 */
final class DatelineBreaks {
    private static final Set<String> DASHES = Set.of("-", "–", "—", "--", "---");
    private static final int MAX_WORDS = 4;
    /** Signs that join the words of an agency's name: "(CBSNewYork/AP)", "(WMC-TV)", "(KFOX14 & CBS4)". */
    private static final Set<String> JOINERS = Set.of("/", "-", "&", ".");
    /** Short words in capitals that are no place's name ("A", "THE", "OF"...): they start headlines and sentences. */
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "of", "and", "or", "in", "on", "at",
        "to", "for", "by", "with", "from", "is", "it", "i");

    /** Months' names and abbreviations in lower case ("july", "jul", "sept"), from the JDK's English names. */
    private static final Set<String> MONTHS = Stream.concat(Stream.of("sept"), Arrays.stream(Month.values())
        .flatMap(m -> Stream.of(TextStyle.FULL, TextStyle.SHORT).map(style -> m.getDisplayName(style, Locale.ENGLISH))))
        .map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

    private DatelineBreaks() {}

    /**
     * The char offsets at which a lede starts after a dateline, one per dateline, ascending, in a new
     * list the caller may add to; {@code sentenceStarts} are the indices of the tokens that begin a
     * sentence as the splitter found them.
     */
    static List<Integer> after(String text, List<TextLimits.Extent> tokens, List<Integer> sentenceStarts) {
        List<Integer> cuts = new ArrayList<>();
        for (int start : sentenceStarts) {
            if (!opensParagraph(text, tokens, start)) {
                continue;
            }
            int lede = ledeAfter(text, tokens, start);
            if (lede > 0) {
                cuts.add(tokens.get(lede).begin());
            }
        }
        return cuts;
    }

    /** The index of the lede's first token when a dateline starts at token {@code i}, else -1. */
    static int ledeAfter(String text, List<TextLimits.Extent> tokens, int i) {
        int at = words(text, tokens, i, DatelineBreaks::capitals);
        // "Las Vegas, NV (KTNV) --": a place in capitalised words is a dateline's only with its state or agency
        boolean capitalsOnly = at > i;
        if (!capitalsOnly) {
            at = words(text, tokens, i, DatelineBreaks::name);
        }
        boolean place = at > i;
        boolean state = false;
        if (place && at < tokens.size() && tokens.get(at).word().equals(",")) {
            int stateEnd = at + 1;
            while (stateEnd < tokens.size() && stateEnd - at - 1 < MAX_WORDS && capitalised(tokens.get(stateEnd).word())) {
                stateEnd++;
            }
            if (stateEnd == at + 1) {
                return -1;
            }
            at = stateEnd;
            state = true;
        }
        int day = place ? dayEnd(tokens, at) : -1;
        if (day > 0) {
            at = day;
        }
        boolean agency = false;
        int closing = agencyEnd(tokens, at);
        if (closing > 0) {
            at = closing + 1;
            agency = true;
        }
        if (!place && !agency || place && !capitalsOnly && !state && !agency || at + 1 >= tokens.size()
            || !DASHES.contains(tokens.get(at).word())) {
            return -1;
        }
        TextLimits.Extent dash = tokens.get(at);
        TextLimits.Extent next = tokens.get(at + 1);
        // "GUN-RIGHTS", "U.S.–China": a hyphen or en dash glued to both sides joins words; the dash
        // of a dateline stands apart on at least one side ("Calif.—Stockton" joins nothing)
        if (glued(tokens, at) && !dash.word().equals("—")) {
            return -1;
        }
        int first = next.word().codePointAt(0);
        boolean opens = Character.isUpperCase(first) || Character.isDigit(first) || next.word().equals("\"")
            || next.word().equals("``") || next.word().equals("“");
        return opens && !breaksLine(text, tokens, at + 1) ? at + 1 : -1;
    }

    /**
     * Where a run of up to {@link #MAX_WORDS} words that pass {@code test} ends, from token {@code
     * i} on one line; CoreNLP writes a hyphenated name as three tokens ("WINSTON - SALEM"), and a
     * hyphen glued to two such words joins them.
     */
    private static int words(String text, List<TextLimits.Extent> tokens, int i, Predicate<String> test) {
        int at = i;
        int words = 0;
        while (at < tokens.size() && words < MAX_WORDS && test.test(tokens.get(at).word())
            && (at == i || !breaksLine(text, tokens, at))) {
            at++;
            words++;
            if (at + 1 < tokens.size() && tokens.get(at).word().equals("-") && glued(tokens, at)
                && test.test(tokens.get(at + 1).word())) {
                at++; // the hyphen; the word after it is read next
            }
        }
        return at;
    }

    /**
     * The index of the bracket closing an agency or station that opens at {@code at} ("(AP)",
     * "(WMC - TV)", "(LEX 18)", "(CBSNewYork / AP)"): up to six tokens, each a capitalised word, a
     * number or a joining sign, the first a capitalised word or a number; -1 when none opens there.
     */
    private static int agencyEnd(List<TextLimits.Extent> tokens, int at) {
        if (at >= tokens.size() || !bracket(tokens.get(at).word(), true)) {
            return -1;
        }
        for (int k = at + 1; k < tokens.size() && k <= at + 7; k++) {
            String w = tokens.get(k).word();
            if (bracket(w, false)) {
                return k > at + 1 && !JOINERS.contains(tokens.get(at + 1).word()) ? k : -1;
            }
            if (!(capitalised(w) || Character.isDigit(w.codePointAt(0)) || JOINERS.contains(w))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Where a dateline's day that starts at {@code at} ends: "(Feb. 20, 2014)", "(July 3, 2015)" in
     * brackets, or ", July 18" after the state ("CHATTANOOGA, Tenn., July 18 (Reuters) -"); -1 when
     * none starts there.
     */
    private static int dayEnd(List<TextLimits.Extent> tokens, int at) {
        if (at + 2 >= tokens.size()) {
            return -1;
        }
        String opening = tokens.get(at).word();
        boolean bracketed = bracket(opening, true);
        if (!bracketed && !opening.equals(",") || !month(tokens.get(at + 1).word()) || !number(tokens.get(at + 2).word())) {
            return -1;
        }
        int end = at + 3;
        if (!bracketed) {
            return end;
        }
        if (end + 1 < tokens.size() && tokens.get(end).word().equals(",") && number(tokens.get(end + 1).word())) {
            end += 2; // the year
        }
        return end < tokens.size() && bracket(tokens.get(end).word(), false) ? end + 1 : -1;
    }

    /** "July", "Feb.", "Sept.": a month's English name or its abbreviation. */
    private static boolean month(String word) {
        String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        return MONTHS.contains(w.toLowerCase(Locale.ROOT)) && Character.isUpperCase(w.codePointAt(0));
    }

    private static boolean number(String word) {
        return word.chars().allMatch(Character::isDigit);
    }

    /** Whether the hyphen at {@code k} touches the words on both sides ("GUN-RIGHTS", "WINSTON-SALEM"). */
    private static boolean glued(List<TextLimits.Extent> tokens, int k) {
        return k > 0 && k + 1 < tokens.size() && tokens.get(k - 1).end() == tokens.get(k).begin()
            && tokens.get(k).end() == tokens.get(k + 1).begin();
    }

    private static boolean opensParagraph(String text, List<TextLimits.Extent> tokens, int i) {
        return i == 0 || breaksLine(text, tokens, i);
    }

    /** Whether a line ends between token {@code k - 1} and token {@code k}. */
    private static boolean breaksLine(String text, List<TextLimits.Extent> tokens, int k) {
        return text.substring(tokens.get(k - 1).end(), tokens.get(k).begin()).contains("\n");
    }

    /** A word in capitals of two letters or more, no function word: "MEMPHIS", "ST.", "O'FALLON". */
    private static boolean capitals(String word) {
        String w = letters(word);
        return name(word) && w.equals(w.toUpperCase(Locale.ROOT));
    }

    /** A capitalised word of two letters or more, no function word: "Las", "Vegas", "O'Fallon", "McKEES". */
    private static boolean name(String word) {
        String w = letters(word);
        return w.length() >= 2 && w.chars().allMatch(Character::isLetter) && Character.isUpperCase(w.codePointAt(0))
            && !FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT));
    }

    /** The word without the stops, apostrophes and hyphens a place's name may hold. */
    private static String letters(String word) {
        return word.replace(".", "").replace("'", "").replace("’", "").replace("-", "");
    }

    /** A word that starts with a capital letter: "Tenn.", "Calif.", "AZ", "Cache". */
    private static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    private static boolean bracket(String word, boolean opening) {
        return opening ? word.equals("(") || word.equals("-LRB-") : word.equals(")") || word.equals("-RRB-");
    }
}
