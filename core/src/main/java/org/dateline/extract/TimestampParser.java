package org.dateline.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.Published;

/**
 * Reads timestamp lines ("Published: 12 Jan 2024, 09:30 GMT", "Mon 4 Mar 2024 06.00 GMT").
 *
 * <p>A line counts only when it is nothing but a timestamp: every piece is consumed by a date,
 * time, zone, weekday or label pattern and what is left is punctuation. That is what keeps a date
 * inside a body sentence ("On March 5, 2024 the minister said ...") from becoming the published
 * time.
 */
final class TimestampParser {
    private static final String MONTH =
        "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final Pattern UPDATED_LABEL = Pattern.compile(
        "^(?:last\\s+updated|last\\s+modified|updated|update|modified|edited|last\\s+edited)(?:\\s+(?:on|at))?\\s*:?", CI);
    private static final Pattern PUBLISHED_LABEL = Pattern.compile(
        "^(?:first\\s+published|published|posted|date(?:\\s+published)?|created|released|issued)"
            + "(?:\\s+(?:on|at))?\\s*:?", CI);
    /** Where a second stamp starts inside one line: "...GMT | Updated ...", "...GMTUpdated 2 hours ago". */
    private static final Pattern SEGMENT_BREAK = Pattern.compile(
        "\\s*[|\u2022\u00b7]\\s*|(?<!Last )(?=(?:Last )?(?:Updated|Update|Modified)\\b)");
    private static final Pattern RELATIVE = Pattern.compile(
        "^(?:about\\s+|over\\s+)?(?:\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|"
            + "eleven|twelve)\\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)"
            + "\\s+ago$|^just now$|^yesterday$|^today$", CI);
    private static final Pattern ISO = Pattern.compile(
        "(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?"
            + "\\s?(Z|[+\\-]\\d{2}(?::?\\d{2})?)?)?(?![\\d\\w])");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
        "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})(?!\\d)", CI);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
        "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)", CI);
    private static final Pattern NUMERIC_DATE = Pattern.compile("(?<![\\d.])(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4})(?!\\d)");
    private static final Pattern CLOCK = Pattern.compile(
        "(?<![\\d.:])(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?(?![\\d])(?:\\s*([ap])\\.?\\s?m\\b\\.?)?", CI);
    private static final Pattern HOUR_ONLY = Pattern.compile("(?<![\\d.:])(\\d{1,2})\\s*([ap])\\.?\\s?m\\b\\.?", CI);
    private static final Pattern WEEKDAY = Pattern.compile(
        "\\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\\b\\.?", CI);
    private static final Pattern FILLER = Pattern.compile("\\b(?:on|at|local\\s+time|time|hrs)\\b", CI);
    private static final Pattern LEFTOVER_WORD = Pattern.compile("[\\p{L}\\p{N}]");

    private TimestampParser() {}

    /** A line that is only a label ("Published", "Updated:"), whose value sits on the next line. */
    static Optional<Stamp.Kind> labelOnly(String line) {
        String s = line.strip();
        Matcher up = UPDATED_LABEL.matcher(s);
        if (up.find() && up.end() == s.length()) {
            return Optional.of(Stamp.Kind.UPDATED);
        }
        Matcher pub = PUBLISHED_LABEL.matcher(s);
        if (pub.find() && pub.end() == s.length()) {
            return Optional.of(Stamp.Kind.PUBLISHED);
        }
        return Optional.empty();
    }

    /** The stamps of a line that is nothing but timestamps, or empty for any other line. */
    static Optional<List<Stamp>> parseLine(String line) {
        String s = normalise(line).strip();
        if (s.isEmpty() || s.length() > 160) {
            return Optional.empty();
        }
        List<Stamp> stamps = new ArrayList<>();
        for (String segment : SEGMENT_BREAK.split(s)) {
            if (segment.isBlank()) {
                continue;
            }
            Optional<Stamp> stamp = parseSegment(segment.strip());
            if (stamp.isEmpty()) {
                return Optional.empty();
            }
            stamps.add(stamp.get());
        }
        return stamps.isEmpty() ? Optional.empty() : Optional.of(stamps);
    }

    /** One "label? date time zone" piece. */
    static Optional<Stamp> parseSegment(String segment) {
        Stamp.Kind kind = Stamp.Kind.PUBLISHED;
        String rest = segment;
        Matcher up = UPDATED_LABEL.matcher(rest);
        Matcher pub = PUBLISHED_LABEL.matcher(rest);
        if (up.find()) {
            kind = Stamp.Kind.UPDATED;
            rest = rest.substring(up.end());
        } else if (pub.find()) {
            rest = rest.substring(pub.end());
        }
        rest = rest.strip();
        String bare = rest.replaceAll("^[\\s:,\\-]+|[\\s.,]+$", "");
        if (RELATIVE.matcher(bare).matches()) {
            return Optional.of(new Stamp(kind, null, bare, segment, List.of()));
        }
        return readAbsolute(kind, rest, segment);
    }

    private static Optional<Stamp> readAbsolute(Stamp.Kind kind, String text, String raw) {
        StringBuilder left = new StringBuilder(text);
        List<String> notes = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        LocalTime time = null;
        ZoneOffset offset = null;
        String zoneNote = null;
        String regional = null;

        Matcher iso = ISO.matcher(text);
        while (iso.find()) {
            LocalDate d = date(iso.group(1), iso.group(2), iso.group(3));
            if (d == null) {
                return Optional.empty();
            }
            dates.add(d);
            if (iso.group(4) != null && time == null) {
                time = clock(iso.group(4), iso.group(5), iso.group(6), null);
                if (iso.group(7) != null) {
                    offset = ZoneTable.parse(iso.group(7)).orElse(null);
                }
            }
            blank(left, iso.start(), iso.end());
        }
        Matcher dmy = DAY_MONTH_YEAR.matcher(left);
        while (dmy.find()) {
            dates.add(date(dmy.group(3), month(dmy.group(2)), dmy.group(1)));
            blank(left, dmy.start(), dmy.end());
        }
        Matcher mdy = MONTH_DAY_YEAR.matcher(left);
        while (mdy.find()) {
            dates.add(date(mdy.group(3), month(mdy.group(1)), mdy.group(2)));
            blank(left, mdy.start(), mdy.end());
        }
        Matcher num = NUMERIC_DATE.matcher(left);
        while (num.find()) {
            int a = Integer.parseInt(num.group(1));
            int b = Integer.parseInt(num.group(3));
            boolean monthFirst = "/".equals(num.group(2)) && b > 12 && a <= 12;
            if ("/".equals(num.group(2)) && a <= 12 && b <= 12 && a != b) {
                notes.add("ambiguous numeric date " + num.group() + " read as day/month");
            }
            dates.add(monthFirst ? date(num.group(4), num.group(1), num.group(3))
                : date(num.group(4), num.group(3), num.group(1)));
            blank(left, num.start(), num.end());
        }
        if (dates.isEmpty() || dates.contains(null)) {
            return Optional.empty();
        }
        if (dates.stream().distinct().count() > 1) {
            notes.add("timestamp '" + raw + "' gives several dates; using " + dates.get(0));
        }

        Matcher clock = CLOCK.matcher(left);
        if (clock.find()) {
            LocalTime t = clock(clock.group(1), clock.group(2), clock.group(3), clock.group(4));
            if (t == null) {
                return Optional.empty();
            }
            time = time == null ? t : time;
            blank(left, clock.start(), clock.end());
        } else {
            Matcher hour = HOUR_ONLY.matcher(left);
            if (hour.find()) {
                time = time == null ? clock(hour.group(1), "00", null, hour.group(2)) : time;
                blank(left, hour.start(), hour.end());
            }
        }

        Matcher utc = ZoneTable.UTC_FORM.matcher(left);
        if (utc.find()) {
            offset = utc.group(1) == null ? ZoneOffset.UTC
                : ZoneTable.signed(utc.group(1).replace('\u2212', '-'), utc.group(2), utc.group(3));
            blank(left, utc.start(), utc.end());
        }
        Matcher numeric = ZoneTable.NUMERIC_FORM.matcher(left);
        if (offset == null && numeric.find()) {
            offset = ZoneTable.signed(numeric.group(1).replace('\u2212', '-'), numeric.group(2), numeric.group(3));
            blank(left, numeric.start(), numeric.end());
        }
        Matcher abbr = ZoneTable.ABBREVIATION.matcher(left);
        while (abbr.find()) {
            String a = abbr.group(1);
            if (!ZoneTable.isKnown(a)) {
                continue;
            }
            if (offset == null) {
                if (ZoneTable.isRegional(a)) {
                    regional = a;
                } else {
                    offset = ZoneTable.abbreviation(a).orElseThrow();
                    if (ZoneTable.isAmbiguous(a)) {
                        zoneNote = "zone abbreviation " + a + " is used by several regions; read as UTC"
                            + (offset.getTotalSeconds() == 0 ? "" : offset.getId());
                    }
                }
            }
            blank(left, abbr.start(), abbr.end());
        }

        String rest = WEEKDAY.matcher(left).replaceAll(" ");
        rest = FILLER.matcher(rest).replaceAll(" ");
        if (LEFTOVER_WORD.matcher(rest).find()) {
            return Optional.empty();
        }
        if (regional != null && time != null) {
            offset = ZoneTable.regional(regional, LocalDateTime.of(dates.get(0), time));
        }
        if (time == null && offset != null) {
            notes.add("timestamp '" + raw + "' gives a zone but no time of day; zone dropped");
            offset = null;
        }
        if (zoneNote != null) {
            notes.add(zoneNote);
        }
        return Optional.of(new Stamp(kind, new Published(dates.get(0), time, offset), null, raw, notes));
    }

    /** Blanks out consumed text so the same characters are not read twice. */
    private static void blank(StringBuilder b, int start, int end) {
        for (int i = start; i < end; i++) {
            b.setCharAt(i, ' ');
        }
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String month(String name) {
        String m = name.toLowerCase(Locale.ROOT).substring(0, 3);
        int i = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(m);
        return Integer.toString(i + 1);
    }

    private static LocalTime clock(String h, String m, String s, String meridiem) {
        int hour = Integer.parseInt(h);
        int minute = Integer.parseInt(m);
        int second = s == null ? 0 : Integer.parseInt(s);
        if (meridiem != null) {
            if (hour < 1 || hour > 12) {
                return null;
            }
            boolean pm = meridiem.equalsIgnoreCase("p");
            hour = hour % 12 + (pm ? 12 : 0);
        }
        if (hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        return LocalTime.of(hour, minute, second);
    }

    /** Pages mix no-break and thin spaces into timestamps; they mean an ordinary space. */
    private static String normalise(String s) {
        return s.replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2009', ' ');
    }
}
