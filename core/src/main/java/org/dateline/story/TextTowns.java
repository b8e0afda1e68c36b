package org.dateline.story;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.analyze.data.UsTowns;
import org.dateline.analyze.entity.ActorCodes;
import org.dateline.model.ArticleRecord;
import org.dateline.model.EntityType;

/**
 * What an article's words say of the known towns ({@link KnownTowns}) for {@link ReportPlace}:
 * whether it is an article of the United States and which states it names, which names it calls a
 * part of a town ("the Upton neighborhood"), and the first known town the text puts something in
 * ("at a home in Arab Tuesday").
 */
final class TextTowns {
    /**
     * "in Arab", "near southwest Fresno": a capitalised name of up to four words the text puts
     * something in; not one before "and" or "&" and another name, a corner of two streets ("near
     * Ponderosa and Anvil") or a list of towns ("in Tulsa and Dallas").
     */
    private static final Pattern PUT_IN = Pattern.compile("(?<![\\p{L}])(?:[Ii]n|near|outside) (?:(?:"
        + ReportTown.BEFORE_WORDS + ") )?(\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){0,3})(?![\\p{L}'’-])"
        + "(?! (?:and|&) \\p{Lu})");
    /** "the Upton neighborhood", "the city's East Germantown section": a name the words before and after make a part of a town. */
    private static final Pattern PART_NAMED = Pattern.compile("(?:(?<![\\p{L}])[Tt]he |\\p{L}['’]s )"
        + "(\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){0,3}) (?i:" + String.join("|", ReportTown.NAMED_PARTS) + ")(?![\\p{L}])");
    /** A day's or a month's name ("Tuesday", "March"; {@link HeadlineTown#DAYS}), which may follow a town's name. */
    private static final Pattern CALENDAR_WORD = Pattern.compile(HeadlineTown.DAYS);

    private TextTowns() {}

    /** A known town as the text writes it and the char offset it starts at. */
    record Found(String name, int start) {}

    /**
     * What an article of the United States says of the known towns: the states it names (empty for
     * none) and the names it calls a part of a town ({@link #partsNamed}), folded as {@link KnownTowns} folds.
     */
    record Towns(Set<String> states, Set<String> parts) {
        /** Whether the name is a known town of the states that the text does not call a part of a town. */
        boolean known(String name) {
            return name != null && !parts.contains(UsTowns.fold(name)) && KnownTowns.known(name, states);
        }
    }

    /** The article's towns ({@link Towns}), or null when it is no article of the United States ({@link #states}). */
    static Towns of(ArticleRecord r) {
        String words = (r.title() == null ? "" : r.title() + "\n") + r.text();
        Set<String> states = states(r, words);
        return states == null ? null : new Towns(states, partsNamed(words));
    }

    /**
     * The names the text calls a part of a town with "the" or a possessive before and a word of
     * {@code town-parts.tsv} marked {@code named} after ("the Upton neighborhood", "the city's East
     * Germantown section"), folded: such a name is a neighbourhood of the article's town though a
     * town of some state bears it. Not "a Chicago neighborhood", a part of the town it names.
     */
    static Set<String> partsNamed(String text) {
        Set<String> parts = new HashSet<>();
        Matcher m = PART_NAMED.matcher(text);
        while (m.find()) {
            parts.add(UsTowns.fold(m.group(1)));
        }
        return parts;
    }

    /**
     * The states an article of the United States names in its title and text ({@code words};
     * {@link KnownTowns#statesNamed}, empty for none), or null when it is no such article as far
     * as its places tell: one of them is a
     * country, a capital, a region or a city the entity stage's tables put in another country
     * ({@link ActorCodes#countryCode}, {@link ActorCodes#placeCode}; a US state's name is the
     * state's, though Georgia is a country too). The list of towns is of the United States only:
     * a report that names Karabakh and talks in Geneva does not take them for Geneva, New York.
     */
    private static Set<String> states(ArticleRecord r, String words) {
        ActorCodes codes = ActorCodes.standard();
        boolean abroad = r.entities().stream().anyMatch(e -> e.type() == EntityType.LOCATION
            && !KnownTowns.isState(e.name())
            && Optional.ofNullable(e.code()).or(() -> codes.countryCode(e.name())).or(() -> codes.placeCode(e.name()))
                .filter(code -> !code.startsWith("USA")).isPresent());
        return abroad ? null : KnownTowns.statesNamed(words);
    }

    /**
     * The first known town of the states that the text puts something in, near or outside ("at a
     * home in Arab Tuesday", "a farm off Marshall Road in Crows Landing", "in southwest Macon";
     * {@code town-modifiers.tsv} words between), the whole capitalised name known ("in Deerfield
     * Township" is none), no state ({@code isRegion}); null when none.
     */
    static Found putIn(String text, Towns towns, Predicate<String> isRegion) {
        Matcher m = PUT_IN.matcher(text);
        while (m.find()) {
            String town = knownName(beforeSentenceEnd(m.group(1)), towns, isRegion);
            if (town != null) {
                return new Found(town, m.start(1));
            }
        }
        return null;
    }

    /** The words up to a sentence's end: "Arab Tuesday" of "Arab Tuesday. It"; "St. Louis" keeps its abbreviation. */
    private static String beforeSentenceEnd(String words) {
        StringBuilder kept = new StringBuilder();
        for (String word : words.split(" ")) {
            boolean ends = word.endsWith(".") && !ReportPlace.LONE_ABBREVIATION.matcher(word).matches();
            kept.append(kept.isEmpty() ? "" : " ").append(ends ? word.substring(0, word.length() - 1) : word);
            if (ends) {
                break;
            }
        }
        return kept.toString();
    }

    /**
     * The name if it is a known town of the states and no state, or the part of it before a day or
     * a month ("in Arab Tuesday"); else null. No shorter part otherwise: "Deerfield Township",
     * "Beaverdam Road" name no town.
     */
    private static String knownName(String name, Towns towns, Predicate<String> isRegion) {
        String[] words = name.split(" ");
        for (int n = words.length; n > 0; n--) {
            String part = String.join(" ", Arrays.copyOf(words, n));
            if (!isRegion.test(part) && towns.known(part)) {
                return part;
            }
            if (!CALENDAR_WORD.matcher(words[n - 1]).matches()) {
                return null;
            }
        }
        return null;
    }
}
