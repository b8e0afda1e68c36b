package org.dateline.analyze.date;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives a year (or week) to a calendar name that lacks one: "XXXX-02-28", "XXXX-12",
 * "XXXX-WXX-2", "XXXX-WXX-WE", "XXXX-SU", "XXXX-Q4", keeping any time suffix ("XXXX-WXX-7TNI").
 * The tense picks the side of the anchor: past on or before it, future on or after, present the
 * nearer one. This replaces SUTime's habit of staying in the anchor's year or week, which puts a
 * past "Sunday" or a past "December 3" into the future.
 */
final class CalendarResolver {
    private static final Pattern MONTH_DAY = Pattern.compile("XXXX-(\\d\\d)-(\\d\\d)(T.*)?");
    private static final Pattern MONTH = Pattern.compile("XXXX-(\\d\\d)");
    private static final Pattern WEEKDAY = Pattern.compile("XXXX-WXX-(\\d)(T.*)?");
    private static final Pattern WEEKEND = Pattern.compile("XXXX-WXX-WE");
    private static final Pattern SEASON = Pattern.compile("XXXX-(SP|SU|FA|WI)");
    private static final Pattern QUARTER = Pattern.compile("XXXX-Q([1-4])");
    private static final List<String> SEASON_CODES = List.of("SP", "SU", "FA", "WI");

    /** The resolved value, or the value unchanged when it is not such a name or there is no anchor. */
    String resolve(String value, LocalDate anchor, Tense tense) {
        if (value == null || anchor == null || !value.startsWith("XXXX-")) {
            return value;
        }
        Matcher m;
        if ((m = MONTH_DAY.matcher(value)).matches()) {
            return monthDay(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), anchor, tense)
                + suffix(m.group(3));
        }
        if ((m = WEEKDAY.matcher(value)).matches()) {
            return weekday(Integer.parseInt(m.group(1)), anchor, tense) + suffix(m.group(2));
        }
        if (WEEKEND.matcher(value).matches()) {
            // The weekend whose Saturday the tense picks, named by its ISO week.
            return Periods.of(LocalDate.parse(weekday(6, anchor, tense)), "week") + "-WE";
        }
        if ((m = MONTH.matcher(value)).matches()) {
            int month = Integer.parseInt(m.group(1));
            int index = pick(anchor.getYear() * 12 + anchor.getMonthValue() - 1, anchor.getYear() * 12 + month - 1,
                12, tense);
            return String.format("%04d-%02d", Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
        }
        if ((m = SEASON.matcher(value)).matches()) {
            // Seasons numbered from spring; winter runs December to February and belongs to the
            // year of its December, as TimeML writes it.
            int month = anchor.getMonthValue();
            int anchorSeason = month <= 2 ? 3 : (month - 3) / 3;
            int anchorYear = month <= 2 ? anchor.getYear() - 1 : anchor.getYear();
            int index = pick(anchorYear * 4 + anchorSeason, anchorYear * 4 + SEASON_CODES.indexOf(m.group(1)), 4, tense);
            return Math.floorDiv(index, 4) + "-" + SEASON_CODES.get(Math.floorMod(index, 4));
        }
        if ((m = QUARTER.matcher(value)).matches()) {
            int anchorQuarter = (anchor.getMonthValue() - 1) / 3;
            int index = pick(anchor.getYear() * 4 + anchorQuarter,
                anchor.getYear() * 4 + Integer.parseInt(m.group(1)) - 1, 4, tense);
            return Math.floorDiv(index, 4) + "-Q" + (Math.floorMod(index, 4) + 1);
        }
        return value;
    }

    private static String suffix(String s) {
        return s == null ? "" : s;
    }

    /**
     * Chooses among the candidate, one cycle earlier and one later, the one the tense allows.
     * Indices count months, seasons or quarters; {@code cycle} is their number per year.
     */
    private static int pick(int anchor, int sameYear, int cycle, Tense tense) {
        int before = sameYear <= anchor ? sameYear : sameYear - cycle;
        int after = sameYear >= anchor ? sameYear : sameYear + cycle;
        return switch (tense) {
            case FUTURE -> after;
            case PRESENT -> anchor - before <= after - anchor ? before : after;
            default -> before;
        };
    }

    private static String monthDay(int month, int day, LocalDate anchor, Tense tense) {
        LocalDate before = null;
        LocalDate after = null;
        for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
            LocalDate d = safeDate(y, month, day);
            if (d == null) {
                continue;
            }
            if (!d.isAfter(anchor)) {
                before = d;
            }
            if (!d.isBefore(anchor) && after == null) {
                after = d;
            }
        }
        LocalDate chosen = switch (tense) {
            case FUTURE -> after;
            case PRESENT -> before == null || (after != null
                && ChronoUnit.DAYS.between(anchor, after) < ChronoUnit.DAYS.between(before, anchor)) ? after : before;
            default -> before;
        };
        if (chosen == null) { // 29 February with no leap year in reach
            return String.format("XXXX-%02d-%02d", month, day);
        }
        return chosen.toString();
    }

    private static LocalDate safeDate(int y, int month, int day) {
        try {
            return LocalDate.of(y, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static String weekday(int isoDay, LocalDate anchor, Tense tense) {
        int back = Math.floorMod(anchor.getDayOfWeek().getValue() - isoDay, 7);
        int forward = Math.floorMod(isoDay - anchor.getDayOfWeek().getValue(), 7);
        LocalDate d = switch (tense) {
            case FUTURE -> anchor.plusDays(forward);
            case PRESENT -> forward < back ? anchor.plusDays(forward) : anchor.minusDays(back);
            default -> anchor.minusDays(back);
        };
        return d.toString();
    }
}
