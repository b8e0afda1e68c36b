package org.dateline.extract;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the zone notations news pages print into UTC offsets. Abbreviations are data, not logic:
 * pages print the abbreviation they mean, so EST stays -05:00 even in July (the page's clock is
 * what we keep). The few abbreviations used by several regions keep the reading the project
 * documents and are reported as ambiguous, so a human can check them.
 */
final class ZoneTable {
    private static final Map<String, String> FIXED = Map.ofEntries(
        Map.entry("GMT", "Z"), Map.entry("UTC", "Z"), Map.entry("UT", "Z"), Map.entry("Z", "Z"),
        Map.entry("WET", "Z"), Map.entry("WEST", "+01:00"), Map.entry("BST", "+01:00"),
        Map.entry("CET", "+01:00"), Map.entry("CEST", "+02:00"), Map.entry("WAT", "+01:00"),
        Map.entry("EET", "+02:00"), Map.entry("EEST", "+03:00"), Map.entry("CAT", "+02:00"),
        Map.entry("SAST", "+02:00"), Map.entry("MSK", "+03:00"), Map.entry("TRT", "+03:00"),
        Map.entry("EAT", "+03:00"), Map.entry("IRST", "+03:30"), Map.entry("GST", "+04:00"),
        Map.entry("AZT", "+04:00"), Map.entry("GET", "+04:00"), Map.entry("PKT", "+05:00"),
        Map.entry("IST", "+05:30"), Map.entry("NPT", "+05:45"), Map.entry("ICT", "+07:00"),
        Map.entry("WIB", "+07:00"), Map.entry("HKT", "+08:00"), Map.entry("SGT", "+08:00"),
        Map.entry("PHT", "+08:00"), Map.entry("AWST", "+08:00"), Map.entry("JST", "+09:00"),
        Map.entry("KST", "+09:00"), Map.entry("AEST", "+10:00"), Map.entry("AEDT", "+11:00"),
        Map.entry("NZST", "+12:00"), Map.entry("NZDT", "+13:00"), Map.entry("AST", "-04:00"),
        Map.entry("ADT", "-03:00"), Map.entry("NST", "-03:30"), Map.entry("BRT", "-03:00"),
        Map.entry("ART", "-03:00"), Map.entry("EST", "-05:00"), Map.entry("EDT", "-04:00"),
        Map.entry("CST", "-06:00"), Map.entry("CDT", "-05:00"), Map.entry("MST", "-07:00"),
        Map.entry("MDT", "-06:00"), Map.entry("PST", "-08:00"), Map.entry("PDT", "-07:00"),
        Map.entry("AKST", "-09:00"), Map.entry("AKDT", "-08:00"), Map.entry("HST", "-10:00"));

    /** Abbreviations another region also uses; the table's reading is flagged, not trusted. */
    private static final Set<String> AMBIGUOUS = Set.of("IST", "CST", "AST", "GST", "BST");

    /** "ET" and friends name a region, not an offset: the date decides between EST and EDT. */
    private static final Map<String, String> REGIONAL = Map.of(
        "ET", "America/New_York", "CT", "America/Chicago", "MT", "America/Denver",
        "PT", "America/Los_Angeles", "UK", "Europe/London");

    /** UTC+04:00, GMT+3, UTC-5:30, GMT +0400 and the bare UTC/GMT. */
    static final Pattern UTC_FORM = Pattern.compile(
        "\\b(?:UTC|GMT)\\s*(?:([+\\-\u2212])\\s*(\\d{1,2})(?::?(\\d{2}))?)?(?![\\w:])");
    /** +0400, +04:00, -05 standing alone (not part of an ISO timestamp, which is read elsewhere). */
    static final Pattern NUMERIC_FORM = Pattern.compile("(?<![\\w:+\\-])([+\\-\u2212])(\\d{2}):?(\\d{2})?(?![\\w:])");
    static final Pattern ABBREVIATION = Pattern.compile("\\b([A-Z]{1,5})\\b");

    private ZoneTable() {}

    /** The fixed offset an abbreviation stands for, if the table knows it. */
    static Optional<ZoneOffset> abbreviation(String abbr) {
        String fixed = FIXED.get(abbr);
        return fixed == null ? Optional.empty() : Optional.of(ZoneOffset.of(fixed));
    }

    static boolean isAmbiguous(String abbr) {
        return AMBIGUOUS.contains(abbr);
    }

    static boolean isRegional(String abbr) {
        return REGIONAL.containsKey(abbr);
    }

    static boolean isKnown(String abbr) {
        return FIXED.containsKey(abbr) || REGIONAL.containsKey(abbr);
    }

    /** The offset a regional zone ("ET") had at a local time: EST in winter, EDT in summer. */
    static ZoneOffset regional(String abbr, LocalDateTime local) {
        ZoneId zone = ZoneId.of(REGIONAL.get(abbr));
        return zone.getRules().getOffset(local.atZone(zone).toInstant());
    }

    /** Sign, hours and optional minutes as printed ("+", "4", "00") to an offset. */
    static ZoneOffset signed(String sign, String hours, String minutes) {
        int h = Integer.parseInt(hours);
        int m = minutes == null ? 0 : Integer.parseInt(minutes);
        int total = h * 3600 + m * 60;
        return ZoneOffset.ofTotalSeconds("+".equals(sign) ? total : -total);
    }

    /** Parses a whole offset token: "Z", "+04:00", "+0400", "+04", or an abbreviation. */
    static Optional<ZoneOffset> parse(String token) {
        String t = token.strip();
        Matcher numeric = Pattern.compile("([+\\-\u2212])(\\d{2}):?(\\d{2})?").matcher(t);
        if (numeric.matches()) {
            return Optional.of(signed(numeric.group(1), numeric.group(2), numeric.group(3)));
        }
        return abbreviation(t);
    }
}
