package org.dateline.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.analyze.data.TsvTable;
import org.dateline.analyze.data.UsTowns;

/**
 * The town a headline names, when the article's own words use that name as a place: "Sulphur man
 * kills 4-year-old" over "A 59-year-old Sulphur man killed his son", "Teen fatally shot in head in
 * southwest Macon" over "shot in Macon". Local news names its town in the headline, and the tagger
 * often misses it in the text (a small town's name read as a person's, or not at all), so the
 * headline's capitalised names are tried, those after "in", "near", "outside" or "at" first, each
 * confirmed by the text: written after "in", "near", "outside", "from" or "city of" (with the words of
 * {@code town-modifiers.tsv} between: "in southwest Macon"), before a state ("Joplin, Missouri") or
 * the town's police ("Jasper police"), between a person's age or an article and a word for
 * residents ("a Summerton man"), or a place the article's entities name. A name whose words the text
 * also writes in lower case ("Police", "Teen") is a word, not a town; a state, a county, a site or a
 * street is no town; an organisation the article names is none either.
 */
final class HeadlineTown {
    /** How much of a headline is read for names (a long headline has some 150 characters). */
    static final int MAX_HEADLINE = 300;
    /** A capitalised word, but not a small word title case capitalises ("Shot In Trinidad", "Party At Kankakee Hall"). */
    private static final String WORD = "(?!(?:In|Near|Outside|At|On|Of|For|After|During|And|The|To|From|By|With|As)\\b)\\p{Lu}[\\p{L}.'’-]*";
    private static final Pattern NAMES = Pattern.compile("(?<![\\p{L}\\p{N}'’.-])(" + WORD + "(?: " + WORD + "){0,3})");
    private static final Pattern AFTER_IN = Pattern.compile("(?i)\\b(?:in|near|outside|at) (?:the )?$");
    /** Words for a part of a town before its name ("southwest Macon"; {@link ReportTown#BEFORE}). */
    private static final String MODIFIER = "(?:(?i:" + ReportTown.BEFORE_WORDS + ") )*";
    /** Words for a town's people or police ({@code town-residents.tsv}): "a Summerton man", "Jasper police". */
    static final String RESIDENTS = "(?:" + String.join("|", TsvTable.resource(HeadlineTown.class, "town-residents.tsv", "word")
        .rows().stream().map(r -> r.get("word")).sorted().toList()) + ")";
    private static final String COUNTY_WORDS = "county|parish|co\\.|borough";
    static final String DAYS = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July"
        + "|August|September|October|November|December";
    private static final Pattern COUNTY = Pattern.compile(" (?i:" + COUNTY_WORDS + ")(?![\\p{L}])");
    private static final Pattern NAME_GOES_ON = Pattern.compile(" (?!" + DAYS + ")\\p{Lu}");
    private static final Pattern PLACE_BEFORE = Pattern.compile(
        "(?<![\\p{L}])(?:(?i:in|near|outside|from) |(?i:city|town|village|community) of )" + MODIFIER + "$");
    private static final Pattern STATED = Pattern.compile(", (\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*)?)");
    private static final Pattern POLICE_AFTER = Pattern.compile(" (?:police|Police)\\b");
    private static final Pattern RESIDENT_BEFORE = Pattern.compile("(?:-old|\\b[Aa]n?|\\b[Tt]he) $");
    private static final Pattern RESIDENT_AFTER = Pattern.compile(" " + RESIDENTS + "\\b");
    /** "in southwest ": what puts a town's name after it in a headline ({@link #known}). */
    private static final Pattern PUT_BEFORE = Pattern.compile("(?i)\\b(?:in|near|outside|at) (?:the )?" + MODIFIER + "$");
    private static final Pattern LOWER_WORD = Pattern.compile("\\p{Ll}+");

    private HeadlineTown() {}

    /** The town's name as the headline writes it and its first confirming place in the text, char offsets. */
    record Found(String name, int start, int end) {}

