package org.dateline.analyze.date;

import java.util.List;
import java.util.Locale;

/**
 * Reads a quantity and a unit ("three years", "a month", "several weeks", "90 days", "a decade")
 * into a TimeML duration value ("P3Y", "P1M", "PXW", "P90D", "P10Y").
 */
final class Durations {
    private Durations() {}

    /** The duration the words measure, or null when they hold no unit. Only the last unit counts. */
    static String value(List<String> words) {
        int unitAt = -1;
        for (int i = words.size() - 1; i >= 0; i--) {
            if (Vocabulary.unit(words.get(i)) != null) {
                unitAt = i;
                break;
            }
        }
        if (unitAt < 0) {
            return null;
        }
        Vocabulary.Unit unit = Vocabulary.unit(words.get(unitAt));
        String quantity = null;
        for (int i = unitAt - 1; i >= 0 && quantity == null; i--) {
            quantity = quantity(words.get(i));
        }
        if (quantity == null) {
            // "months" alone is vague; "month" alone ("the month") is one.
            quantity = words.get(unitAt).endsWith("s") ? "X" : "1";
        }
        if (!quantity.equals("X") && unit.times() != 1) {
            quantity = String.valueOf(Long.parseLong(quantity) * unit.times());
        }
        return (unit.timePart() ? "PT" : "P") + quantity + unit.code();
    }

    /** A number ("3", "three", "a") as digits, a vague one ("several") as X, else null. */
    static String quantity(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace(",", "");
        if (w.matches("\\d+")) {
            return w;
        }
        Integer n = Vocabulary.NUMBERS.get(w);
        if (n != null) {
            return n.toString();
        }
        return Vocabulary.VAGUE.contains(w) ? "X" : null;
    }

    /** The index of the first word of the quantity before the unit at {@code unitAt}, or unitAt. */
    static int quantityStart(List<String> words, int unitAt) {
        int i = unitAt;
        while (i - 1 >= 0 && (quantity(words.get(i - 1)) != null || words.get(i - 1).equals("of")
                || words.get(i - 1).equals("-"))) {
            i--;
        }
        return i;
    }
}
