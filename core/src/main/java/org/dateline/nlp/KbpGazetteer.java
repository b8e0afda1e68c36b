package org.dateline.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The KBP gazetteers CoreNLP's English models ship for its fine-grained NER step (rows that label
 * word sequences COUNTRY, CITY, STATE_OR_PROVINCE, NATIONALITY, TITLE, RELIGION, IDEOLOGY, ...),
 * read from the models jar and matched by hash lookup; {@link FineGrainedNer} applies the matches.
 *
 * <p>Why not CoreNLP's own step: it compiles every row into a token-sequence pattern and tries the
 * ones it cannot index at every token; on news it costs about half of all tagging time. Here the
 * 585,000 plain rows are two hash maps; only the few hundred rows that are real regular
 * expressions ("secretary of .*", "[A-Z][a-zA-Z]+ activist") are matched as patterns, and only where
 * one of their literal words occurs. The handful with no literal word (URL, e-mail and handle
 * patterns, each of which needs an "@", ":" or "." in the word) are tried only on words that hold
 * a character other than a letter or digit.
 */
final class KbpGazetteer {
    private static final String DIR = "edu/stanford/nlp/models/kbp/english/gazetteers/";
    private static final Pattern REGEX_CHARS = Pattern.compile("[\\[\\](){}*+?|^$\\\\.]");
    /** A backslash-escaped punctuation character, which stands for itself. */
    private static final Pattern ESCAPED = Pattern.compile("\\\\([^\\p{Alnum}])");

    /** What a row assigns; shared by every row with the same columns, so the maps stay small. */
    record Label(String type, Set<String> overwritable, double priority, boolean needsNounOrAdjective) {}

    /** A row with at least one regular-expression word, found through one of its literal words. */
    private record PatternRow(Pattern[] words, int anchor, Label label, int order) {}

    /** Words {@code [start, end)} match a row of file {@code order} (0 caseless, 1 cased). */
    record Match(int start, int end, Label label, int order) {}

    private final Map<String, Label> caseless = new HashMap<>();
    private final Map<String, Label> cased = new HashMap<>();
    /** The most words of any plain row starting with this (lower-cased) word: most words start none. */
    private final Map<String, Integer> longestFrom = new HashMap<>();
    private final Map<String, List<PatternRow>> patternsByWord = new HashMap<>();
    private final List<PatternRow> unanchored = new ArrayList<>();
    private final Set<String> allTypes = new HashSet<>();

    private KbpGazetteer() {}

    /** The JVM's gazetteer, loaded on first call (it is read-only, so every pipeline shares it). */
    static KbpGazetteer shared() {
        return Shared.INSTANCE;
    }

    private static final class Shared {
        static final KbpGazetteer INSTANCE = load();
    }

    /** Loads the two gazetteer files CoreNLP's English models ship (caseless first, as CoreNLP orders them). */
    private static KbpGazetteer load() {
        KbpGazetteer g = new KbpGazetteer();
        Map<List<Object>, Label> labels = new HashMap<>();
        g.read(DIR + "regexner_caseless.tab", true, labels);
        g.read(DIR + "regexner_cased.tab", false, labels);
        return g;
    }

    private void read(String resource, boolean ignoreCase, Map<List<Object>, Label> labels) {
        InputStream in = KbpGazetteer.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("CoreNLP's English models are not on the class path: no " + resource);
        }
        int order = ignoreCase ? 0 : 1;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            // CoreNLP's own RegexNER format, not a Dateline table: no header line, so read by
            // position as CoreNLP reads it (pattern, type, overwritable types, priority).
            for (String line; (line = r.readLine()) != null; ) {
                String[] cols = line.split("\t");
                if (cols.length < 2 || cols[0].isBlank()) {
                    continue;
                }
                Set<String> overwritable = cols.length > 2 && !cols[2].isBlank()
                    ? Set.copyOf(List.of(cols[2].split("\\s*,\\s*"))) : Set.of();
                double priority = cols.length > 3 ? Double.parseDouble(cols[3].trim()) : 0;
                Label label = labels.computeIfAbsent(List.of(cols[1].trim(), overwritable, priority, ignoreCase),
                    k -> new Label(cols[1].trim(), overwritable, priority, ignoreCase));
                allTypes.add(label.type());
                add(cols[0].trim(), label, ignoreCase, order);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private void add(String row, Label label, boolean ignoreCase, int order) {
        String[] words = row.split(" ");
        List<String> keys = new ArrayList<>(List.of(""));
        for (String word : words) {
            List<String> spellings = spellings(word);
            if (spellings == null) {
                addPattern(words, label, ignoreCase, order);
                return;
            }
            List<String> longer = new ArrayList<>();
            for (String k : keys) {
                for (String s : spellings) {
                    longer.add(k.isEmpty() ? s : k + " " + s);
                }
            }
            keys = longer;
        }
        Map<String, Label> map = ignoreCase ? caseless : cased;
        for (String key : keys) {
            map.putIfAbsent(ignoreCase ? key.toLowerCase(Locale.ROOT) : key, label);
            String first = key.split(" ", 2)[0].toLowerCase(Locale.ROOT);
            longestFrom.merge(first, words.length, Math::max);
        }
    }

    /**
     * The literal spellings one pattern word stands for, when its only pattern syntax is escaped
     * punctuation, an optional abbreviation dot ("Calif\\.?") or a choice ("rigdonite|rigdonites");
     * null when it is a real regular expression.
     */
    private static List<String> spellings(String word) {
        if (word.contains("(")) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String choice : word.split("\\|")) {
            List<String> forms = new ArrayList<>(List.of(choice));
            if (choice.endsWith("\\.?")) {
                String stem = choice.substring(0, choice.length() - 3);
                forms = List.of(stem + "\\.", stem);
            }
            for (String form : forms) {
                if (REGEX_CHARS.matcher(ESCAPED.matcher(form).replaceAll("")).find()) {
                    return null;
                }
                out.add(ESCAPED.matcher(form).replaceAll("$1"));
            }
        }
        return out;
    }

