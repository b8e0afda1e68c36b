package org.dateline.analyze.entity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.analyze.data.TsvTable;
import org.dateline.model.NameFold;
import org.dateline.model.Sector;

/**
 * The Phoenix actor dictionary ({@code actors.tsv}, converted from PETRARCH-2 by
 * {@code scripts/convert-phoenix-actors.py}): names of people and organisations with the actor
 * code and sector they had on a given day. "Ilham Aliyev" is AZE/ELI before 4 August 2003 and
 * AZE/GOV after; "Ban Ki-moon" is KOR/GOV in 2005 and IGO in 2010.
 *
 * <h2>What a date gets</h2>
 * A name whose rows carry no dates is timeless (an organisation: "Hamas" PSE/REB) and answers on
 * any day. A name with dated rows is a career as the dictionary knew it: on a day one of its
 * dated rows covers, the latest-starting such row answers; on another day up to the file's last
 * day, its {@code default} row answers; after that, or with no date, nothing does, so a stale
 * role never speaks for a day the dictionary did not see (the entity stage's own rules answer).
 *
 * <p>Names are matched as {@link NameFold#forMatching} folds them, in lower case. Immutable and
 * thread-safe; {@link #standard()} loads the table once, on first use.
 */
public final class ActorDictionary {
    /** One row: a code, a sector (either may be null) and the days it holds (null = unbounded). */
    record Entry(String code, Sector sector, LocalDate from, LocalDate to, boolean fallback) {
        boolean covers(LocalDate day) {
            return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
        }

        boolean timeless() {
            return from == null && to == null && !fallback;
        }
    }

    /**
     * What the dictionary says of a name on a day.
     *
     * @param code alpha-3, IGO, NGO or MNC, or null
     * @param sector the contract sector, or null
     * @param dated true when the answer comes from a dated career, false for a timeless name
     */
    public record Coding(String code, Sector sector, boolean dated) {
    }

    private static final Set<String> ORGANIZATION_CODES = ActorCodes.ORGANIZATION_CODES;

    private final Map<String, Entry[]> byName;

    private ActorDictionary(Map<String, Entry[]> byName) {
        this.byName = byName;
    }

    /** The shared dictionary of the bundled {@code actors.tsv}. */
    public static ActorDictionary standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final ActorDictionary INSTANCE = parse(
            TsvTable.resource(ActorDictionary.class, "actors.tsv"), ActorCodes.standard().countryCodes());
    }

    /**
     * Reads an actor table; a malformed row (unknown code or sector, bad date, a range that ends
     * before it starts, an empty name) fails naming the file and line.
     *
     * @param countries the alpha-3 codes a row may carry besides IGO, NGO and MNC
     */
    static ActorDictionary parse(TsvTable table, Set<String> countries) {
        table.require("name", "code", "sector", "valid_from", "valid_to", "default");
        Map<String, List<Entry>> rows = new HashMap<>();
        Map<String, String> codes = new HashMap<>();
        for (TsvTable.Row row : table.rows()) {
            String key = key(row.get("name"));
            String code = row.get("code");
            String sectorName = row.get("sector");
            String fallback = row.get("default");
            if (key.isEmpty()) {
                throw bad(row, "empty name");
            }
            if (!code.isEmpty() && !countries.contains(code) && !ORGANIZATION_CODES.contains(code)) {
                throw bad(row, "unknown code '" + code + "'");
            }
            if (!fallback.isEmpty() && !fallback.equals("default")) {
                throw bad(row, "default is 'default' or empty, not '" + fallback + "'");
            }
            Sector sector;
            try {
                sector = sectorName.isEmpty() ? null : Sector.fromWire(sectorName);
            } catch (IllegalArgumentException e) {
                throw bad(row, "unknown sector '" + sectorName + "'");
            }
            if (code.isEmpty() && sector == null) {
                throw bad(row, "neither code nor sector");
            }
            LocalDate from = date(row, "valid_from");
            LocalDate to = date(row, "valid_to");
            if (from != null && to != null && from.isAfter(to)) {
                throw bad(row, "valid_from " + from + " is after valid_to " + to);
            }
            Entry e = new Entry(code.isEmpty() ? null : codes.computeIfAbsent(code, c -> c), sector, from, to,
                !fallback.isEmpty());
            rows.computeIfAbsent(key, k -> new ArrayList<>(1)).add(e);
        }
        Map<String, Entry[]> byName = new HashMap<>(rows.size() * 4 / 3 + 1);
        rows.forEach((k, v) -> byName.put(k, v.toArray(Entry[]::new)));
        return new ActorDictionary(byName);
    }

    private static LocalDate date(TsvTable.Row row, String column) {
        String s = row.get(column);
        try {
            return s.isEmpty() ? null : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw bad(row, column + " '" + s + "' is not yyyy-MM-dd");
        }
    }

    private static IllegalStateException bad(TsvTable.Row row, String why) {
        return new IllegalStateException(row.where() + ": " + why);
    }

    /** The name as the table is keyed: matching fold, lower case. */
    static String key(String name) {
        if (isFolded(name)) {
            return name;
        }
        return String.join(" ", NameFold.forMatching(name)).toLowerCase(Locale.ROOT);
    }

    /**
     * True for lower-case ASCII words joined by single spaces, not starting with "the ": what the
     * converter writes and the fold would return unchanged. Checked so that loading 40,000 rows
     * does not fold each again (that doubled the load time).
     */
    private static boolean isFolded(String name) {
        if (name.isEmpty() || name.startsWith("the ") || name.charAt(0) == ' ' || name.charAt(name.length() - 1) == ' ') {
            return false;
        }
        char previous = 'a';
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean word = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (!word && (c != ' ' || previous == ' ')) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    /** Number of names, for tests and measurements. */
    int size() {
        return byName.size();
    }

    /**
     * The code and sector of {@code name} on {@code day}, as the class comment says; empty when the
     * name is unknown or the dictionary has nothing for the day. {@code day} may be null (no
     * published date): then only timeless names answer.
     */
    public Optional<Coding> on(String name, LocalDate day) {
        Entry[] entries = byName.get(key(name));
        if (entries == null) {
            return Optional.empty();
        }
        boolean timeless = true;
        for (Entry e : entries) {
            timeless &= e.timeless();
        }
        if (timeless) {
            return Optional.of(new Coding(entries[0].code(), entries[0].sector(), false));
        }
        if (day == null) {
            return Optional.empty();
        }
        Entry best = null;
        Entry fallback = null;
        for (Entry e : entries) {
            if (!e.covers(day)) {
                continue;
            }
            if (e.fallback()) {
                fallback = e;
            } else if (best == null || later(e.from(), best.from())) {
                best = e;
            }
        }
        Entry chosen = best != null ? best : fallback;
        return chosen == null ? Optional.empty() : Optional.of(new Coding(chosen.code(), chosen.sector(), true));
    }

    private static boolean later(LocalDate a, LocalDate b) {
        return b == null ? a != null : a != null && a.isAfter(b);
    }
}