    /**
     * The first headline town the text confirms, or null. {@code isPlace}: words a place entity of
     * the article names; {@code isTown}: whether a name is a town by its words (no county, site or
     * street word, no state or country); {@code isRegion}: a state or country, also abbreviated
     * ("Mo."), which makes the name before it a town; {@code isOrganization}: a name the article
     * gives an organisation.
     */
    static Found find(String title, String text, Predicate<String> isPlace, Predicate<String> isTown,
                      Predicate<String> isRegion, Predicate<String> isOrganization) {
        if (title == null || text == null || text.isEmpty()) {
            return null;
        }
        String lead = Headline.lead(title);
        // a headline is a line: a "title" of pages (a hostile or broken page) is not read past it,
        // since each name is looked for through the whole text
        lead = lead.substring(0, Math.min(lead.length(), MAX_HEADLINE));
        List<String> candidates = candidates(lead);
        if (candidates.isEmpty()) {
            return null;
        }
        String both = lead + "\n" + text;
        Set<String> lower = lowerWords(both);
        for (String name : candidates) {
            if (!isTown.test(name) || isOrganization.test(name) || common(name, lower)
                || Arrays.stream(name.split(" ")).anyMatch(ReportTown::policeBody) || county(name, both)) {
                continue;
            }
            Found found = confirmed(name, text, isPlace, isRegion);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /**
     * A town of a list ({@code isKnown}: {@link KnownTowns} in the article's states) the headline
     * names after "in", "near", "outside" or "at" (town-modifiers.tsv words between) or right before
     * a word for its people ("Santa Cruz teen shot dead", "6-year-old Atlanta girl shot", "Teen
     * fatally shot in head in southwest Macon"), with no confirmation by the text: the list is it.
     * The first so named ("outside southwest Fresno market near Edison High School": Fresno); not
     * a state, and not a name the text also writes in lower case (a word). Null when none.
     */
    static String known(String title, String text, Predicate<String> isKnown, Predicate<String> isRegion) {
        if (title == null || text == null) {
            return null;
        }
        String lead = Headline.lead(title);
        lead = lead.substring(0, Math.min(lead.length(), MAX_HEADLINE));
        Set<String> lower = null; // the text's words in lower case, read only once a candidate is known
        String first = null;
        int firstAt = Integer.MAX_VALUE;
        for (String name : candidates(lead)) {
            if (!isKnown.test(name) || isRegion.test(name)) {
                continue;
            }
            if (lower == null) {
                lower = lowerWords(lead + "\n" + text);
            }
            if (common(name, lower)) {
                continue;
            }
            Matcher at = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(name) + "(?![\\p{L}])").matcher(lead);
            while (at.find() && at.start() < firstAt) {
                // "in Cherokee Co.": the county, not the town
                if (COUNTY.matcher(lead.substring(at.end())).lookingAt()) {
                    continue;
                }
                if (PUT_BEFORE.matcher(lead.substring(0, at.start())).find()
                    || RESIDENT_AFTER.matcher(lead.substring(at.end())).lookingAt()) {
                    first = name;
                    firstAt = at.start();
                }
            }
        }
        return first;
    }

    /**
     * The headline's capitalised names and their shorter forms, those after "in" first, longest
     * first; a name that starts with a word of {@code town-modifiers.tsv} also without it ("South
     * Shore", then "Shore"; "Southwest Fresno", then "Fresno").
     */
    static List<String> candidates(String lead) {
        List<String> after = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        Matcher m = NAMES.matcher(lead);
        while (m.find()) {
            List<String> words = new ArrayList<>(Arrays.asList(m.group(1).split(" ")));
            String last = words.get(words.size() - 1);
            words.set(words.size() - 1, last.replaceAll("(?:['’]s|[:,])$", ""));
            boolean placed = AFTER_IN.matcher(lead.substring(0, m.start(1))).find();
            List<String> into = placed ? after : rest;
            // after "in" a name runs on into what is there ("in Kankakee Banquet Hall"); elsewhere
            // only the whole name is read ("Atlanta News: 4 dead" names the outlet's town)
            if (placed) {
                prefixes(words, into);
            } else {
                into.add(String.join(" ", words));
            }
            int modifiers = 0;
            while (modifiers < words.size() && ReportTown.BEFORE.contains(words.get(modifiers).toLowerCase(Locale.ROOT))) {
                modifiers++;
            }
            if (modifiers > 0 && placed) {
                prefixes(words.subList(modifiers, words.size()), into);
            } else if (modifiers > 0 && modifiers < words.size()) {
                into.add(String.join(" ", words.subList(modifiers, words.size())));
            }
        }
        after.addAll(rest);
        return after;
    }

    private static void prefixes(List<String> words, List<String> into) {
        for (int n = words.size(); n >= 1; n--) {
            String name = String.join(" ", words.subList(0, n));
            if (name.length() > 2) {
                into.add(name);
            }
        }
    }

    /** Whether every word of the name is also written in lower case ("Police", "Teen"): a word, no town. */
    static boolean common(String name, Set<String> lower) {
        return Arrays.stream(name.split(" ")).allMatch(w -> lower.contains(w.toLowerCase(Locale.ROOT)));
    }

    /** The words the text writes in lower case, each from its start. */
    static Set<String> lowerWords(String text) {
        Set<String> words = new java.util.HashSet<>();
        Matcher m = LOWER_WORD.matcher(text);
        while (m.find()) {
            if (m.start() == 0 || !Character.isLetter(text.charAt(m.start() - 1))) {
                words.add(m.group());
            }
        }
        return words;
    }

    /** Whether the headline or text follows the name with a county's word ("Paulding County", "Forsyth Co."): a county's name. */
    private static boolean county(String name, String text) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            if (whole(text, at, name) && COUNTY.matcher(text).region(at + name.length(), text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the text first uses the name as a place, or null: each place it is written is looked at,
     * the words before it and after it (the text is not searched once per way of use).
     */
    private static Found confirmed(String name, String text, Predicate<String> isPlace, Predicate<String> isRegion) {
        Found any = null;
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            if (!whole(text, at, name)) {
                continue;
            }
            // the whole of a name: "of Public Works" holds no town "Public"; a day may follow ("in Caledonia Tuesday")
            boolean alone = !NAME_GOES_ON.matcher(text).region(end, text.length()).lookingAt();
            String before = text.substring(Math.max(0, at - 60), at);
            Matcher stated = STATED.matcher(text).region(end, text.length());
            if (alone && PLACE_BEFORE.matcher(before).find()
                || stated.lookingAt() && (isRegion.test(stated.group(1)) || UsTowns.POSTAL.contains(stated.group(1).replace(".", "")))
                || POLICE_AFTER.matcher(text).region(end, text.length()).lookingAt()
                || RESIDENT_BEFORE.matcher(before).find() && RESIDENT_AFTER.matcher(text).region(end, text.length()).lookingAt()) {
                return new Found(name, at, end);
            }
            if (any == null && alone && isPlace.test(name)) {
                any = new Found(name, at, end);
            }
        }
        return any;
    }

    /** Whether the name at {@code at} stands whole: no letter, digit or joining mark on either side. */
    private static boolean whole(String text, int at, String name) {
        int end = at + name.length();
        return (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)) && text.charAt(at - 1) != '-')
            && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)) && "'’-".indexOf(text.charAt(end)) < 0);
    }
}
