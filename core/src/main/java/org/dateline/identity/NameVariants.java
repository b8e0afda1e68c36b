package org.dateline.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.analyze.data.TsvTable;
import org.dateline.model.NameFold;

/**
 * Spellings of names that are one name: "Mamedov" and "Mammadov", "Yulia Timoshenko" and "Yuliya
 * Tymoshenko". Every method takes text already folded by
 * {@link org.dateline.model.NameFold#forEntityKey} (lower case, no diacritics, words joined by one
 * space) and returns a join key: two spellings of one person give the same key, which is not
 * meant to be shown (the fold writes "mamedov" for both "Mammadov" and "Mamedov").
 *
 * <h2>How a name is keyed</h2>
 * <ol>
 *   <li>Each word is folded by {@code spelling-folds.tsv}: its rules, in order, repeated until
 *       nothing changes ("mammadov" to "mamedov", "aliyev" to "aliev").
 *   <li>Each folded word is replaced by the folded canonical spelling of its surname class
 *       ({@code name-variants.tsv}, scope {@code surname}): the dictionary's
 *       "ziya mamedov"/"ziya mammadov" joins the two surnames everywhere.
 *   <li>The name so normalised is looked up among the normalised spellings of the dictionary's
 *       people (scope {@code person}); a listed spelling gives its person's normalised canonical
 *       name ("yulia timoshenko" gives the key of "yuliya tymoshenko").
 * </ol>
 * The tables are keyed the same way when loaded, so the answer is a pure function of the name and
 * idempotent: {@code canonical(canonical(x)).equals(canonical(x))}. A table in which one key would
 * lead to two canonicals fails at load, naming the rows (the converter drops such rows).
 *
 * <p>What is joined is only spelling: whether "Mammadov" in one article and "Elnur Mammadov" in
 * another are one person is for the rules that use this class. Immutable and thread-safe;
 * {@link #standard()} loads the bundled tables once, on first use.
 */
public final class NameVariants {
    /** One rule of {@code spelling-folds.tsv}: a Java pattern and its replacement ($1 is group 1). */
    record Fold(Pattern pattern, String replacement) {
        String apply(String word) {
            Matcher m = pattern.matcher(word);
            return m.find() ? m.replaceAll(replacement) : word;
        }
    }

    // A bound on the passes of the fold: every kept rule shortens a word, makes it ASCII or leaves it
    // alone, so two or three passes settle (NameVariantsDataTest checks it on every word of the data)
    private static final int MAX_PASSES = 10;

    private final List<Fold> folds;
    private final Map<String, String> surnames;
    private final Map<String, String> people;

    private NameVariants(List<Fold> folds, Map<String, String> surnames, Map<String, String> people) {
        this.folds = folds;
        this.surnames = surnames;
        this.people = people;
    }

    /** The spelling knowledge of the bundled {@code name-variants.tsv} and {@code spelling-folds.tsv}. */
    public static NameVariants standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final NameVariants INSTANCE = load(
            TsvTable.resource(NameVariants.class, "name-variants.tsv"),
            TsvTable.resource(NameVariants.class, "spelling-folds.tsv"));
    }

    /**
     * Reads a variants table (variant, canonical, scope) and a fold table (pattern, replacement):
     * a bad pattern, an unknown scope, an empty or unfolded field, or a key with two canonicals
     * fails naming the table and line.
     */
    static NameVariants load(TsvTable variants, TsvTable foldTable) {
        foldTable.require("pattern", "replacement");
        variants.require("variant", "canonical", "scope");
        List<Fold> folds = new ArrayList<>();
        for (TsvTable.Row row : foldTable.rows()) {
            try {
                Pattern pattern = Pattern.compile(row.get("pattern"));
                Fold fold = new Fold(pattern, row.get("replacement"));
                fold.apply("test");
                folds.add(fold);
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                throw new IllegalStateException(row.where() + ": bad rule: " + e.getMessage(), e);
            }
        }
        NameVariants folding = new NameVariants(List.copyOf(folds), Map.of(), Map.of());
        Map<String, String> surnames = new HashMap<>();
        Map<String, String> origin = new HashMap<>();
        List<TsvTable.Row> personRows = new ArrayList<>();
        for (TsvTable.Row row : variants.rows()) {
            String variant = row.get("variant");
            String canonical = row.get("canonical");
            check(row, variant);
            check(row, canonical);
            switch (row.get("scope")) {
                case "surname" -> {
                    if (variant.contains(" ") || canonical.contains(" ")) {
                        throw new IllegalStateException(row.where() + ": a surname is one word");
                    }
                    String key = folding.fold(canonical);
                    put(surnames, origin, folding.fold(variant), key, row);
                    put(surnames, origin, key, key, row);
                }
                case "person" -> personRows.add(row);
                default -> throw new IllegalStateException(row.where() + ": scope is person or surname, not '"
                    + row.get("scope") + "'");
            }
        }
        NameVariants normalising = new NameVariants(folding.folds, Map.copyOf(surnames), Map.of());
        Map<String, String> people = new HashMap<>();
        origin.clear();
        for (TsvTable.Row row : personRows) {
            String key = normalising.normalize(row.get("canonical"));
            put(people, origin, normalising.normalize(row.get("variant")), key, row);
            put(people, origin, key, key, row);
        }
        return new NameVariants(folding.folds, Map.copyOf(surnames), Map.copyOf(people));
    }

    private static void check(TsvTable.Row row, String name) {
        if (name.isEmpty() || !name.equals(NameFold.forEntityKey(name))) {
            throw new IllegalStateException(row.where() + ": '" + name + "' is not a folded name");
        }
    }

    private static void put(Map<String, String> map, Map<String, String> origin, String key, String value,
            TsvTable.Row row) {
        String before = map.putIfAbsent(key, value);
        if (before != null && !before.equals(value)) {
            throw new IllegalStateException(row.where() + ": '" + key + "' would be both '" + before + "' ("
                + origin.get(key) + ") and '" + value + "'");
        }
        origin.putIfAbsent(key, row.where());
    }

    /**
     * The join key of a folded name: its dictionary person's canonical name if the dictionary lists
     * this spelling, else the name with every word folded and replaced by its surname class's
     * spelling. "" for null or blank.
     */
    public String canonical(String foldedName) {
        if (foldedName == null || foldedName.isBlank()) {
            return "";
        }
        String key = normalize(foldedName);
        return people.getOrDefault(key, key);
    }

    /** The join key of one folded word, a surname: folded and replaced by its class's spelling. */
    public String canonicalWord(String foldedWord) {
        if (foldedWord == null || foldedWord.isBlank()) {
            return "";
        }
        String folded = fold(foldedWord.strip());
        return surnames.getOrDefault(folded, folded);
    }

    /** True when the dictionary lists this spelling (or one the fold makes equal) of a person. */
    public boolean known(String foldedName) {
        return foldedName != null && !foldedName.isBlank() && people.containsKey(normalize(foldedName));
    }

    /** Every word folded and replaced by its surname class's spelling. */
    private String normalize(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (String word : name.strip().split(" +")) {
            String folded = fold(word);
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(surnames.getOrDefault(folded, folded));
        }
        return out.toString();
    }

    /** The spelling folds, in order, repeated until the word no longer changes (at most 10 passes). */
    String fold(String word) {
        String s = word;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            String before = s;
            for (Fold f : folds) {
                s = f.apply(s);
            }
            if (s.equals(before)) {
                break;
            }
        }
        return s;
    }
}
