package org.dateline.story;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dateline.analyze.data.TsvTable;
import org.dateline.analyze.data.UsTowns;

/**
 * The town a report's place lies in, as the article's own words give it, so that a report placed
 * in a neighbourhood, a street or a hospital is still filed under its town ("Rogers Park" is a
 * place in Chicago to a reader of Chicago news, to nobody else). Two sources, in this order:
 * <ul>
 * <li>the text puts the place in a town: "in the Rogers Park neighborhood of Chicago", "Rogers
 *     Park, a neighborhood in Chicago", "the West Side of Chicago", "Chicago's Rogers Park" (words for parts of a town:
 *     {@code town-parts.tsv}), "Coney Island, Brooklyn" (a place of the article after the comma, no
 *     county, no list), and for a street or site "Hillside Drive in south Jackson" (any name after
 *     "in" or "near", with only {@code town-modifiers.tsv} words between);</li>
 * <li>the article's dateline, the town the report was filed from, at the start of a paragraph
 *     near the top: "CHICAGO (AP) —", "LOUISVILLE, KY (WAVE) -", "SPANISH FORK —". Local news
 *     files from the town it reports on or the one next to it; a dateline is written in capitals,
 *     and one without a news service or a state after it must be a place the article names
 *     (a place entity), so that "UPDATE —" is no town; a county may stand where the state
 *     does ("SMITHFIELD, Cache County —"), or the state's postal code ("AVONDALE, AZ -",
 *     {@code state-codes.tsv}), and a name a state follows is a town though a country
 *     bears it ("LEBANON, Ohio —");</li>
 * <li>the town whose police or fire department the text names ("the Memphis Police Department",
 *     "the Las Vegas Metropolitan Police", mid-sentence "according to Hazel Crest police", "the
 *     Chicago Fire Department"), when the text gives neither: a town's police and firefighters
 *     answer calls in their own town.</li>
 * </ul>
 * Nothing is invented: the town is written as the text writes it.
 */
