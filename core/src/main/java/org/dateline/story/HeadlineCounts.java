package org.dateline.story;

import static org.dateline.story.Headline.HARM;
import static org.dateline.story.Headline.doneToThem;
import static org.dateline.story.Headline.hitDeadAsKilled;
import static org.dateline.story.Headline.TALLIES;
import static org.dateline.story.Headline.WORDS;
import static org.dateline.story.Headline.deathWords;
import static org.dateline.story.Headline.harmWords;
import static org.dateline.story.Headline.isAge;
import static org.dateline.story.Headline.isPerson;
import static org.dateline.story.Headline.number;
import static org.dateline.story.Headline.persons;
import static org.dateline.story.Headline.spoken;
import static org.dateline.story.Headline.withoutAges;
import static org.dateline.story.Headline.words;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.analyze.data.TsvTable;
import org.dateline.analyze.date.MonthNames;

/**
 * How many people a headline counts dead, hit and wounded ({@link #toll}), and how many it names hurt
 * beside the dead ({@link #personsHurt}), by the words of {@code headline-words.tsv} that
 * {@link Headline} reads: numbers before or right after harm words, multiples ("Triple homicide"),
 * people listed before one harm word. The headline is not in the analysed text, so no event counts
 * its words; {@link ReportReader} weighs these counts against the events'.
 */