    private void addPattern(String[] words, Label label, boolean ignoreCase, int order) {
        int flags = ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
        Pattern[] patterns = new Pattern[words.length];
        int anchor = -1;
        for (int i = 0; i < words.length; i++) {
            patterns[i] = Pattern.compile(words[i], flags);
            if (anchor < 0 && !REGEX_CHARS.matcher(words[i]).find()) {
                anchor = i;
            }
        }
        if (anchor < 0) {
            unanchored.add(new PatternRow(patterns, 0, label, order));
            return;
        }
        String key = ignoreCase ? words[anchor].toLowerCase(Locale.ROOT) : words[anchor];
        patternsByWord.computeIfAbsent(key, k -> new ArrayList<>()).add(new PatternRow(patterns, anchor, label, order));
    }

    /** The set of every type a row assigns; CoreNLP lets any row overwrite these. */
    Set<String> types() {
        return allTypes;
    }

    /** Every row that matches a run of {@code words}, overlapping matches included. */
    List<Match> find(String[] words) {
        String[] lower = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            lower[i] = words[i].toLowerCase(Locale.ROOT);
        }
        List<Match> matches = new ArrayList<>();
        for (int start = 0; start < words.length; start++) {
            StringBuilder exact = new StringBuilder();
            StringBuilder folded = new StringBuilder();
            int longest = longestFrom.getOrDefault(lower[start], 0);
            for (int end = start + 1; end <= Math.min(words.length, start + longest); end++) {
                if (end > start + 1) {
                    exact.append(' ');
                    folded.append(' ');
                }
                exact.append(words[end - 1]);
                folded.append(lower[end - 1]);
                Label l = caseless.get(folded.toString());
                if (l != null) {
                    matches.add(new Match(start, end, l, 0));
                }
                l = cased.get(exact.toString());
                if (l != null) {
                    matches.add(new Match(start, end, l, 1));
                }
            }
            patternMatches(words, lower, start, matches);
        }
        return matches;
    }

    /** The pattern rows that may match with a word at {@code anchorAt}; no list is built per word. */
    private void patternMatches(String[] words, String[] lower, int anchorAt, List<Match> matches) {
        if (hasSymbol(words[anchorAt])) {
            tryRows(unanchored, words, anchorAt, matches);
        }
        tryRows(patternsByWord.getOrDefault(lower[anchorAt], List.of()), words, anchorAt, matches);
        if (!lower[anchorAt].equals(words[anchorAt])) {
            tryRows(patternsByWord.getOrDefault(words[anchorAt], List.of()), words, anchorAt, matches);
        }
    }

    private static void tryRows(List<PatternRow> rows, String[] words, int anchorAt, List<Match> matches) {
        for (PatternRow row : rows) {
            int start = anchorAt - row.anchor();
            int end = start + row.words().length;
            if (start < 0 || end > words.length) {
                continue;
            }
            boolean all = true;
            for (int i = 0; i < row.words().length && all; i++) {
                all = row.words()[i].matcher(words[start + i]).matches();
            }
            if (all) {
                matches.add(new Match(start, end, row.label(), row.order()));
            }
        }
    }

    private static boolean hasSymbol(String word) {
        return !word.codePoints().allMatch(Character::isLetterOrDigit);
    }
}
