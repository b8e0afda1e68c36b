package org.dateline.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * A publication time as precise as the page gave it: a date, perhaps a time, perhaps a UTC offset.
 * It keeps the page's own offset instead of converting to UTC, since a reader in Baku and a reader
 * in London should both see the local clock the outlet printed.
 */
public record Published(LocalDate date, LocalTime time, ZoneOffset offset) implements Serializable {
    private static final DateTimeFormatter WITH_OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    public Published {
        Objects.requireNonNull(date, "date");
        if (time == null && offset != null) {
            throw new IllegalArgumentException("an offset needs a time");
        }
    }

    public static Published of(OffsetDateTime t) {
        return new Published(t.toLocalDate(), t.toLocalTime(), t.getOffset());
    }

    public static Published ofDate(LocalDate d) {
        return new Published(d, null, null);
    }

    /**
     * Reads what {@link #toIso()} writes, and the ISO forms people type: {@code 2023-03-01},
     * {@code 2023-03-01T14:07}, {@code 2023-03-01T14:07:00+04:00}, {@code ...Z}.
     */
    @JsonCreator
    public static Published parse(String iso) {
        String s = iso.trim();
        if (s.length() == 10) {
            return ofDate(LocalDate.parse(s));
        }
        try {
            return of(OffsetDateTime.parse(s));
        } catch (java.time.format.DateTimeParseException e) {
            LocalDateTime local = LocalDateTime.parse(s);
            return new Published(local.toLocalDate(), local.toLocalTime(), null);
        }
    }

    /**
     * ISO-8601: with the page's offset when it gave one, date only when it gave no time. This is
     * the contract's {@code published} string, so it is also the JSON form.
     */
    @JsonValue
    public String toIso() {
        if (time == null) {
            return date.toString();
        }
        LocalDateTime local = LocalDateTime.of(date, time);
        return offset == null ? LOCAL.format(local) : WITH_OFFSET.format(local.atOffset(offset));
    }

    @Override
    public String toString() {
        return toIso();
    }
}
