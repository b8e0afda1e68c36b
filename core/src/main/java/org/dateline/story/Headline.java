package org.dateline.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
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
        "living", "doer", "accident");
    /** The readings that tell of harm: a death, people hit, the wounded. */
    static final Set<String> HARM = Set.of("death", "hit", "wound");
    /** The readings by which a body mentions harm ({@link #mentionsHarm}): "shooting" there is the harm told. */
    private static final Set<String> MENTIONS = Set.of("death", "hit", "wound", "act");
    private static final Pattern AGE = Pattern.compile("\\d{1,3}-(year-old|yo)");
    private static final Pattern SPELLED_AGE_WORD = Pattern.compile("(\\p{L}+)-(?:year|month|week|day)s?-old");
    /** How far before and after a death word the one person of {@link #oneDead} may stand. */
    private static final int ONE_BEFORE = 3;
    private static final int ONE_AFTER = 2;
    /** Words between an act and the person it was done to: "shooting of a teen", "shooting his wife". */
    static final Set<String> ACT_OBJECT_LEAD = Set.of("of", "a", "an", "the", "his", "her", "their");
    /** Words that open a clause of its own, whose first person a death may be done to ({@link #firstPersonDead}). */
    private static final Set<String> CLAUSE_LINKS = Set.of("after", "when", "as", "following");
    /** Words after a death that begin what is told of it, not whom it struck: "killed by friend", "shot as child plays". */
    private static final Set<String> LINKS = Set.of("by", "in", "as", "at", "after", "while", "on", "near", "outside",
        "inside", "during", "for", "from", "following", "over", "when", "with", "to", "and", "");
    /** A word right before a comma or semicolon: where what was done to a person ends ("woman killed, 3 wounded"). */
    private static final Pattern WORD_BEFORE_COMMA = Pattern.compile("(\\p{L}+)\\s*[,;]");
    /** Death words of what happened to someone, though in -s form: "Teen dies after shooting". */
    private static final Set<String> INTRANSITIVE_DEATHS = Set.of("dies", "dead");
    /** Who hit themself: "shoots himself", "shot self". */
    static final Set<String> REFLEXIVES = Set.of("himself", "herself", "self");
    /** How far after a hit word the one it hit may be named: "Shoots Bucks County Girl". */
    private static final int OBJECT_REACH = 4;
    /** An age set off by commas after a word ("Boy, 8, dies", "Trevor Andre Williams, 33 - The Homicide Report"). */
    private static final Pattern APPOSITIVE_AGE = Pattern.compile("(?<=\\p{L})\\s*,\\s*\\d{1,3}\\s*(?=,|$|\\s[-|–—]|\\n)");
    /** An age written out ("13 year old killed"): made one word, as "13-year-old" is. */
    private static final Pattern SPELLED_AGE = Pattern.compile("\\b(\\d{1,3})[ -](year|month|week|day)s?[ -]old\\b",
        Pattern.CASE_INSENSITIVE);
    /** How far after a death word's voiding word it is voided ("No one killed"). */
    private static final int REACH = 2;
    /** {@code headline-words.tsv}, read once: a word may hold two readings ("shootings" breaks and is a tally). */
    private static final List<TsvTable.Row> WORD_ROWS =
        TsvTable.resource(Headline.class, "headline-words.tsv", "word", "reads").rows();
    static final Map<String, String> WORDS = load();
    static final Set<String> TALLIES = tallies();
    /** The event stage's number words with a value of their own ({@link #numbers}); story profiles read them too. */
    static final Map<String, Integer> NUMBERS = numbers();
    /** A hit word followed by "dead" or "to death" ("4 shot dead", "3 people shot to death"): a death word. */
    private static final Pattern HIT_DEAD = Pattern.compile("(?i)\\b(?:" + String.join("|", WORDS.entrySet().stream()
        .filter(e -> e.getValue().equals("hit")).map(e -> Pattern.quote(e.getKey())).sorted().toList()) + ")\\s+(?:to\\s+death|dead)\\b");

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
    /** A possessive's "'s" ("teen's", "teen’s" once folded), a word of its own to {@link #words}. */
    private static final Pattern POSSESSIVE = Pattern.compile("(?<=\\p{L})'s\\b");
    /** What follows " - " or "|" in a title is the outlet and its town ("Toddler shot - NBC12 - Richmond, VA"). */
    private static final Pattern TAIL = Pattern.compile(" [-|–—] |\\|");

    private Headline() {}

    /** The headline without the outlet's tail. */
    static String lead(String title) {
        return title == null ? "" : TAIL.split(title, 2)[0];
    }

    /** A town and the state after it, in an outlet's tail ("WMC Action News 5 - Memphis, Tennessee"). */
    private static final Pattern TAIL_TOWN = Pattern.compile("(\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,2}), "
        + "(\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*)?)(?![\\p{L}])");

    /**
     * The town the outlet's tail of the title gives with its state ("Retaliation after accidental
     * shot ... - WMC Action News 5 - Memphis, Tennessee": Memphis), the newsroom's town; null when
     * the title has no tail or the tail no town before a state ({@code isState}).
     */
    static String tailTown(String title, Predicate<String> isState) {
        if (title == null) {
            return null;
        }
        String[] parts = TAIL.split(title, 2);
        if (parts.length < 2) {
            return null;
        }
        Matcher m = TAIL_TOWN.matcher(parts[1]);
        while (m.find()) {
            // "New York", or "VA" of "Richmond, VA News On Your Side"
            boolean state = isState.test(m.group(2)) || isState.test(m.group(2).split(" ")[0]);
            if (state && !isState.test(m.group(1))) {
                return m.group(1);
            }
        }
        return null;
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
     * {@code text} also writes in lower case is a word ("Former police officer", "Teen mother"), no place,
     * and so is a name of function words ({@link StoryWords#isStopWord}: "After teen shoots himself").
     */
    static String place(String title, String text) {
        String lead = lead(title);
        Matcher m = PLACE.matcher(lead);
        if (!m.find()) {
            m = RESIDENT.matcher(lead);
            if (!m.find()) {
                return null;
            }
        }
        String name = TRAILING_DAY.matcher(m.group(1)).replaceFirst("");
        if (HeadlineTown.common(name, HeadlineTown.lowerWords(text == null ? "" : text))
                || NUMBERS.containsKey(name.split(" ")[0].toLowerCase(Locale.ROOT))
                || Arrays.stream(name.split(" ")).allMatch(StoryWords.standard()::isStopWord)) {
            // "Former police officer shoots...", "Teen mother and son identified", "Two men charged",
            // "After teen accidentally shoots himself" (a function word, whatever the text writes): no town
            return null;
        }
        String rest = (lead.substring(0, m.start(1)) + " " + lead.substring(m.end(1))).strip();
        Matcher w = LONG_WORD.matcher(rest);
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
     * Whether the headline tells that someone died ("Teen dead after being shot", "Fatal shooting
     * on Main Street"), not within two words after a voiding word ("attempted murder", "No one
     * killed"); false for a null headline. Read over a whole text too (ReportReader: a report that
     * tells of no death).
     */
    static boolean tellsDeath(String title) {
        return !deathWords(words(title)).isEmpty();
    }

    /**
     * Whether these words tell that the harm was done by accident ("accidental shooting",
     * "accidentally shot"), not within two words after a voiding word ("did not appear accidental").
     */
    static boolean tellsAccident(String words) {
        return !harmWords(words(words), Set.of("accident")).isEmpty();
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
    static List<Integer> deathWords(List<String> words) {
        return harmWords(words, Set.of("death"));
    }

    /** Where the words hold a word of one of these readings not within {@link #REACH} words after a voiding word. */
    static List<Integer> harmWords(List<String> words, Set<String> readings) {
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
     * {@link HeadlineCounts#toll} reads.
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
     * A clause after "after", "when", "as" or "following" opens so too ("Man turns himself in after
     * 2-year-old killed in accidental shooting").
     */
    static boolean firstPersonDead(String title) {
        if (title == null) {
            return false;
        }
        String spoken = hitDeadAsKilled(spoken(title));
        List<String> words = words(spoken);
        if (personDeadFrom(spoken, words, 0)) {
            return true;
        }
        // "Man turns himself in after 2-year-old killed in accidental...": a clause of its own
        for (int i = 0; i + 1 < words.size(); i++) {
            if (CLAUSE_LINKS.contains(words.get(i)) && personDeadFrom(spoken, words, i + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words from {@code start} open with a person right before a death done to them ({@link #firstPersonDead}). */
    private static boolean personDeadFrom(String spoken, List<String> words, int start) {
        int person = -1;
        for (int i = start; i < Math.min(words.size(), start + 3) && person < 0; i++) {
            String w = words.get(i);
            if (isPerson(w)) {
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
        boolean done = INTRANSITIVE_DEATHS.contains(harm) || doneToThem(harm);
        String next = k + 1 < words.size() ? words.get(k + 1) : "";
        String after = k + 2 < words.size() ? words.get(k + 2) : "";
        // "killed wife", "killed his", "fatally shot twin daughters": whom the person killed
        boolean object = people(next) || ACT_OBJECT_LEAD.contains(next) || !LINKS.contains(next) && people(after);
        // "St. Louis woman killed, 3 wounded": a comma after the death word ends what was done to the person
        boolean ends = false;
        for (Matcher m = WORD_BEFORE_COMMA.matcher(spoken); m.find() && !ends; ) {
            ends = m.group(1).equalsIgnoreCase(harm);
        }
        return death && done && (!object || ends);
    }

    private static boolean people(String word) {
        return isPerson(word) || "many".equals(WORDS.get(word)) || number(word) != null;
    }

    /** A person word or an age ("teen", "17-year-old"). */
    static boolean isPerson(String word) {
        return "one".equals(WORDS.get(word)) || isAge(word);
    }

    /** A person word, an age or one who did the harm ("suspect"): a person among people listed or named apart. */
    static boolean isPersonOrDoer(String word) {
        return isPerson(word) || "doer".equals(WORDS.get(word));
    }

    /** Whether a harm word tells what was done to someone ("shot", "killed"), not what they did ("shoots", "killing"). */
    static boolean doneToThem(String word) {
        return !word.endsWith("s") && !word.endsWith("ing");
    }

    /** The words with a hit word followed by "dead" or "to death" written "killed" ({@link #HIT_DEAD}): "4 shot dead". */
    static String hitDeadAsKilled(String words) {
        return HIT_DEAD.matcher(words).replaceAll("killed");
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
        boolean done = doneToThem(word);
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
    static String spoken(String title) {
        return withoutAges(ATTRIBUTION.matcher(lead(title)).replaceFirst(""));
    }

    /**
     * Where the headline before its outlet's tail names a person (a person word, or an age alone),
     * its words as {@link #words} splits them, ages left out; null when it writes a number or a
     * word for many, which {@link HeadlineCounts#toll} reads.
     */
    static List<Integer> persons(String title) {
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
                && isPerson(words.get(i + 2));
            if (("one".equals(WORDS.get(w)) || isAge(w) && !ageOfNext) && !ownsPerson) {
                persons.add(i);
            }
        }
        return persons;
    }

    /** The title with its ages left out or made one word: an age is no count. */
    static String withoutAges(String title) {
        return title == null ? null : SPELLED_AGE.matcher(APPOSITIVE_AGE.matcher(title).replaceAll("")).replaceAll("$1-$2-old");
    }

    /** An age as one word: "17-year-old", "17-yo", and with its number written out, "two-year-old". */
    static boolean isAge(String word) {
        if (AGE.matcher(word).matches()) {
            return true;
        }
        Matcher m = SPELLED_AGE_WORD.matcher(word);
        return m.matches() && NUMBERS.containsKey(m.group(1));
    }

    static Integer number(String word) {
        return DIGITS.matcher(word).matches() ? Integer.valueOf(word) : NUMBERS.get(word);
    }

    /**
     * The headline's words, lower case, a possessive's "'s" a word of its own, curly or straight
     * ("child’s shooting" and "child's shooting" are "child", "'s", "shooting"): the owner is a person
     * the headline names ("Teen's fatal shooting an accident" tells of one dead).
     */
    static List<String> words(String title) {
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
