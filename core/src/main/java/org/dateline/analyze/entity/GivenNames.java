package org.dateline.analyze.entity;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.dateline.analyze.data.TsvTable;

/**
 * Whether two first names may name one person ({@code given-name-forms.tsv}): the same name, one a
 * short form of the other or both forms of one name ("Ron" and "Ronald", "Kathy" and "Katie"), one
 * a part of the other's hyphenated name ("Scorpio" of "Scorpio-Rodney"), or one letter apart in a
 * name of five letters or more (a misspelling: "Micheal", "Cartrial", "Jessie"). Shorter names one
 * letter apart are other names more often than misspellings ("Eric" and "Erin"), and a name that
 * only begins like another is not its short form unless the table says so ("Tony" and "Tonya").
 */
final class GivenNames {
    /** The names a folded first name may stand for: itself, and the names it is a form of. */
    private static final Map<String, Set<String>> NAMES_OF = namesOf();
    private static final int MIN_MISSPELT_LENGTH = 5;

    private GivenNames() {}

    static boolean maySameFirstName(String a, String b) {
        String x = NameMentions.letters(a);
        String y = NameMentions.letters(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (x.equals(y) || hyphenPart(a, y) || hyphenPart(b, x)) {
            return true;
        }
        if (!Collections.disjoint(NAMES_OF.getOrDefault(x, Set.of(x)), NAMES_OF.getOrDefault(y, Set.of(y)))) {
            return true;
        }
        return Math.min(x.length(), y.length()) >= MIN_MISSPELT_LENGTH && oneEditApart(x, y);
    }

    /** Whether a part of the hyphenated name is the folded name: "Scorpio-Rodney" and "scorpio". */
    private static boolean hyphenPart(String hyphenated, String folded) {
        if (!hyphenated.contains("-")) {
            return false;
        }
        for (String part : hyphenated.split("-")) {
            if (NameMentions.letters(part).equals(folded)) {
                return true;
            }
        }
        return false;
    }

    /** One letter added, dropped or replaced, or two neighbours swapped ("micheal", "michael"). */
    static boolean oneEditApart(String x, String y) {
        if (Math.abs(x.length() - y.length()) > 1 || x.equals(y)) {
            return false;
        }
        int i = 0;
        while (i < Math.min(x.length(), y.length()) && x.charAt(i) == y.charAt(i)) {
            i++;
        }
        if (x.length() == y.length()) {
            String restX = x.substring(i + 1);
            String restY = y.substring(i + 1);
            boolean swapped = i + 1 < x.length() && x.charAt(i) == y.charAt(i + 1) && x.charAt(i + 1) == y.charAt(i)
                && x.substring(i + 2).equals(y.substring(i + 2));
            return restX.equals(restY) || swapped;
        }
        String longer = x.length() > y.length() ? x : y;
        String shorter = longer == x ? y : x;
        return longer.substring(i + 1).equals(shorter.substring(i));
    }

    private static Map<String, Set<String>> namesOf() {
        Map<String, Set<String>> out = new HashMap<>();
        for (TsvTable.Row row : TsvTable.resource(GivenNames.class, "given-name-forms.tsv", "name", "forms").rows()) {
            String name = NameMentions.letters(row.get("name"));
            out.computeIfAbsent(name, k -> new HashSet<>(Set.of(k))); // every name is a form of itself
            for (String form : TsvTable.items(row.get("forms"))) {
                String f = NameMentions.letters(form);
                out.computeIfAbsent(f, k -> new HashSet<>(Set.of(k))).add(name);
            }
        }
        Map<String, Set<String>> fixed = new HashMap<>();
        out.forEach((name, names) -> fixed.put(name, Set.copyOf(names)));
        return Map.copyOf(fixed);
    }
}
