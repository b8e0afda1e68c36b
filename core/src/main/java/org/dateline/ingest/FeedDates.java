package org.dateline.ingest;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.dateline.model.Published;

/** Feed dates as written (RFC 822 in RSS, RFC 3339 in Atom), keeping the offset the feed gave. */
final class FeedDates {
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.ofPattern(
        "[EEE, ]d MMM uuuu HH:mm[:ss] [xx][zzz]", Locale.ENGLISH);

    private FeedDates() {}

    static Published parse(String raw) {
        String s = raw.strip().replaceAll("\\s+", " ");
        try {
            return Published.parse(s);
        } catch (DateTimeParseException e) {
            // not ISO: try RFC 822
        }
        try {
            return Published.of(OffsetDateTime.parse(s.replace("GMT", "+0000").replace("UT ", "+0000 "), RFC_822));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
