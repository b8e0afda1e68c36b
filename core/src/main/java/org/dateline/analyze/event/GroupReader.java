package org.dateline.analyze.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.analyze.event.HarmWords.HarmWord;
import org.dateline.analyze.event.HarmWords.Outcome;
import org.dateline.analyze.data.TsvTable;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.DependencyTree;
import org.dateline.nlp.Token;

/**
 * How many people a group a harm word counts names: its number ({@code casualty-numbers.tsv} for
 * words, digits as written: "two teens", "a couple", "two dozen"), one for a single person ("a
 * 25-year-old man", "himself"), the sum over a list ("a man and a woman", "his wife, two children
 * and his mother-in-law"); never a number inside the group ("including 2 women") or beside it
 * (ages, "3 suspects", "10 rockets"). Apart from {@link VictimFinder}, which finds the group in the
 * parse, because reading a number is the same wherever the group sits.
 */
final class GroupReader {
    /** One group of people counted, with the tokens its evidence spans. */
    record Reading(Outcome outcome, int group, Integer value, boolean vague, int left, int right, boolean shot, boolean crime) {
        Reading(Outcome outcome, int group, Integer value, boolean vague, int left, int right, boolean shot) {
            this(outcome, group, value, vague, left, right, shot, false);
        }
    }

    /** A count "no number", kept apart from a vague count, which does say something. */
    record Amount(Integer value, boolean vague) {}

    /** The first and last token of a group's words. */
    record Edges(int left, int right) {}

    private record NumberWord(Integer value, boolean scale) {}

    private static final Set<String> ONE_PERSON = Set.of("he", "she", "him", "her", "himself", "herself");
    /** Relations of the words left of a counted noun that belong to its phrase ("at least four", "his", "a dozen"). */
    private static final Set<String> PHRASE = Set.of("det", "nummod", "amod", "compound", "nmod:poss", "advmod",
        "obl:npmod", "quantmod", "det:predet", "case", "fixed");
    private static final Set<String> NOT_A_COUNT_NER = Set.of("DURATION", "DATE", "TIME", "MONEY", "PERCENT", "ORDINAL");

    private final HarmWords harmWords;
    private final Map<String, NumberWord> numbers;
    private final Set<String> things;
    private final Set<String> wholes;

    private GroupReader(HarmWords harmWords, Map<String, NumberWord> numbers, Set<String> things, Set<String> wholes) {
        this.harmWords = harmWords;
        this.numbers = numbers;
        this.things = things;
        this.wholes = wholes;
    }

    /**
     * Reads {@code casualty-numbers.tsv}; {@code things} are the nouns that count no people ("times",
     * "rounds"), {@code wholes} those that name people of any kind ("people", "victims"), which a list
     * after them may break down.
     */
    static GroupReader load(HarmWords harmWords, Set<String> things, Set<String> wholes) {
        Map<String, NumberWord> numbers = new HashMap<>();
        for (TsvTable.Row r : TsvTable.resource(GroupReader.class, "casualty-numbers.tsv", "word", "value", "scale").rows()) {
            Integer value = r.get("value").isEmpty() ? null : r.value("value", Integer::valueOf);
            numbers.put(r.get("word"), new NumberWord(value, r.get("scale").equals("y")));
        }
        return new GroupReader(harmWords, Map.copyOf(numbers), things, wholes);
    }

