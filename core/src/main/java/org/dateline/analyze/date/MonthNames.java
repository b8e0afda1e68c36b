package org.dateline.analyze.date;

import java.util.Locale;

/**
 * Whether a word names a month as the dates stage reads it ("November", "nov", "Sept."): for other
 * stages, which must not read a day of the month ("Nov. 2") as a count.
 */
public final class MonthNames {
    private MonthNames() {}

    public static boolean isMonth(String word) {
        return word != null && Vocabulary.MONTHS.containsKey(word.toLowerCase(Locale.ROOT));
    }
}