final class HeadlineCounts {
    /** How far after a number its harm word may stand ("2 Teens Killed", "1 Man Dead"). */
    private static final int NUMBER_REACH = 3;
    /** "double", "triple": a count of the harm word right after them ({@code headline-multiples.tsv}). */
    private static final Map<String, Integer> MULTIPLES = multiples();
    /** A multiple joined to its harm word, "triple-homicide": read as two words. */
    private static final Pattern JOINED_MULTIPLE = Pattern.compile("(?i)\\b(" + String.join("|", MULTIPLES.keySet()) + ")-");
    /** What sets off the parts of a headline that each tell of their own people ({@link #personsHurt}). */
    private static final Pattern PARTS = Pattern.compile("[,;]");
    /** Words and the punctuation that joins a list of people ({@link #listed}). */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}'-]+|[,&;:]");
    private static final Set<String> SEPARATORS = Set.of(",", "and", "&");
    /** Words between the people listed and their harm word: "were shot", "both injured". */
    private static final Set<String> LIST_VERBS = Set.of("were", "are", "both", "was");
    /** A number before one of these counts time, not people: "dies 2 days after", "one week after". */
    private static final Set<String> TIME_UNITS = Set.of("day", "days", "week", "weeks", "month", "months", "year", "years",
        "hour", "hours", "minute", "minutes");

    /**
     * Words before a harm verb in -ed form that make it a verb of the harm done, its number the
     * count ("shooting that killed one, injured 4 others"; the verb after a counted one is too).
     */
    private static final Set<String> RELATIVES = Set.of("that", "which");

    /** The readings of harm words in the order of a toll's sides. */
    private static final List<String> SIDES = List.of("death", "hit", "wound");

    /** "another", one alone ("One dead, another wounded"), before a number that number's ("another six injured"). */
    private static final String ANOTHER = "another";

    private HeadlineCounts() {}

    /**
     * The numbers a headline gives: of the dead, of those hit (the dead among them), of the wounded;
     * each null when it gives none. The first count of each kind counts.
     */
    record Toll(Integer killed, Integer hit, Integer wounded) {
        static final Toll NONE = new Toll(null, null, null);
    }

    /**
     * The numbers the headline puts before harm words, within three words ("7 shot, 1 fatally",
     * "1 Man Dead, 8 People Wounded", "No one hurt" = 0 wounded: a number right after a number is
     * part of it); a number reaches up to the next. A multiple counts the harm word right after
     * it ("Triple homicide", "Quadruple shooting"), and a hit word followed by "dead" or "to death"
     * is a death word ("3 people shot to death"). A number right after a harm verb ("kills 1,
     * injures 3", "Wounds Four", "killing 1, wounding 3"; the word's -s or -ing form, or its -ed
     * form after "that" or "which" or after a verb's count, "shooting that killed one, injured 4")
     * counts that side first and is no number before the next harm word (an act in its -ing form
     * counts those hit: "charged with shooting eight people"); a number of days or weeks after it
     * counts time ("dies 2 days after"). A number right after "at" is an age or a time, no count
     * ("Dead at 25; Shot Himself", "shot at 2 a.m."), one after a month a day ("Nov. 2"), and so is
     * one after a person's "of" ("Father of 5 killed": his children; "family of five" are the
     * harmed); "another" before a number is that number's ("left another six injured"). A headline
     * of acts in the plural or that counts over hours, scenes or separate shootings ({@code tally}:
     * "3 Dead, 22 Wounded In Weekend Shootings", "21 Shot Across The Five Boroughs") is a round-up's,
     * and counts no one.
     * With no number, people listed before one harm word are counted ({@link #listed}), else people
     * listed after a death dealt or an act on them ({@link #listedAfter}).
     */
    static Toll toll(String title) {
        // a possessive's "'s" is no word between a number and its harm word: "2 sheriff's deputies hurt"
        List<String> words = words(title == null ? null
            : hitDeadAsKilled(JOINED_MULTIPLE.matcher(withoutAges(title)).replaceAll("$1 "))).stream()
            .filter(w -> !w.equals("'s")).toList();
        if (words.stream().anyMatch(TALLIES::contains)) {
            return Toll.NONE; // "3 Dead, 22 Wounded In Weekend Shootings": a round-up's tally
        }
        Integer[] told = new Integer[SIDES.size()]; // the dead, those hit, the wounded
        // a number right after a harm verb is that verb's: "kills 1, injures 3", "Wounds Four"
        Set<Integer> verbs = new HashSet<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            String w = words.get(i);
            String reads = WORDS.get(w);
            Integer n = number(words.get(i + 1));
            boolean relative = i > 0 && (RELATIVES.contains(words.get(i - 1)) || verbs.contains(i - 1));
            // "charged with shooting eight people": an act being done counts the people after the
            // number, unless a harm word of the number's own follows ("police shooting: 1 officer
            // killed, 1 injured"); "in drive-by shooting, 2 arrested" counts no one
            String side = "act".equals(reads) && w.endsWith("ing") && i + 2 < words.size()
                && (isPerson(words.get(i + 2)) || "many".equals(WORDS.get(words.get(i + 2))))
                && !harmWithin(words, i + 2) ? "hit" : reads;
            if (side != null && HARM.contains(side) && (!doneToThem(w) || relative) && n != null
                && (i + 2 >= words.size() || !TIME_UNITS.contains(words.get(i + 2)))) {
                verbs.add(i + 1);
                tell(told, side, n);
            }
        }
        for (int i = 0; i < words.size(); i++) {
            Integer multiple = MULTIPLES.get(words.get(i));
            Integer n = multiple != null ? multiple : number(words.get(i));
            if (n == null || verbs.contains(i)
                || multiple == null && i > 0 && number(words.get(i - 1)) != null && !ANOTHER.equals(words.get(i - 1))) {
                continue; // the second word of "no one" is the first's
            }
            if (ANOTHER.equals(words.get(i)) && i + 1 < words.size() && number(words.get(i + 1)) != null) {
                continue; // "another six injured": the six are the count
            }
            if (i > 0 && MonthNames.isMonth(words.get(i - 1))) {
                continue; // "Man Wounded in Nov. 2 LR Shooting Dies": a day of the month
            }
            if (i > 0 && words.get(i - 1).equals("at")) {
                continue; // "Dead at 25", "shot at 2 a.m.": an age or a time
            }
            if (i > 1 && words.get(i - 1).equals("of") && "one".equals(WORDS.get(words.get(i - 2)))) {
                continue; // "Father of 5 killed": one person's children, not the harmed ("family of five" are)
            }
            // a multiple counts the harm word right after it, nothing between ("Triple homicide"),
            // and an act there counts those hit ("Quadruple shooting")
            int reach = multiple != null ? 1 : NUMBER_REACH;
            for (int j = i + 1; j < words.size() && j <= i + reach
                && (j == i + 1 || number(words.get(j)) == null); j++) {
                String reads = WORDS.get(words.get(j));
                if (multiple != null && "act".equals(reads)) {
                    reads = "hit";
                }
                if ("breaks".equals(reads)) {
                    break; // "4 Arrested In Deadly Mother's Day Shooting": the number is of others
                }
                if (reads != null && HARM.contains(reads)) { // Set.of holds no null, and asking for one throws
                    tell(told, reads, n);
                    break;
                }
            }
        }
        Listed before = listed(title);
        if (before.numbered()) {
            // "2 adults, 2 children killed": the list's sum on its side, not its last number's 2; the
            // other sides as their numbers give them ("2 men, woman shot; 1 dies")
            Toll list = before.toll();
            told[0] = list.killed() != null ? list.killed() : told[0];
            told[1] = list.hit() != null ? list.hit() : told[1];
            told[2] = list.wounded() != null ? list.wounded() : told[2];
        }
        if (told[0] != null || told[1] != null || told[2] != null) {
            return new Toll(told[0], told[1], told[2]);
        }
        return before.toll().equals(Toll.NONE) ? listedAfter(title) : before.toll();
    }

    /** A list's toll ({@link #listed}), and whether one of its people came with a number of its own ("2 adults"). */
    private record Listed(Toll toll, boolean numbered) {
        static final Listed NONE = new Listed(Toll.NONE, false);
    }

    /** Whether a harm word stands among the {@value #NUMBER_REACH} words from {@code from}. */
    private static boolean harmWithin(List<String> words, int from) {
        for (int j = from; j < Math.min(words.size(), from + NUMBER_REACH); j++) {
            if (HARM.contains(String.valueOf(WORDS.get(words.get(j))))) {
                return true;
            }
        }
        return false;
    }

    /** Counts {@code n} on the side a harm word's reading names, unless a number counted it before. */
    private static void tell(Integer[] told, String reads, int n) {
        int side = SIDES.indexOf(reads);
        if (side >= 0 && told[side] == null) {
            told[side] = n;
        }
    }

    /**
     * People listed before one harm word, each a person word or an age with up to two words before
     * it, joined by commas, "and" or "&" ("10-Year-Old Girl, Teen Shot", "Mother and child shot",
     * "Man, 11-Year-Old Daughter Dead"): as many on that side, a person word with a number right
     * before it that many ("2 adults, 2 children killed": 4), a hit word followed by a death word
     * within two words a death ("Shot & Killed"). The first harm word so preceded by two or more
     * people counts; none when the first of them is the object of a harm word before it ("injured
     * 5-year-old, left man dead").
     */
    private static Listed listed(String title) {
        String text = spoken(title);
        if (text == null) {
            return Listed.NONE;
        }
        List<String> tokens = tokens(hitDeadAsKilled(text));
        for (int i = 1; i < tokens.size(); i++) {
            String reads = WORDS.get(tokens.get(i));
            if (reads == null || !HARM.contains(reads)) {
                continue;
            }
            int j = i - 1;
            while (j > 0 && LIST_VERBS.contains(tokens.get(j))) {
                j--; // "were shot", "both injured"
            }
            int people = 0;
            int items = 0;
            boolean numbered = false;
            int first = -1;
            // a person, or people with their number ("2 children", "Three men")
            while (j >= 0 && (Headline.isPersonOrDoer(tokens.get(j))
                || "many".equals(WORDS.get(tokens.get(j))) && j > 0 && number(tokens.get(j - 1)) != null)) {
                items++;
                int k = j - 1;
                if (k >= 0 && "one".equals(WORDS.get(tokens.get(j))) && isAge(tokens.get(k))) {
                    k--; // "11-year-old daughter": the age is the person's
                }
                Integer own = k >= 0 && number(tokens.get(j)) == null ? number(tokens.get(k)) : null;
                people += own == null ? 1 : own;
                if (own != null) {
                    numbered = true;
                    k--; // "2 adults": the group's number
                }
                for (int steps = 0; k >= 0 && steps < 2 && !SEPARATORS.contains(tokens.get(k)) && !Headline.isPersonOrDoer(tokens.get(k))
                        && !HARM.contains(String.valueOf(WORDS.get(tokens.get(k)))); steps++) {
                    k--; // "Porterville officer", "pregnant woman"
                }
                first = k + 1;
                if (k < 0 || !SEPARATORS.contains(tokens.get(k))) {
                    break;
                }
                j = k - 1;
                if (j >= 0 && SEPARATORS.contains(tokens.get(j))) {
                    j--; // ", and"
                }
            }
            if (items < 2) {
                return Listed.NONE; // the first harm word tells of one person or of none listed
            }
            if (first > 0 && HARM.contains(String.valueOf(WORDS.get(tokens.get(first - 1))))) {
                return Listed.NONE;
            }
            boolean death = reads.equals("death") || tokens.subList(i + 1, Math.min(tokens.size(), i + 3)).stream()
                .anyMatch(t -> "death".equals(WORDS.get(t)));
            return new Listed(death ? new Toll(people, null, null)
                : reads.equals("hit") ? new Toll(null, people, null) : new Toll(null, null, people), numbered);
        }
        return Listed.NONE;
    }

    /**
     * People listed right after the first death word, or, in a headline that tells of no death, the
     * first act or hit verb in its -s or -ing form: each a person word (an age before it its own) or
     * "himself"/"herself", joined by commas, "and" or "&", with "of", "his" and the like before them.
     * After a death word they are the dead ("Ex-firefighter killed 6-year-old boy, wife, himself",
     * "Man killed wife and son"), else those hit ("accidental shooting of child, father",
     * "accidentally shooting himself and 1-year-old daughter", "Man shoots wife and son"); when two
     * or more (one is {@link Headline#actOnOne}'s or {@link Headline#oneDead}'s).
     */
    private static Toll listedAfter(String title) {
        String text = spoken(title);
        if (text == null) {
            return Toll.NONE;
        }
        boolean death = Headline.tellsDeath(title);
        List<String> tokens = tokens(text);
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i);
            String reads = WORDS.get(w);
            boolean dealt = "death".equals(reads);
            if (!(dealt || !death && ("act".equals(reads) && !w.endsWith("s") || "hit".equals(reads) && !doneToThem(w)))) {
                continue;
            }
            int j = i + 1;
            if (dealt && j < tokens.size() && ("act".equals(WORDS.get(tokens.get(j))) || "hit".equals(WORDS.get(tokens.get(j))))) {
                j++; // "fatally shoots 11-year-old daughter, himself": the dead follow the act
            }
            j = skipLead(tokens, j);
            int people = 0;
            while (j < tokens.size()) {
                if (isAge(tokens.get(j)) && j + 1 < tokens.size() && "one".equals(WORDS.get(tokens.get(j + 1)))) {
                    j++; // "1-year-old daughter": the age is the person's
                }
                if (j >= tokens.size() || !isPerson(tokens.get(j)) && !Headline.REFLEXIVES.contains(tokens.get(j))) {
                    break;
                }
                people++;
                j++;
                if (j >= tokens.size() || !SEPARATORS.contains(tokens.get(j))) {
                    break;
                }
                if (unreadItem(tokens, j + 1)) {
                    return Toll.NONE; // "killed man, grandmother, 2-month-old baby": a list not read whole
                }
                j++;
                if (j < tokens.size() && SEPARATORS.contains(tokens.get(j))) {
                    j++; // ", and"
                }
                if (dealt && j < tokens.size() && tokens.get(j).equals("then")) {
                    // "kills wife, then himself"; not after a hit ("shoots boy, then himself" is a
                    // murder-suicide: the two hit under a text's one dead made one wounded, GVA dev)
                    j++;
                }
                j = skipLead(tokens, j);
            }
            return people < 2 ? Toll.NONE // the first act decides
                : dealt ? new Toll(people, null, null) : new Toll(null, people, null);
        }
        return Toll.NONE;
    }

    /**
     * Whether the list goes on at {@code j} (after a separator, "and" too) with a number or an age
     * the reading does not take for a person ("2-month-old"), so it would count the list short.
     */
    private static boolean unreadItem(List<String> tokens, int j) {
        int k = skipLead(tokens, j < tokens.size() && SEPARATORS.contains(tokens.get(j)) ? j + 1 : j);
        return k < tokens.size() && !isPerson(tokens.get(k)) && !Headline.REFLEXIVES.contains(tokens.get(k))
            && (number(tokens.get(k)) != null || tokens.get(k).endsWith("-old"));
    }

    /** The words and the list's punctuation of a headline's text, lower case ({@link #TOKEN}). */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /** The index of the first token from {@code j} that is no "of", "a", "his" or the like. */
    private static int skipLead(List<String> tokens, int j) {
        while (j < tokens.size() && Headline.ACT_OBJECT_LEAD.contains(tokens.get(j))) {
            j++;
        }
        return j;
    }

    /**
     * How many people the headline names hurt beside others it names dead, each person right before
     * a harm word of their own in a part of the headline set off by commas or semicolons ("7-year-old
     * NC girl killed, grandmother injured", "Girl, 7, grazed by bullet; man shot in leg"): the parts
     * without a death word, when two or more parts are so told. Null when fewer are, when it writes a
     * number or a word for many ({@link #toll} reads those), or is a round-up's ({@code tally}).
     * A part that names no one belongs to the one before it ("Boy, 2, and man killed" is read
     * "Boy" and "and man killed" once its age is left out).
     */
    static Integer personsHurt(String title) {
        if (title == null || persons(title) == null || words(title).stream().anyMatch(TALLIES::contains)) {
            return null;
        }
        List<List<String>> parts = new ArrayList<>();
        for (String part : PARTS.split(spoken(title))) {
            List<String> words = words(part);
            boolean namesOne = words.stream().anyMatch(Headline::isPersonOrDoer);
            if (namesOne || parts.isEmpty()) {
                parts.add(new ArrayList<>(words));
            } else {
                parts.get(parts.size() - 1).addAll(words);
            }
        }
        int told = 0;
        int hurt = 0;
        for (List<String> words : parts) {
            List<Integer> harm = harmWords(words, HARM);
            for (int p = 0; p + 1 < words.size(); p++) {
                int at = p;
                if (Headline.isPersonOrDoer(words.get(p)) && harm.contains(p + 1)) {
                    told++;
                    hurt += deathWords(words).stream().anyMatch(d -> d > at) ? 0 : 1;
                    break;
                }
            }
        }
        return told >= 2 && hurt > 0 ? hurt : null;
    }

    private static Map<String, Integer> multiples() {
        Map<String, Integer> multiples = new HashMap<>();
        for (TsvTable.Row row : TsvTable.resource(HeadlineCounts.class, "headline-multiples.tsv", "word", "number").rows()) {
            multiples.put(row.get("word"), Integer.valueOf(row.get("number")));
        }
        return Map.copyOf(multiples);
    }
}