    /** The count of the group {@code group} (a noun, a number, a pronoun) and the evidence with the harm word. */
    Reading group(AnnotatedText text, DependencyTree tree, int group, int harm, Outcome outcome) {
        group = antecedent(text, tree, group);
        List<Integer> members = new ArrayList<>(List.of(group));
        // "a boy dead and six others [wounded]": a list split between harm words; but "A and B were
        // killed, and C and D were injured" gives each harm word a list of its own
        boolean alone = split(text, tree, harm) && !ownPeople(text, tree, harm) || tree.head(harm) == group;
        for (int c : alone ? List.<Integer>of() : tree.children(group, "conj")) {
            Token t = text.tokens().get(c);
            boolean ownHarm = tree.children(c).stream().anyMatch(k -> harmWords.of(text.tokens().get(k)) != null);
            boolean ages = t.pos().equals("CD") && hasNumber(text, tree, group); // "two men, one 17 and the other 21"
            if ((t.isNoun() || t.pos().equals("CD") || t.pos().startsWith("PRP")) && !ownHarm && !ages) { // not "… and nine people wounded"
                members.add(c);
            }
        }
        // "left nine injured and one dead": "nine" carries its own outcome, so the dead are "one";
        // not a clause with a subject of its own the parser coordinated with the member ("left one
        // man dead and four seriously [wounded]": the four are wounded, the man is not)
        members.removeIf(m -> tree.children(m).stream()
            .filter(k -> !(tree.relation(k).equals("conj") && !tree.subjects(k).isEmpty()))
            .map(k -> harmWords.of(text.tokens().get(k)))
            .anyMatch(w -> w != null && w.outcome() != outcome && w.outcome() != Outcome.HARMED));
        if (members.isEmpty()) {
            return null;
        }
        Integer sum = 0;
        boolean vague = false;
        int left = Integer.MAX_VALUE;
        int right = -1;
        List<Amount> amounts = new ArrayList<>();
        for (int m : members) {
            Amount a = amount(text, tree, m);
            if (a == null) {
                return null; // "his wife and children": no number for the whole list
            }
            amounts.add(a);
            vague |= a.vague();
            sum = vague ? null : sum + a.value();
            Edges e = phrase(text, tree, m);
            left = Math.min(left, e.left);
            right = Math.max(right, e.right);
        }
        if (sum != null && wholes.contains(Phrase.lemma(text.tokens().get(members.get(0)))) && breakdown(amounts)) {
            sum = amounts.get(0).value();
        }
        return new Reading(outcome, group, sum, vague, Math.min(left, harm), Math.max(right, harm), false);
    }

    /**
     * "13 people, 11 males and two females": a list after people of any kind ({@code whole}) whose
     * first number is the sum of all the others' breaks that group down, and counts it once (on the
     * GVA dev set the summed list read 26 for the archive's 13); "Two men, a woman and a child" are four.
     */
    private static boolean breakdown(List<Amount> amounts) {
        if (amounts.size() < 3) {
            return false;
        }
        int rest = amounts.subList(1, amounts.size()).stream().mapToInt(Amount::value).sum();
        return amounts.get(0).value() == rest;
    }

    /**
     * "Seven men who were shot": a relative pronoun counts as the noun its clause describes, which
     * the pronoun alone does not say how many people it is.
     */
    private static int antecedent(AnnotatedText text, DependencyTree tree, int group) {
        Token t = text.tokens().get(group);
        if (!(t.pos().equals("WP") || t.pos().equals("WDT") || t.word().equalsIgnoreCase("that"))) {
            return group;
        }
        int clause = tree.head(group);
        return clause >= 0 && tree.relation(clause).equals("acl:relcl") && tree.head(clause) >= 0 ? tree.head(clause) : group;
    }

    /**
     * Whether the harm word is coordinated with one of another outcome ("left one person dead and
     * nine others injured"): the list beside it is then split between them, not one group.
     */
    boolean split(AnnotatedText text, DependencyTree tree, int harm) {
        HarmWord own = harmWords.of(text.tokens().get(harm));
        List<Integer> coordinated = new ArrayList<>(tree.children(harm, "conj"));
        if (tree.relation(harm).equals("conj")) {
            coordinated.add(tree.head(harm));
        }
        for (int c : coordinated) {
            HarmWord w = harmWords.of(text.tokens().get(c));
            if (w != null && w.outcome() != own.outcome() && w.outcome() != Outcome.HARMED && own.outcome() != Outcome.HARMED) {
                return true; // "shot and killed" are the same people
            }
        }
        return false;
    }

    /**
     * Whether the harm word and every harm word of another outcome coordinated with it have people
     * of their own (a subject or an object): then none of them shares its neighbour's list.
     */
    private boolean ownPeople(AnnotatedText text, DependencyTree tree, int harm) {
        List<Integer> words = new ArrayList<>(List.of(harm));
        words.addAll(tree.children(harm, "conj"));
        if (tree.relation(harm).equals("conj")) {
            words.add(tree.head(harm));
        }
        words.removeIf(w -> harmWords.of(text.tokens().get(w)) == null);
        return words.stream().allMatch(w -> tree.children(w).stream().anyMatch(c -> {
            String rel = tree.relation(c);
            return rel.equals("nsubj") || rel.equals("nsubj:pass") || rel.equals("obj");
        }));
    }

