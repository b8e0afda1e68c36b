package org.dateline.story;

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

/**
 * What an article's headline tells of a happening's outcome, by the words of
 * {@code headline-words.tsv}. The headline is not part of the analysed text, so no event holds its
 * words: it is read as the numbers it puts before harm words, and as whether it tells of a death.
 */
final class Headline {
    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}'-]+");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}");
    private static final Set<String> READINGS = Set.of("death", "hit", "wound", "voids", "one", "many", "breaks", "act", "tally",
        "living");
    /** The readings that tell of harm: a death, people hit, the wounded. */
    private static final Set<String> HARM = Set.of("death", "hit", "wound");
    /** The readings by which a body mentions harm ({@link #mentionsHarm}): "shooting" there is the harm told. */
    private static final Set<String> MENTIONS = Set.of("death", "hit", "wound", "act");
    private static final Pattern AGE = Pattern.compile("\\d{1,3}-(year-old|yo)");
    private static final Pattern SPELLED_AGE_WORD = Pattern.compile("(\\p{L}+)-(?:year|month|week|day)s?-old");
    /** How far before and after a death word the one person of {@link #oneDead} may stand. */
    private static final int ONE_BEFORE = 3;
    private static final int ONE_AFTER = 2;
    /** Words between an act and the person it was done to: "shooting of a teen", "shooting his wife". */
    private static final Set<String> ACT_OBJECT_LEAD = Set.of("of", "a", "an", "the", "his", "her", "their");
    /** Words after a death that begin what is told of it, not whom it struck: "killed by friend", "shot as child plays". */
    private static final Set<String> LINKS = Set.of("by", "in", "as", "at", "after", "while", "on", "near", "outside",
        "inside", "during", "for", "from", "following", "over", "when", "with", "to", "and", "");
    /** Death words of what happened to someone, though in -s form: "Teen dies after shooting". */
    private static final Set<String> INTRANSITIVE_DEATHS = Set.of("dies", "dead");
    /** Who hit themself: "shoots himself", "shot self". */
    private static final Set<String> REFLEXIVES = Set.of("himself", "herself", "self");
    /** How far after a hit word the one it hit may be named: "Shoots Bucks County Girl". */
    private static final int OBJECT_REACH = 4;
    /** An age set off by commas after a word ("Boy, 8, dies", "Trevor Andre Williams, 33 - The Homicide Report"). */
    private static final Pattern APPOSITIVE_AGE = Pattern.compile("(?<=\\p{L})\\s*,\\s*\\d{1,3}\\s*(?=,|$|\\s[-|–—]|\\n)");
    /** An age written out ("13 year old killed"): made one word, as "13-year-old" is. */
    private static final Pattern SPELLED_AGE = Pattern.compile("\\b(\\d{1,3})[ -](year|month|week|day)s?[ -]old\\b",
        Pattern.CASE_INSENSITIVE);
    /** How far after a death word's voiding word it is voided, and after a number its harm word may stand ("2 Teens Killed"). */
    private static final int REACH = 2;
    private static final int NUMBER_REACH = 3;
    /** {@code headline-words.tsv}, read once: a word may hold two readings ("shootings" breaks and is a tally). */
    private static final List<TsvTable.Row> WORD_ROWS =
        TsvTable.resource(Headline.class, "headline-words.tsv", "word", "reads").rows();
    private static final Map<String, String> WORDS = load();
    private static final Set<String> TALLIES = tallies();
    /** The event stage's number words with a value of their own ({@link #numbers}); story profiles read them too. */
    static final Map<String, Integer> NUMBERS = numbers();
    /** "double", "triple": a count of the harm word right after them ({@code headline-multiples.tsv}). */
    private static final Map<String, Integer> MULTIPLES = multiples();
    /** A hit word followed by "dead" or "to death" ("4 shot dead", "3 people shot to death"): a death word. */
    private static final Pattern HIT_DEAD = Pattern.compile("(?i)\\b(?:" + String.join("|", WORDS.entrySet().stream()
        .filter(e -> e.getValue().equals("hit")).map(e -> Pattern.quote(e.getKey())).sorted().toList()) + ")\\s+(?:to\\s+death|dead)\\b");
    /** A multiple joined to its harm word, "triple-homicide": read as two words. */
    private static final Pattern JOINED_MULTIPLE = Pattern.compile("(?i)\\b(" + String.join("|", MULTIPLES.keySet()) + ")-");

    /**
     * "4 shot, 1 dead in Pine Bluff shooting", "killed in Southwest Charlotte, 3 others injured": a
     * name in capitals after "in", "near" or "outside", followed by a word in lower case, a
     * punctuation mark or the end (in a headline in title case every word has a capital, and no
     * name is read).
     */
    private static final Pattern PLACE = Pattern.compile(
        "\\b(?:in|near|outside) (?:(?:" + ReportTown.BEFORE_WORDS + ") )?"
            + "(\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,2})(?=$|[,:;.!?]| [\\p{Ll}\\d])(?! of\\b)");
    /** "Sulphur man kills 4-year-old", "Duluth police give update": a town its residents or police are named by, at the start. */
    private static final Pattern RESIDENT = Pattern.compile(
        "^(\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,2}) " + HeadlineTown.RESIDENTS + "\\b");
    /** A headline's leading attribution of up to three words and a colon: "Police: ", "State troopers: ". */
    private static final Pattern ATTRIBUTION = Pattern.compile("^\\p{L}+(?: \\p{L}+){0,2}: ");
    /** What follows " - " or "|" in a title is the outlet and its town ("Toddler shot - NBC12 - Richmond, VA"). */
    private static final Pattern PARTS = Pattern.compile("[,;]");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}'-]+|[,&;:]");
    private static final Set<String> SEPARATORS = Set.of(",", "and", "&");
    private static final Set<String> LIST_VERBS = Set.of("were", "are", "both", "was");
    /** A number before one of these counts time, not people: "dies 2 days after", "one week after". */
    private static final Set<String> TIME_UNITS = Set.of("day", "days", "week", "weeks", "month", "months", "year", "years",
        "hour", "hours", "minute", "minutes");
    private static final Pattern POSSESSIVE = Pattern.compile("(?<=\\p{L})'s\\b");
    private static final Pattern TAIL = Pattern.compile(" [-|–—] |\\|");

    private Headline() {}

    /** The headline without the outlet's tail. */
    static String lead(String title) {
        return title == null ? "" : TAIL.split(title, 2)[0];
    }

    /** A day or month after a place's name ("13 people shot in Cleveland Friday and Saturday"): no part of it. */
    private static final Pattern TRAILING_DAY = Pattern.compile("(?: (?:" + HeadlineTown.DAYS + "))+$");

    /** A word long enough to be no function word: title case capitalises it, sentence case does not. */
    private static final Pattern LONG_WORD = Pattern.compile("\\p{L}{4,}");

    /**
     * The place the headline puts the happening in ({@link #PLACE}), as written, or null; none in a
     * headline in title case ("Man Killed in Pine Bluff Shooting" would give "Pine Bluff Shooting"):
     * one whose words of four letters or more, but for its first and the place, all have a capital.
     * Days and months after the name are no part of it; a name whose every word the report's
     * {@code text} also writes in lower case is a word ("Former police officer", "Teen mother"), no place.
     */
    static String place(String title, String text) {
        String lead = lead(title);
        java.util.regex.Matcher m = PLACE.matcher(lead);
        if (!m.find()) {
            m = RESIDENT.matcher(lead);
            if (!m.find()) {
                return null;
            }
        }
        String name = TRAILING_DAY.matcher(m.group(1)).replaceFirst("");
        if (HeadlineTown.common(name, HeadlineTown.lowerWords(text == null ? "" : text))
                || NUMBERS.containsKey(name.split(" ")[0].toLowerCase(Locale.ROOT))) {
            return null; // "Former police officer shoots...", "Teen mother and son identified", "Two men charged": no town
        }
        String rest = (lead.substring(0, m.start(1)) + " " + lead.substring(m.end(1))).strip();
        java.util.regex.Matcher w = LONG_WORD.matcher(rest);
        boolean capitalised = false;
        while (w.find()) {
            if (w.start() == 0) {
                continue; // the first word has its capital in either case
            }
            if (!Character.isUpperCase(w.group().charAt(0))) {
                return name; // sentence case: a word in lower case
            }
            capitalised = true;
        }
        return capitalised ? null : name;
    }

    /**
     * The numbers a headline gives: of the dead, of those hit (the dead among them), of the wounded;
     * each null when it gives none. The first number before a word of each kind counts.
     */
    record Toll(Integer killed, Integer hit, Integer wounded) {
        static final Toll NONE = new Toll(null, null, null);
    }

    /**
     * Whether the headline tells that someone died ("Teen dead after being shot", "Fatal shooting
     * on Main Street"), not within two words after a voiding word ("attempted murder", "No one
     * killed"); false for a null headline. Read over a whole text too (ReportReader: a report that
     * tells of no death).
     */
    static boolean tellsDeath(String title) {
        return !deathWords(words(title)).isEmpty();
    }

    /**
     * Whether the headline before its outlet's tail tells that someone was hurt or died ("5 people
     * injured in northwest Atlanta shooting Monday", "Man shot on Main Street", "Family grieves
     * death of boy"): a death, hit or wound word not within two words after a voiding word ("No one
     * hurt"); false for a null headline. A report whose text has no event of harm still tells of one
     * by its headline ({@link Incidents}).
     */
    static boolean tellsHarm(String title) {
        return !harmWords(words(lead(title)), HARM).isEmpty();
    }

    /**
     * Whether a whole text holds a death, hit, wound or act word, not voided ("shot", "killed",
     * "injured", "shooting"): a page's body that holds none tells nothing of the harm its headline
     * tells.
     */
    static boolean mentionsHarm(String text) {
        return !harmWords(words(text), MENTIONS).isEmpty();
    }

    /** Whether the headline before its outlet's tail holds a wound word, not voided ("injured", "wounded"; not "shot"). */
    static boolean namesWound(String title) {
        return !harmWords(words(lead(title)), Set.of("wound")).isEmpty();
    }

    /** Where the words hold a death word not within {@link #REACH} words after a voiding word. */
    private static List<Integer> deathWords(List<String> words) {
        return harmWords(words, Set.of("death"));
    }

    /** Where the words hold a word of one of these readings not within {@link #REACH} words after a voiding word. */
    private static List<Integer> harmWords(List<String> words, Set<String> readings) {
        List<Integer> at = new ArrayList<>();
        int voidedUntil = -1;
        for (int i = 0; i < words.size(); i++) {
            String reads = WORDS.get(words.get(i));
            if ("voids".equals(reads)) {
                voidedUntil = i + REACH;
            } else if (reads != null && readings.contains(reads) && i > voidedUntil) {
                at.add(i);
            }
        }
        return at;
    }

    /**
     * Whether the headline tells of one person dead: a death word (not voided) with the one person
     * the headline names within three words before it or two after ("Man dead following Memphis
     * shooting", "Accidental shooting kills man", "17-year-old shot, killed inside house"); false
     * when it names more people ("men", "family", a second person) or any number, which
     * {@link #toll} reads.
     */
    static boolean oneDead(String title) {
        return onePersonBeside(title, Set.of("death"));
    }

    /**
     * Whether the headline opens with a person (up to two plain words before: "Teenage boy", "Bronx
     * teen") right before a death done to them: "killed", "dead", "dies", a hit word then "and" and
     * a death word ("shot and killed"), "fatally" before a hit word, "shot to death" ("Teenage boy
     * shot and killed by family member", "Teen killed in DeKalb shooting two weeks shy of her 16th
     * birthday"): one dead, whatever people or numbers follow, which {@link #oneDead} refuses. Not
     * a death the person dealt ("Man kills neighbor", "Man killed wife, 2 kids": a person, a number
     * or an object's article right after the death word), nor a number or people before the person.
     */
    static boolean firstPersonDead(String title) {
        if (title == null) {
            return false;
        }
        String spoken = HIT_DEAD.matcher(spoken(title)).replaceAll("killed");
        List<String> words = words(spoken);
        int person = -1;
        for (int i = 0; i < Math.min(words.size(), 3) && person < 0; i++) {
            String w = words.get(i);
            if ("one".equals(WORDS.get(w)) || isAge(w)) {
                person = isAge(w) && i + 1 < words.size() && "one".equals(WORDS.get(words.get(i + 1))) ? i + 1 : i; // "17-year-old boy"
            } else if (WORDS.containsKey(w) || number(w) != null) {
                return false; // "Shooting leaves man dead", "Three men killed": not a person told first
            }
        }
        if (person < 0 || person + 1 >= words.size()) {
            return false;
        }
        int k = person + 1;
        String w = words.get(k);
        boolean death;
        if ("death".equals(WORDS.get(w)) && w.endsWith("ly")) {
            death = k + 1 < words.size() && "hit".equals(WORDS.get(words.get(k + 1))); // "fatally shot"
            k++;
        } else if ("hit".equals(WORDS.get(w)) && k + 2 < words.size() && words.get(k + 1).equals("and")) {
            k += 2; // "shot and killed"
            death = "death".equals(WORDS.get(words.get(k)));
        } else {
            death = "death".equals(WORDS.get(w));
        }
        String harm = words.get(k);
        boolean done = INTRANSITIVE_DEATHS.contains(harm) || !harm.endsWith("s") && !harm.endsWith("ing");
        String next = k + 1 < words.size() ? words.get(k + 1) : "";
        String after = k + 2 < words.size() ? words.get(k + 2) : "";
        // "killed wife", "killed his", "fatally shot twin daughters": whom the person killed
        boolean object = people(next) || ACT_OBJECT_LEAD.contains(next) || !LINKS.contains(next) && people(after);
        // "St. Louis woman killed, 3 wounded": a comma after the death word ends what was done to the person
        boolean ends = Pattern.compile("(?iu)(?<![\\p{L}])" + Pattern.quote(harm) + "\\s*[,;]").matcher(spoken).find();
        return death && done && (!object || ends);
    }

    private static boolean people(String word) {
        return "one".equals(WORDS.get(word)) || "many".equals(WORDS.get(word)) || number(word) != null || isAge(word);
    }

    /**
     * Whether the headline tells of one person hurt and no death: a hit or wound word, or a word of
     * one who lives hurt ({@code living}: "in critical condition", "recovering"), with the one person
     * it names beside it, as {@link #oneDead} reads a death word ("Police: Youth wounded in
     * accidental shooting in Gary", "17-year-old boy shot in head in Fresno", "Boy in critical
     * condition following Sunday shooting").
     */
    static boolean oneHurt(String title) {
        return !tellsDeath(title) && onePersonBeside(title, Set.of("hit", "wound", "living"));
    }

    /**
     * Whether the headline tells of one person hit by another and no death: its one hit word with
     * one person before it (within three words) and one after it (within {@link #OBJECT_REACH}), no
     * other person or number ("Boy shoots sister in the back of the neck", "Man, 21, Shoots Bucks
     * County Girl, 9, in Chest with BB Gun", "Mother shot by 4-year-old"); one of them is the one
     * hurt. Not "shoots at": a shot at someone may miss; not with a second hit word ("Girl, 7,
     * grazed by bullet; man shot in leg" tells of two hurt).
     */
    static boolean oneHitByAnother(String title) {
        if (tellsDeath(title)) {
            return false;
        }
        List<String> words = words(spoken(title));
        List<Integer> persons = persons(title);
        if (persons == null || persons.size() != 2) {
            return false;
        }
        int doer = persons.get(0);
        int hit = persons.get(1);
        List<Integer> hits = harmWords(words, Set.of("hit"));
        if (hits.size() != 1) {
            return false;
        }
        int i = hits.get(0);
        return doer < i && doer >= i - ONE_BEFORE && hit > i && hit <= i + OBJECT_REACH && !"at".equals(words.get(i + 1));
    }

    /**
     * Whether the headline tells of one person who hit themself and no death: a hit word right before
     * "himself", "herself" or "self" (not followed by "and": "shooting himself and 1-year-old
     * daughter"), whatever other people it names ("Father arrested after 11-year-old son accidentally
     * shoots himself", "Mom Charged After 5-Year-old Accidentally Shoots Herself"); no number.
     */
    static boolean oneHitThemself(String title) {
        if (tellsDeath(title) || persons(title) == null) {
            return false;
        }
        List<String> words = words(spoken(title));
        return harmWords(words, Set.of("hit")).stream().anyMatch(i -> i + 1 < words.size()
            && REFLEXIVES.contains(words.get(i + 1)) && (i + 2 >= words.size() || !"and".equals(words.get(i + 2))));
    }

    /**
     * Whether the headline's first person is the one it tells was hurt, and no death: its only hit or
     * wound word comes right after that person (an adverb between: "critically"), in a form that
     * tells what was done to them ("Woman injured after Lafayette teen discharged a firearm", "Man
     * shot by deputy during traffic stop"), whatever other people the headline names after it; not
     * a form that tells what they did ("shoots", "injures": their object is the hurt, and may be
     * more than one), and no number.
     */
    static boolean firstPersonHurt(String title) {
        if (tellsDeath(title)) {
            return false;
        }
        List<Integer> persons = persons(title);
        List<String> words = words(spoken(title));
        List<Integer> harms = harmWords(words, Set.of("hit", "wound"));
        if (persons == null || persons.isEmpty() || harms.size() != 1) {
            return false;
        }
        int person = persons.get(0);
        int harm = harms.get(0);
        String word = words.get(harm);
        boolean done = !word.endsWith("s") && !word.endsWith("ing");
        boolean between = harm == person + 2 && words.get(person + 1).endsWith("ly");
        return done && (harm == person + 1 || between);
    }

    /**
     * Whether the headline tells of one person an act was done to, and no death: an act word in the
     * singular right before a person ("Uncle arrested for shooting 2-year-old nephew", "Boy, 6,
     * accused of shooting girl with BB gun", "shooting of teen girl", "Five-year-old shooting victim
     * expected to recover") or right after a person's possessive ("Muncie police investigate child's
     * shooting"), no second person right after that one ("shooting of child, father" tells of two)
     * and no number.
     */
    static boolean actOnOne(String title) {
        if (tellsDeath(title)) {
            return false;
        }
        List<Integer> persons = persons(title);
        List<String> words = words(spoken(title));
        if (persons == null) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            if (!"act".equals(WORDS.get(words.get(i))) || words.get(i).endsWith("s")) {
                continue;
            }
            int j = i + 1;
            while (j < words.size() && ACT_OBJECT_LEAD.contains(words.get(j))) {
                j++; // "shooting of a", "shooting his"
            }
            if (j < words.size() && isAge(words.get(j)) && !persons.contains(j)) {
                j++; // "shooting 2-year-old nephew": the age is the person's
            }
            if (persons.contains(j) && !persons.contains(j + 1) || possessor(words, i)) {
                return true;
            }
        }
        return false;
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
            boolean namesOne = words.stream().anyMatch(w -> "one".equals(WORDS.get(w)) || isAge(w));
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
                String w = words.get(p);
                int person = p;
                if (("one".equals(WORDS.get(w)) || isAge(w)) && harm.contains(p + 1)) {
                    told++;
                    hurt += deathWords(words).stream().anyMatch(d -> d > person) ? 0 : 1;
                    break;
                }
            }
        }
        return told >= 2 && hurt > 0 ? hurt : null;
    }

    /**
     * Whether a person's possessive stands right before the act at {@code act}, or one word before
     * it: "child's shooting", "child's accidental shooting".
     */
    private static boolean possessor(List<String> words, int act) {
        for (int k = act - 1; k >= Math.max(0, act - 2); k--) {
            String w = words.get(k);
            // "child's" is two words, "child" and "'s" (words() splits a possessive off, curly or straight)
            if (w.equals("'s") && k > 0 && "one".equals(WORDS.get(words.get(k - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** The one person the headline before its outlet's tail names, beside a word of these readings ("KSLA News 12" counts no one). */
    private static boolean onePersonBeside(String title, Set<String> readings) {
        List<Integer> persons = persons(title);
        if (persons == null || persons.size() != 1) {
            return false;
        }
        int person = persons.get(0);
        return harmWords(words(spoken(title)), readings).stream()
            .anyMatch(i -> person >= i - ONE_BEFORE && person <= i + ONE_AFTER);
    }

    /**
     * The headline before its outlet's tail, without a leading attribution ("Deputies: Boy, 2,
     * shoots himself in leg", "UPDATED: ..."), ages left out ({@link #withoutAges}): the words
     * that tell who was harmed, so that the deputies who speak are no people harmed.
     */
    private static String spoken(String title) {
        return withoutAges(ATTRIBUTION.matcher(lead(title)).replaceFirst(""));
    }

    /**
     * Where the headline before its outlet's tail names a person (a person word, or an age alone),
     * its words as {@link #words} splits them, ages left out; null when it writes a number or a
     * word for many, which {@link #toll} reads.
     */
    private static List<Integer> persons(String title) {
        String text = spoken(title);
        String folded = text == null ? "" : text.toLowerCase(Locale.ROOT);
        List<String> words = words(text);
        List<Integer> persons = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if ("many".equals(WORDS.get(w)) || number(w) != null) {
                return null;
            }
            // an age right before a person word, no comma between, is that person's ("17-year-old
            // boy"); "Two-year-old, father shot" names two
            boolean ageOfNext = i + 1 < words.size() && "one".equals(WORDS.get(words.get(i + 1)))
                && folded.contains(w + " " + words.get(i + 1));
            // "deputy's son": the owner of a person is not the one the headline tells of
            boolean ownsPerson = i + 2 < words.size() && words.get(i + 1).equals("'s")
                && ("one".equals(WORDS.get(words.get(i + 2))) || isAge(words.get(i + 2)));
            if (("one".equals(WORDS.get(w)) || isAge(w) && !ageOfNext) && !ownsPerson) {
                persons.add(i);
            }
        }
        return persons;
    }

    /**
     * The numbers the headline puts before harm words, within three words ("7 shot, 1 fatally",
     * "1 Man Dead, 8 People Wounded", "No one hurt" = 0 wounded: a number right after a number is
     * part of it); a number reaches up to the next. A multiple counts the harm word right after
     * it ("Triple homicide", "Quadruple shooting"), and a hit word followed by "dead" or "to death"
     * is a death word ("3 people shot to death"). A number right after a harm verb ("kills 1,
     * injures 3", "Wounds Four", "killing 1, wounding 3"; the word's -s or -ing form) counts that
     * side first and is no number before the next harm word; a number of days or weeks after it
     * counts time ("dies 2 days after"). A number right after "at" is an age or a time,
     * no count ("Dead at 25; Shot Himself", "shot at 2 a.m."). A headline of acts in the plural or
     * that counts over hours, scenes or separate shootings ({@code tally}: "3 Dead, 22 Wounded In
     * Weekend Shootings", "21 Shot Across The Five Boroughs") is a round-up's, and counts no one.
     */
    static Toll toll(String title) {
        List<String> words = words(title == null ? null
            : HIT_DEAD.matcher(JOINED_MULTIPLE.matcher(withoutAges(title)).replaceAll("$1 ")).replaceAll("killed"));
        if (words.stream().anyMatch(TALLIES::contains)) {
            return Toll.NONE; // "3 Dead, 22 Wounded In Weekend Shootings": a round-up's tally
        }
        Integer killed = null;
        Integer hit = null;
        Integer wounded = null;
        // a number right after a harm verb is that verb's: "kills 1, injures 3", "Wounds Four"
        Set<Integer> verbs = new HashSet<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            String w = words.get(i);
            String reads = WORDS.get(w);
            Integer n = number(words.get(i + 1));
            if (reads != null && HARM.contains(reads) && (w.endsWith("s") || w.endsWith("ing")) && n != null
                && (i + 2 >= words.size() || !TIME_UNITS.contains(words.get(i + 2)))) {
                verbs.add(i + 1);
                if (reads.equals("death") && killed == null) {
                    killed = n;
                } else if (reads.equals("hit") && hit == null) {
                    hit = n;
                } else if (reads.equals("wound") && wounded == null) {
                    wounded = n;
                }
            }
        }
        for (int i = 0; i < words.size(); i++) {
            Integer multiple = MULTIPLES.get(words.get(i));
            Integer n = multiple != null ? multiple : number(words.get(i));
            if (n == null || verbs.contains(i) || multiple == null && i > 0 && number(words.get(i - 1)) != null) {
                continue; // the second word of "no one" is the first's
            }
            if (i > 0 && words.get(i - 1).equals("at")) {
                continue; // "Dead at 25", "shot at 2 a.m.": an age or a time
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
                    if (reads.equals("death") && killed == null) {
                        killed = n;
                    } else if (reads.equals("hit") && hit == null) {
                        hit = n;
                    } else if (reads.equals("wound") && wounded == null) {
                        wounded = n;
                    }
                    break;
                }
            }
        }
        return killed == null && hit == null && wounded == null ? listed(title) : new Toll(killed, hit, wounded);
    }

    /**
     * People listed before one harm word, each a person word or an age with up to two words before
     * it, joined by commas, "and" or "&" ("10-Year-Old Girl, Teen Shot", "Mother and child shot",
     * "Man, 11-Year-Old Daughter Dead"): as many on that side, a hit word followed by a death word
     * within two words a death ("Shot & Killed"). The first harm word so preceded by two or more
     * people counts; none when the first of them is the object of a harm word before it ("injured
     * 5-year-old, left man dead").
     */
    private static Toll listed(String title) {
        String text = spoken(title);
        if (text == null) {
            return Toll.NONE;
        }
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(HIT_DEAD.matcher(text).replaceAll("killed").toLowerCase(Locale.ROOT));
        while (m.find()) {
            tokens.add(m.group());
        }
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
            int first = -1;
            while (j >= 0 && listedPerson(tokens.get(j))) {
                people++;
                first = j;
                int k = j - 1;
                if (k >= 0 && "one".equals(WORDS.get(tokens.get(j))) && isAge(tokens.get(k))) {
                    k--; // "11-year-old daughter": the age is the person's
                }
                for (int steps = 0; k >= 0 && steps < 2 && !SEPARATORS.contains(tokens.get(k)) && !listedPerson(tokens.get(k))
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
            if (people < 2) {
                return Toll.NONE; // the first harm word tells of one person or of none listed
            }
            if (first > 0 && HARM.contains(String.valueOf(WORDS.get(tokens.get(first - 1))))) {
                return Toll.NONE;
            }
            boolean death = reads.equals("death") || tokens.subList(i + 1, Math.min(tokens.size(), i + 3)).stream()
                .anyMatch(t -> "death".equals(WORDS.get(t)));
            return death ? new Toll(people, null, null)
                : reads.equals("hit") ? new Toll(null, people, null) : new Toll(null, null, people);
        }
        return Toll.NONE;
    }

    private static boolean listedPerson(String token) {
        return "one".equals(WORDS.get(token)) || isAge(token);
    }

    /** The title with its ages left out or made one word: an age is no count. */
    private static String withoutAges(String title) {
        return title == null ? null : SPELLED_AGE.matcher(APPOSITIVE_AGE.matcher(title).replaceAll("")).replaceAll("$1-$2-old");
    }

    /** An age as one word: "17-year-old", "17-yo", and with its number written out, "two-year-old". */
    private static boolean isAge(String word) {
        if (AGE.matcher(word).matches()) {
            return true;
        }
        java.util.regex.Matcher m = SPELLED_AGE_WORD.matcher(word);
        return m.matches() && NUMBERS.containsKey(m.group(1));
    }

    private static Integer number(String word) {
        return DIGITS.matcher(word).matches() ? Integer.valueOf(word) : NUMBERS.get(word);
    }

    /**
     * The headline's words, lower case, a possessive's "'s" a word of its own, curly or straight
     * ("child’s shooting" and "child's shooting" are "child", "'s", "shooting"): the owner is a person
     * the headline names ("Teen's fatal shooting an accident" tells of one dead).
     */
    private static List<String> words(String title) {
        return title == null || title.isBlank() ? List.of()
            : List.of(WORD_BREAK.split(POSSESSIVE.matcher(title.replace('’', '\'')).replaceAll(" 's").toLowerCase(Locale.ROOT).strip()));
    }

    private static Map<String, String> load() {
        Map<String, String> words = new HashMap<>();
        for (TsvTable.Row row : WORD_ROWS) {
            String reads = row.get("reads");
            if (!READINGS.contains(reads)) {
                throw new IllegalStateException("headline-words.tsv: reads must be one of " + READINGS + ", not " + reads);
            }
            if (!reads.equals("tally")) { // a word of another reading too ("shootings" breaks a number before it)
                words.put(row.get("word"), reads);
            }
        }
        return Map.copyOf(words);
    }

    private static Set<String> tallies() {
        Set<String> tallies = new HashSet<>();
        for (TsvTable.Row row : WORD_ROWS) {
            if (row.get("reads").equals("tally")) {
                tallies.add(row.get("word"));
            }
        }
        return Set.copyOf(tallies);
    }

    private static Map<String, Integer> multiples() {
        Map<String, Integer> multiples = new HashMap<>();
        for (TsvTable.Row row : TsvTable.resource(Headline.class, "headline-multiples.tsv", "word", "number").rows()) {
            multiples.put(row.get("word"), Integer.valueOf(row.get("number")));
        }
        return Map.copyOf(multiples);
    }

    /** The event stage's number words with a value of their own ("two", "both", "no"; not "dozens" nor a scale word). */
    private static Map<String, Integer> numbers() {
        Map<String, Integer> numbers = new HashMap<>();
        for (TsvTable.Row row : TsvTable.resource(Headline.class, "/org/dateline/analyze/event/casualty-numbers.tsv",
            "word", "value", "scale").rows()) {
            if (!row.get("value").isEmpty() && row.get("scale").equals("n")) {
                numbers.put(row.get("word"), Integer.valueOf(row.get("value")));
            }
        }
        return Map.copyOf(numbers);
    }
}