final class ReportTown {
    /** How far into the text a dateline may start (a page's caption or time stamp may come first). */
    static final int DATELINE_WITHIN = 600;
    private static final List<TsvTable.Row> PART_ROWS = TsvTable.resource(ReportTown.class, "town-parts.tsv", "word", "named").rows();
    private static final Set<String> PARTS = PART_ROWS.stream().map(r -> r.get("word")).collect(Collectors.toUnmodifiableSet());
    /** The words of a part of a town that make the name before them no town ({@code named}: "the Upton neighborhood"; {@link TextTowns}). */
    static final List<String> NAMED_PARTS = PART_ROWS.stream().filter(r -> r.get("named").equals("yes")).map(r -> r.get("word")).toList();
    /**
     * Words that may stand between "in" and a town without being its name ("in rural Joplin", "in
     * south Jackson"; {@code town-modifiers.tsv}), read by the headline's readers too.
     */
    static final Set<String> BEFORE = TsvTable.resource(ReportTown.class, "town-modifiers.tsv", "word").rows()
        .stream().map(r -> r.get("word")).collect(Collectors.toUnmodifiableSet());
    /** {@link #BEFORE} as a regular expression's alternatives ("central|downtown|..."). */
    static final String BEFORE_WORDS = String.join("|", BEFORE.stream().sorted().toList());
    private static final String NAME = "\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,3}";
    private static final Pattern DATELINE = Pattern.compile(
        "(?m)^[ \\t]*\\(?(\\p{Lu}[\\p{Lu}.'’-]+(?: \\p{Lu}[\\p{Lu}.'’-]*){0,3})"
            + "(?:, ?(\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*)?))?\\)? ?(\\([^)\\n]{1,30}\\))? ?(?:—|–|--|-)");
    /** "Hillside Drive in south Jackson", "King Mill Road in McDonough": a street or site in its town. */
    private static final Pattern IN_TOWN = Pattern.compile(
        "^,? (?:in|near) (?:the (?:city|town|village) of )?((?:[\\p{Ll}-]+ ){0,2})(" + NAME + ")");
    /** "Coney Island, Brooklyn": a place with its town after a comma, no list ("Tulsa, Dallas and Austin"). */
    private static final Pattern APPOSED = Pattern.compile("^, (" + NAME + ")(?!(?:,| and| or) \\p{Lu})(?![\\p{L}'’])");
    private static final Pattern PART_OF = Pattern.compile(
        "^(?:,? (?:an? |the )?(?:[\\p{Ll}-]+ )?)?(\\p{L}+) (?:of|in) (?:the (?:city|town|village) of )?(" + NAME + ")");
    /** "the West Side of Chicago": the place's own last word names a part of a town. */
    private static final Pattern DIRECT = Pattern.compile("^ (?:of|in) (?:the (?:city|town|village) of )?(" + NAME + ")");
    /**
     * "the Memphis Police", "St. Augustine Police Department", "the Chicago Fire Department": a name
     * of up to four words, a saint's "St." with it; a town's fire department answers calls in its
     * town as its police do.
     */
    private static final Pattern POLICE = Pattern.compile(
        "(?<![\\p{L}.])((?:St\\. )?\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*){0,3}) (Police|police|Fire Department|fire department)\\b");
    private static final Set<String> BODIES = policeWords("body");
    /** A page's furniture before the name ("Buy Photo", "View Full Caption Chicago Police"): cut with what precedes it. */
    private static final Set<String> FURNITURE = policeWords("furniture");
    private static final Set<String> SUFFIXES = policeWords("suffix");
    /** A word asking readers to reach the police ("Call police at 202-727-9099"): cut as furniture is, though Call is a town of Texas. */
    private static final Set<String> APPEALS = policeWords("appeal");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    /** A full stop before a capital inside a name: a sentence's end, or where a scraped text glued two sentences ("Philadelphia.It"). */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=\\p{Ll})\\. ?(?=\\p{Lu})");
    private static final Pattern POSSESSIVE = Pattern.compile("(" + NAME + ")['’]s (?:the )?$");

    private ReportTown() {}

    /** The dateline's town as written ("CHICAGO"), or null; {@code isPlace} says whether words are a place the article names. */
    static String dateline(String text, Predicate<String> isPlace, Predicate<String> isCounty, Set<String> regions) {
        Dateline d = datelineAt(text, isPlace, isCounty, regions);
        return d == null ? null : d.town();
    }

    /** A dateline's town and the char offset it starts at. */
    record Dateline(String town, int start) {}

    /** The dateline's town as written and where it starts, or null (see {@link #dateline}). */
    static Dateline datelineAt(String text, Predicate<String> isPlace, Predicate<String> isCounty, Set<String> regions) {
        Matcher m = DATELINE.matcher(text.substring(0, Math.min(text.length(), DATELINE_WITHIN + 60)));
        while (m.find()) {
            if (m.start(1) > DATELINE_WITHIN) {
                return null;
            }
            String town = m.group(1).strip();
            boolean state = m.group(2) != null
                && (regions.contains(m.group(2).toLowerCase(Locale.ROOT)) || isCounty.test(m.group(2))
                    || UsTowns.POSTAL.contains(m.group(2).replace(".", "")));
            if (m.group(2) != null && !state) {
                continue;
            }
            // a name a state follows is a town whatever else it names: "LEBANON, Ohio", "PARIS, Texas"
            if (town.length() > 2 && (state || !regions.contains(town.toLowerCase(Locale.ROOT))
                && (m.group(3) != null || isPlace.test(town)))) {
                return new Dateline(town, m.start(1));
            }
        }
        return null;
    }

    /**
     * The town the text puts the place at {@code [start, end)} (char offsets) in, or null: "the
     * Rogers Park neighborhood of Chicago", "Rogers Park, a neighborhood in Chicago", "Chicago's
     * Rogers Park".
     */
    static String containing(String text, int start, int end, Predicate<String> isPlace,
                             Set<String> regions) {
        return containing(text, start, end, isPlace, w -> false, regions, false);
    }

    /**
     * As {@link #containing(String, int, int, Predicate, Set)}, and also a place the text follows
     * with a town of the article after a comma ("Coney Island, Brooklyn"; no county, no list) or,
     * for a street or site ({@code small}), with "in" or "near" a town ("Hillside Drive in south
     * Jackson", "the 1500 block of Homeward Way in Summerton"): what a street lies in is a town or
     * a part of one, whatever the tagger made of its name ("Perham" as a person).
     */
    static String containing(String text, int start, int end, Predicate<String> isPlace, Predicate<String> isCounty,
                             Set<String> regions, boolean small) {
        String next = text.substring(end, Math.min(text.length(), end + 80));
        Matcher after = PART_OF.matcher(next);
        if (after.find() && PARTS.contains(after.group(1).toLowerCase(Locale.ROOT))) {
            return town(after.group(2), isPlace, regions);
        }
        String[] words = text.substring(start, end).toLowerCase(Locale.ROOT).split("\\s+");
        Matcher direct = DIRECT.matcher(next);
        if (direct.find() && PARTS.contains(words[words.length - 1])) {
            return town(direct.group(1), isPlace, regions);
        }
        Matcher before = POSSESSIVE.matcher(text.substring(Math.max(0, start - 40), start));
        if (before.find()) {
            return town(before.group(1), isPlace, regions);
        }
        Matcher apposed = APPOSED.matcher(next);
        if (apposed.find()) {
            // "Coney Island, Brooklyn. Police said": the name ends with its sentence
            String name = apposed.group(1);
            String town = town(name, isPlace, regions);
            if (town == null && name.contains(". ")) {
                town = town(name.substring(0, name.indexOf(". ")), isPlace, regions);
            }
            if (town != null && !isCounty.test(town)) {
                return town;
            }
        }
        Matcher in = IN_TOWN.matcher(next);
        if (small && in.find() && modifiers(in.group(1)) && !isCounty.test(sentenceEnd(in.group(2)).replaceAll("\\.$", ""))) {
            return town(sentenceEnd(in.group(2)), w -> !w.endsWith("."), regions);
        }
        return null;
    }

    /** The name up to its sentence's end: "in east Jackson. Williamson says" names Jackson. */
    private static String sentenceEnd(String name) {
        int stop = name.indexOf(". ");
        return stop < 0 ? name : name.substring(0, stop + 1);
    }

    /** Whether the words between "in" and a name are all of {@code town-modifiers.tsv} ("south suburban"). */
    private static boolean modifiers(String words) {
        return java.util.Arrays.stream(words.strip().split(" ")).allMatch(w -> w.isEmpty() || BEFORE.contains(w));
    }

    /**
     * The town whose police the text names first ("the Memphis Police Department", "a Chicago
     * police spokeswoman", "Waco Police Sgt."): a town's police work in their town. Not a state's,
     * a county's or another body's police ({@code police-bodies.tsv}: state, transit, campus...).
     */
    static String police(String text, Predicate<String> isPlace, Predicate<String> isCounty, Set<String> regions) {
        Matcher m = POLICE.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            String[] words = name.toLowerCase(Locale.ROOT).split(" ");
            int first = ARTICLES.contains(words[0]) ? 1 : 0;
            for (int k = 0; k < words.length; k++) {
                if (FURNITURE.contains(words[k]) || APPEALS.contains(words[k])) {
                    first = k + 1;
                }
            }
            int last = words.length;
            while (last > first && SUFFIXES.contains(words[last - 1])) {
                last--;
            }
            if (first >= last || name.endsWith("'s") || name.endsWith("’s")) {
                continue; // "Guidon's police cruiser": a person's
            }
            String town = String.join(" ", java.util.Arrays.asList(name.split(" ")).subList(first, last));
            boolean body = java.util.Arrays.stream(words).anyMatch(BODIES::contains);
            // "But police said", "UCCS police": with "police" in lower case or a name in capitals,
            // only a place the article names is a town
            boolean named = Character.isUpperCase(m.group(2).charAt(0)) && !town.equals(town.toUpperCase(Locale.ROOT))
                || midSentence(text, m.start(1)) && first == 0;
            if (!body && (named || isPlace.test(town)) && !regions.contains(town.toLowerCase(Locale.ROOT))
                && !isCounty.test(town)) {
                return town;
            }
        }
        return null;
    }

    /**
     * Whether a name stands after a word in lower case ("according to Hazel Crest police", "said
     * Perham police"): there a capital is a name's, not a sentence's ("But police said"), and a name
     * before "police" is their town's whatever the tagger made of it.
     */
    private static boolean midSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && i < at - 1 && Character.isLowerCase(text.charAt(i));
    }

    /** Whether the word names a body with police of its own, no town ("Metro", "Transit"): {@code police-bodies.tsv}. */
    static boolean policeBody(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return BODIES.contains(w) || SUFFIXES.contains(w);
    }

    private static Set<String> policeWords(String kind) {
        return TsvTable.resource(ReportTown.class, "police-bodies.tsv", "word", "kind").rows().stream()
            .filter(r -> r.get("kind").equals(kind)).map(r -> r.get("word")).collect(Collectors.toUnmodifiableSet());
    }

    /** The words when they are a place the article names and no state, country, postal code or possessive. */
    private static String town(String words, Predicate<String> isPlace, Set<String> regions) {
        Matcher end = SENTENCE_END.matcher(words);
        while (end.find()) {
            // "Philadelphia. It happened", and "Philadelphia.It happened" where a scraped text glued
            // its sentences; "St. Louis" keeps its abbreviation
            String before = words.substring(words.lastIndexOf(' ', end.start()) + 1, end.start() + 1);
            if (!ReportPlace.LONE_ABBREVIATION.matcher(before).matches()) {
                words = words.substring(0, end.start());
                break;
            }
        }
        if (words.endsWith(".") && !isPlace.test(words)) {
            words = words.substring(0, words.length() - 1); // the sentence's full stop
        }
        // a name of two letters is a state's postal code ("WA", "KY") or an initial, never a town
        return words.length() <= 2 || regions.contains(words.toLowerCase(Locale.ROOT)) || !isPlace.test(words)
            || words.endsWith("'s") || words.endsWith("’s") ? null : words;
    }

    /** "Rogers Park, Chicago": the place, and the town when the place does not already name it. */
    static String withTown(String place, String town) {
        if (town == null) {
            return place;
        }
        if (place == null) {
            return town;
        }
        String p = place.toLowerCase(Locale.ROOT);
        String t = town.toLowerCase(Locale.ROOT);
        return p.contains(t) || t.contains(Fusion.fold(place)) ? place : place + ", " + town;
    }
}
