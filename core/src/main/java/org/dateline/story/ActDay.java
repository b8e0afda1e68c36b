package org.dateline.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.dateline.analyze.data.TsvTable;
import org.dateline.model.ArticleRecord;
import org.dateline.model.DateFact;

/**
 * The day a report's words tie to its violent act ({@code act-day-words.tsv}): a day written right
 * before an act noun ("the August 14 shooting death", "Tuesday's fatal shooting") or "on" a day later
 * in the sentence of an act word ("accused of killing Ernest Edwards at the Nite Owl, 601 W. Main
 * St., on Jan. 26"). An arrest, a charge or a sentence reported weeks or months on dates itself in
 * its own words and names the shooting's day only so. When the usable tied dates name more than one
 * day (a round-up of a month's shootings), none is the report's.
 */
final class ActDay {
    /** How far before a day an act word may stand in its sentence, in characters. */
    private static final int AFTER_REACH = 80;
    private static final Pattern BEFORE;
    private static final Pattern AFTER;

    static {
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.resource(ActDay.class, "act-day-words.tsv", "word", "ties").rows()) {
            String word = Pattern.quote(row.get("word"));
            switch (row.get("ties")) {
                case "before" -> before.add(word);
                case "after" -> after.add(word);
                case "both" -> {
                    before.add(word);
                    after.add(word);
                }
                default -> throw new IllegalStateException("act-day-words.tsv: ties must be before, after or both, not "
                    + row.get("ties"));
            }
        }
        // the text right after the day: "'s" and up to two words ("fatal", "double"), then the noun
        BEFORE = Pattern.compile("^(?:['’]s)?(?:\\s+[\\w-]+){0,2}?\\s+(?:" + String.join("|", before) + ")\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        // the text right before the day: an act word, then no end of sentence (the point of a short
        // capitalised abbreviation, "601 W. Main St.", ends none), then "on"
        AFTER = Pattern.compile("\\b(?:" + String.join("|", after) + ")\\b(?:[^.;!?]|(?<=\\b(?-i:[A-Z][A-Za-z]{0,2}))\\.){0,"
            + AFTER_REACH + "}\\bon\\s+$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private ActDay() {}

    /** The first of the record's dates that {@code usable} accepts and the words tie to an act, when all such name one day; else null. */
    static DateFact of(ArticleRecord r, Predicate<DateFact> usable) {
        String text = r.text();
        Set<LocalDate> days = new LinkedHashSet<>();
        DateFact first = null;
        int length = text.codePointCount(0, text.length());
        for (DateFact d : r.dates()) {
            LocalDate day = DateFact.dayOf(d.value());
            if (day == null || d.end() > length || !usable.test(d)) {
                continue;
            }
            // a date's offsets count code points
            int start = text.offsetByCodePoints(0, d.start());
            int end = text.offsetByCodePoints(start, d.end() - d.start());
            if (BEFORE.matcher(text.substring(end, Math.min(text.length(), end + 60))).find()
                || AFTER.matcher(text.substring(Math.max(0, start - AFTER_REACH - 40), start)).find()) {
                days.add(day);
                if (first == null) {
                    first = d;
                }
            }
        }
        return days.size() == 1 ? first : null;
    }
}