    /** How many people one noun phrase names: its number, its own number word, or one person; null when it does not say. */
    private Amount amount(AnnotatedText text, DependencyTree tree, int noun) {
        Token t = text.tokens().get(noun);
        if (ageAsPerson(text, tree, noun)) {
            return new Amount(1, false); // "Another 5-year-old was hurt"
        }
        if (t.pos().equals("CD") && setOffAfterAWord(text, noun)) {
            return null; // "Man, 24, fatally shot on Bronx street corner": an age, which the parser made the subject
        }
        if (things.contains(Phrase.lemma(t)) || NOT_A_COUNT_NER.contains(t.ner()) || ofThings(text, tree, noun)) {
            return null; // "a couple of times", "dozens of rounds": no people
        }
        if (tree.children(noun, "det").stream().map(d -> numbers.get(lower(text, d))).anyMatch(n -> n != null && Integer.valueOf(0).equals(n.value()))) {
            return new Amount(0, false); // "no one was injured": "one" under "no" is nobody
        }
        Amount own = number(text, tree, noun);
        if (own != null) {
            return own; // "two of the victims", "dozens of people", "nobody", "a couple"
        }
        for (int c : tree.children(noun)) {
            String rel = tree.relation(c);
            if (c > noun) {
                continue; // "Miranda Doerr, three,": a number after the noun is an age, never a count
            }
            if (c + 1 < noun && (text.tokens().get(c + 1).pos().equals("HYPH") || lower(text, c + 1).equals("yo"))) {
                continue; // "a 6-yo", "8 yo girl", "a 6-year-old" the tagger did not take for an age: an age, never a count
            }
            if (rel.equals("nummod") || (rel.equals("det") || rel.equals("amod")) && numbers.containsKey(lower(text, c))) {
                Amount a = number(text, tree, c);
                if (a != null) {
                    return a;
                }
            }
        }
        int stray = strayNumber(text, tree, noun);
        if (stray >= 0) {
            return number(text, tree, stray);
        }
        if (t.pos().equals("NN") || t.pos().equals("NNP") || ONE_PERSON.contains(Phrase.word(t))
            || t.pos().equals("NNPS") && t.ner().equals("PERSON")) {
            // "a 25-year-old man", "the gunman", "himself"; "Keith Flowers", a surname the tagger
            // takes for a plural, is one person still
            return new Amount(1, false);
        }
        return null;
    }

    /** A number between commas right after a word that is no number ("Man, 24,"), as a person's age is written. */
    private static boolean setOffAfterAWord(AnnotatedText text, int number) {
        List<Token> tokens = text.tokens();
        int sentence = tokens.get(number).sentence();
        return number >= 2 && number + 1 < tokens.size() && tokens.get(number - 2).sentence() == sentence
            && tokens.get(number + 1).sentence() == sentence && tokens.get(number - 1).word().equals(",")
            && tokens.get(number + 1).word().equals(",") && !tokens.get(number - 2).pos().equals("CD");
    }

    /**
     * "a 5-year-old was hurt": an age used as a noun (its "old" is the group itself, a subject or an
     * object, with no noun to describe) is one person, though the tagger calls it a duration.
     */
    private static boolean ageAsPerson(AnnotatedText text, DependencyTree tree, int group) {
        Token t = text.tokens().get(group);
        String rel = tree.relation(group);
        return t.word().equalsIgnoreCase("old") && t.pos().startsWith("JJ") && t.ner().equals("DURATION")
            && (rel.startsWith("nsubj") || rel.equals("obj") || rel.equals("conj"))
            && tree.children(group).stream().anyMatch(c -> Phrase.lemma(text.tokens().get(c)).equals("year")
                || Phrase.lemma(text.tokens().get(c)).equals("month"));
    }

    /** "a couple of times", "dozens of rounds": a quantity whose "of" phrase names things counts no people. */
    private boolean ofThings(AnnotatedText text, DependencyTree tree, int noun) {
        return numbers.containsKey(lower(text, noun)) && tree.children(noun, "nmod").stream()
            .anyMatch(c -> isOf(text, tree, c) && things.contains(Phrase.lemma(text.tokens().get(c))));
    }

