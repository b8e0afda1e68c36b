package org.dateline.story;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.analyze.data.TsvTable;
import org.dateline.model.Span;

/**
 * Whether a count's words say the people were hurt and lived ("two were wounded", "injured",
 * "hospitalized", "grazed"), not only hit ("shot", "stabbed"), which the dead were too: the
 * {@code injured} words of {@code casualty-words.tsv}, but not as a noun. A wound noun tells of a
 * body's wound, and the dead have one as much as the living ("Ramirez suffering from a gunshot
 * wound" of the victim who "died at the scene", "succumbed to her injuries"): a count in such words
 * counts those hit, as "shot" does (on the GVA dev set, reading the nouns as the living's raised
 * fused injured 0.591 to 0.625). Words that count people besides those told before ({@code besides}
 * in {@code casualty-modifiers.tsv}: "A 22-year-old man was also shot" after "Smith was killed")
 * count the living apart too: the dead told before are not among them. So do words that say the
 * hurt lived ({@code lived}: "a 9-year-old boy suffered minor injuries", "non-life-threatening
 * gunshot wounds"), though a wound noun alone would not.
 */
final class WoundWords {
    private static final Pattern STEMS;
    private static final Set<String> NOUNS;
    private static final Pattern APART;

    static {
        Set<String> stems = new TreeSet<>();
        Set<String> nouns = new HashSet<>();
        TsvTable words = TsvTable.resource(WoundWords.class, "/org/dateline/analyze/event/casualty-words.tsv",
            "lemma", "pos", "outcome", "victims");
        for (TsvTable.Row row : words.rows()) {
            if (row.get("outcome").equals("injured")) {
                String lemma = row.get("lemma").toLowerCase(Locale.ROOT);
                stems.add(lemma.replaceAll("(e|y|ed)$", "")); // injure, injury, injured: injur
                if (row.get("pos").equals("N")) {
                    nouns.add(lemma);
                    nouns.add(lemma.endsWith("y") ? lemma.substring(0, lemma.length() - 1) + "ies" : lemma + "s");
                }
            }
        }
        STEMS = Pattern.compile("(?i)\\b(" + String.join("|", stems) + ")\\p{L}*");
        NOUNS = Set.copyOf(nouns);
        Set<String> apart = new TreeSet<>(); // words that count the living apart from the dead told before
        for (TsvTable.Row row : TsvTable.resource(WoundWords.class, "/org/dateline/analyze/event/casualty-modifiers.tsv",
            "lemma", "role").rows()) {
            if (row.get("role").equals("besides") || row.get("role").equals("lived")) {
                apart.add(Pattern.quote(row.get("lemma")));
            }
        }
        APART = Pattern.compile("(?i)\\b(" + String.join("|", apart) + ")\\b");
    }

    private WoundWords() {}

    /**
     * Whether these words of a count say the people were hurt and lived ("wounded", "minor
     * injuries"), or are others than those told before ("was also shot"); false for null.
     */
    static boolean namesWound(Span words) {
        if (words == null) {
            return false;
        }
        if (APART.matcher(words.text()).find()) {
            return true;
        }
        Matcher m = STEMS.matcher(words.text());
        while (m.find()) {
            if (!NOUNS.contains(m.group().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
