package org.dateline.analyze.date;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The calendar words the rules recognise, with their TimeML codes. All keys are lower case. */
final class Vocabulary {
    private Vocabulary() {}

    /**
     * The unknown value of one day, week, month or year that no calendar fixes: "the 99th day" of
     * some stretch, "the day" before an event.
     */
    static final Map<String, String> UNKNOWN_PERIOD = Map.of("day", "XXXX-XX-XX", "week", "XXXX-WXX",
        "month", "XXXX-XX", "year", "XXXX");

    static final Map<String, Integer> MONTHS = Map.ofEntries(
        Map.entry("january", 1), Map.entry("jan", 1), Map.entry("jan.", 1),
        Map.entry("february", 2), Map.entry("feb", 2), Map.entry("feb.", 2),
        Map.entry("march", 3), Map.entry("mar", 3), Map.entry("mar.", 3),
        Map.entry("april", 4), Map.entry("apr", 4), Map.entry("apr.", 4),
        Map.entry("may", 5),
        Map.entry("june", 6), Map.entry("jun", 6), Map.entry("jun.", 6),
        Map.entry("july", 7), Map.entry("jul", 7), Map.entry("jul.", 7),
        Map.entry("august", 8), Map.entry("aug", 8), Map.entry("aug.", 8),
        Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sep.", 9), Map.entry("sept", 9),
        Map.entry("sept.", 9),
        Map.entry("october", 10), Map.entry("oct", 10), Map.entry("oct.", 10),
        Map.entry("november", 11), Map.entry("nov", 11), Map.entry("nov.", 11),
        Map.entry("december", 12), Map.entry("dec", 12), Map.entry("dec.", 12));

    /** ISO day of week, Monday = 1. */
    static final Map<String, Integer> WEEKDAYS = Map.ofEntries(
        Map.entry("monday", 1), Map.entry("tuesday", 2), Map.entry("wednesday", 3),
        Map.entry("thursday", 4), Map.entry("friday", 5), Map.entry("saturday", 6),
        Map.entry("sunday", 7));

    static final Map<String, String> SEASONS = Map.of(
        "spring", "SP", "summer", "SU", "autumn", "FA", "fall", "FA", "winter", "WI");

    static final Map<String, Integer> ORDINALS = Map.of(
        "first", 1, "second", 2, "third", 3, "fourth", 4, "1st", 1, "2nd", 2, "3rd", 3, "4th", 4);

    /** Unit words to their TimeML duration designator and multiplier (a decade is ten years). */
    record Unit(String code, int times, boolean timePart) {}

    static final Map<String, Unit> UNITS = Map.ofEntries(
        Map.entry("second", new Unit("S", 1, true)), Map.entry("minute", new Unit("M", 1, true)),
        Map.entry("hour", new Unit("H", 1, true)), Map.entry("day", new Unit("D", 1, false)),
        Map.entry("week", new Unit("W", 1, false)), Map.entry("month", new Unit("M", 1, false)),
        Map.entry("year", new Unit("Y", 1, false)), Map.entry("decade", new Unit("Y", 10, false)),
        Map.entry("century", new Unit("Y", 100, false)));

    static final Map<String, Integer> NUMBERS = Map.ofEntries(
        Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2),
        Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
        Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
        Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15),
        Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
        Map.entry("hundred", 100), Map.entry("couple", 2));

    /** Quantities too vague for a number: TimeML writes X ("PXM"). */
    static final Set<String> VAGUE = Set.of("few", "several", "many", "some", "recent", "numerous");

    /** Words that make an expression relative to the anchor in a way SUTime already computes. */
    static final Set<String> RELATIVE = Set.of("last", "next", "this", "previous", "coming", "past",
        "following", "ago", "yesterday", "tomorrow", "today", "tonight", "current", "later", "earlier",
        "before", "after", "upcoming", "same", "that");

    static final Pattern YEAR = Pattern.compile("(1[0-9]|20)\\d\\d");
    static final Pattern SHORT_YEAR = Pattern.compile("'\\d\\d");
    static final Pattern DAY = Pattern.compile("([1-9]|[12]\\d|3[01])(st|nd|rd|th)?");

    /** The unit a word names, plural or singular, or null. */
    static Unit unit(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Unit u = UNITS.get(w);
        if (u == null && w.endsWith("s")) {
            u = UNITS.get(w.substring(0, w.length() - 1));
        }
        if (u == null && w.equals("centuries")) {
            u = UNITS.get("century");
        }
        return u;
    }

    static boolean isYear(String word) {
        return YEAR.matcher(word).matches() || SHORT_YEAR.matcher(word).matches();
    }

    static Integer day(String word) {
        var m = DAY.matcher(word);
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }
}