    /**
     * The number just before a noun (past its adjectives) that the parser hung on a word before it,
     * as it does after a dateline ("HOUSTON - Six people were injured", "(WMC) - Seven people were
     * shot": "Six" is taken for a modifier of "HOUSTON"); -1 when there is none.
     */
    private int strayNumber(AnnotatedText text, DependencyTree tree, int noun) {
        int k = noun - 1;
        int first = tree.sentence().tokenStart();
        while (k >= first && tree.head(k) == noun && (tree.relation(k).equals("amod") || tree.relation(k).equals("compound"))) {
            k--;
        }
        if (k < first || k == noun - 1 && tree.head(k) == noun) {
            return -1;
        }
        Token n = text.tokens().get(k);
        boolean numeric = n.pos().equals("CD") && !NOT_A_COUNT_NER.contains(n.ner());
        // the number opens its phrase, after a dash, a bracket or nothing ("a 6-yo" is an age)
        boolean opens = k == first || !Character.isLetterOrDigit(text.tokens().get(k - 1).word().codePointAt(0));
        return numeric && opens && tree.head(k) >= 0 && tree.head(k) < k && number(text, tree, k) != null ? k : -1;
    }

    /** The number a token states ("6", "four", "a dozen", "two dozen", "twenty-five", "dozens"), or null. */
    Amount number(AnnotatedText text, DependencyTree tree, int token) {
        Token t = text.tokens().get(token);
        if (NOT_A_COUNT_NER.contains(t.ner())) {
            return null; // "three-year-old", "2014"
        }
        String word = lower(text, token);
        if (word.matches("\\d{1,3}(,\\d{3})*|\\d+")) {
            return new Amount(Integer.parseInt(word.replace(",", "")), false);
        }
        NumberWord n = numbers.get(word);
        if (n == null) {
            return hyphenated(word);
        }
        if (n.value() == null) {
            return new Amount(null, true);
        }
        if (n.scale()) {
            for (int c : tree.children(token)) {
                String rel = tree.relation(c);
                if (rel.equals("nummod") || rel.equals("compound")) {
                    Amount times = number(text, tree, c);
                    if (times != null) {
                        return times.vague() ? times : new Amount(times.value() * n.value(), false);
                    }
                }
            }
        }
        return new Amount(n.value(), false);
    }

    private Amount hyphenated(String word) {
        if (!word.contains("-")) {
            return null;
        }
        int sum = 0;
        for (String part : word.split("-")) {
            NumberWord n = numbers.get(part);
            if (n == null || n.value() == null || n.scale()) {
                return null;
            }
            sum += n.value();
        }
        return new Amount(sum, false);
    }

    /** A token's word in lower case, as the tables write their words; shared by every part of the casualty reading. */
    static String lower(AnnotatedText text, int token) {
        return Phrase.word(text.tokens().get(token));
    }

    /** A reading of a number found beside the harm word ("two dead", "the toll rose to 12"), not of people said to be shot. */
    static Reading reading(Outcome outcome, int group, Amount a, int left, int right) {
        return new Reading(outcome, group, a.value(), a.vague(), left, right, false);
    }

    /**
     * A group's words up to the group word: its modifiers on the left ("at least four", "a dozen",
     * "his"), and on the right only an "of" phrase of a quantity ("dozens of people"), never a
     * phrase that counts something inside the group ("including 2 women").
     */
    Edges phrase(AnnotatedText text, DependencyTree tree, int from) {
        int left = from;
        int right = from;
        for (int c : tree.children(from)) {
            String rel = tree.relation(c);
            if (c < from && PHRASE.contains(rel)) {
                left = Math.min(left, tree.edges(c).left());
            } else if (c > from && rel.equals("nmod") && number(text, tree, from) != null && isOf(text, tree, c)) {
                right = Math.max(right, c);
            }
        }
        int stray = text.tokens().get(from).isNoun() ? strayNumber(text, tree, from) : -1;
        return new Edges(stray >= 0 && !hasNumber(text, tree, from) ? stray : left, right); // not the dateline before it
    }

    private boolean hasNumber(AnnotatedText text, DependencyTree tree, int noun) {
        return tree.children(noun).stream().anyMatch(c -> c < noun && tree.relation(c).equals("nummod"));
    }

    /** "dozens of people": the quantity's "of" phrase names who is counted. */
    static boolean isOf(AnnotatedText text, DependencyTree tree, int nmod) {
        return tree.children(nmod, "case").stream().anyMatch(k -> lower(text, k).equals("of"));
    }

    /** Whether a word is one of {@code casualty-numbers.tsv} ("four", "dozen", "dozens"). */
    boolean numberWord(String word) {
        return numbers.containsKey(word);
    }
}
