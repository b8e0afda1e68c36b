package org.dateline.analyze.date;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;

/** Formats the calendar period containing a day at a unit's granularity: 2013, 2013-03, 2013-W11, 201. */
final class Periods {
    private Periods() {}

    static String of(LocalDate d, String unitWord) {
        return switch (unitWord) {
            case "day" -> d.toString();
            case "week" -> String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case "month" -> String.format("%04d-%02d", d.getYear(), d.getMonthValue());
            case "year" -> String.format("%04d", d.getYear());
            case "decade" -> String.format("%03d", d.getYear() / 10);
            case "century" -> String.format("%02d", d.getYear() / 100);
            default -> null;
        };
    }

    /** The day {@code n} units of {@code unitWord} away from {@code d} (negative: earlier). */
    static LocalDate shift(LocalDate d, String unitWord, long n) {
        return switch (unitWord) {
            case "day" -> d.plusDays(n);
            case "week" -> d.plusWeeks(n);
            case "month" -> d.plusMonths(n);
            case "year" -> d.plusYears(n);
            case "decade" -> d.plusYears(10 * n);
            case "century" -> d.plusYears(100 * n);
            default -> null;
        };
    }

    /** The singular unit word for a unit word ("years" -> "year"), or null. */
    static String unitWord(String w) {
        String s = w.toLowerCase(Locale.ROOT);
        if (s.equals("centuries")) {
            return "century";
        }
        if (s.endsWith("s")) {
            s = s.substring(0, s.length() - 1);
        }
        return Vocabulary.UNITS.containsKey(s) ? s : null;
    }
}
