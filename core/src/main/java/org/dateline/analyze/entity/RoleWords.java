package org.dateline.analyze.entity;


import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.analyze.data.TsvTable;
import org.dateline.model.Sector;

/**
 * The role-word table of {@code sectors.tsv}: finds the actor sector a role phrase names
 * ("Deputy Foreign Minister" GOV, "police spokesman" COP). The rules are documented in the data
 * file and on {@link ActorCodes#sector(String)}.
 */
final class RoleWords {
    /** Sector value of a phrase that has no sector but must beat its parts ("third party"). */
    static final String NONE = "-";

    private static final Set<String> PREPOSITIONS = Set.of(
            "of", "for", "from", "at", "in", "on", "to", "with", "within", "under", "by", "over");
    private static final Set<String> FORMER = Set.of("former", "ex", "retired");
    private static final Set<Sector> OFFICES = EnumSet.of(Sector.GOV, Sector.LEG, Sector.JUD, Sector.MIL, Sector.COP,
        Sector.SPY);

    /** A phrase's sector; null for a {@link #NONE} phrase. */
    private record Entry(Sector sector, boolean weak) {
    }

    private record Match(int start, int length, Entry entry) {
    }

    private final Map<String, Entry> entries = new HashMap<>();
    private final int longest;

    RoleWords(TsvTable table) {
        int max = 1;
        for (TsvTable.Row row : table.require("phrase", "sector", "strength").rows()) {
            String phrase = NameKey.key(row.get("phrase"));
            Sector sector;
            try {
                sector = row.get("sector").equals(NONE) ? null : Sector.fromWire(row.get("sector"));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(row.where() + ": unknown sector '" + row.get("sector") + "'", e);
            }
            String strength = row.get("strength");
            if (!strength.isEmpty() && !strength.equals("weak")) {
                throw new IllegalStateException(row.where() + ": unknown strength " + strength);
            }
            if (phrase.isEmpty() || entries.put(phrase, new Entry(sector, !strength.isEmpty())) != null) {
                throw new IllegalStateException(row.where() + ": empty or repeated '" + row.get("phrase") + "'");
            }
            max = Math.max(max, phrase.split(" ").length);
        }
        this.longest = max;
    }

    /** True when the phrase holds a role word that is not weak: "police", "rebels", not "officials". */
    boolean strong(String phrase) {
        List<String> words = NameKey.words(phrase).stream().map(NameKey::lower).toList();
        for (int start = 0; start < words.size(); start++) {
            for (int length = Math.min(longest, words.size() - start); length >= 1; length--) {
                Entry entry = lookup(words.subList(start, start + length));
                if (entry != null && !entry.weak() && entry.sector() != null) {
                    return true;
                }
            }
        }
        return false;
    }

    Optional<Sector> sector(String phrase) {
        List<String> words = NameKey.words(phrase).stream().map(NameKey::lower).toList();
        List<Match> matches = new ArrayList<>();
        for (int start = 0; start < words.size(); start++) {
            for (int length = Math.min(longest, words.size() - start); length >= 1; length--) {
                Entry entry = lookup(words.subList(start, start + length));
                if (entry != null) {
                    matches.add(new Match(start, length, entry));
                    break;
                }
            }
        }
        if (matches.isEmpty()) {
            return Optional.empty();
        }
        boolean anyStrong = matches.stream().anyMatch(m -> !m.entry().weak());
        int head = words.size();
        for (int i = 1; i < words.size(); i++) {
            if (PREPOSITIONS.contains(words.get(i))) {
                head = i;
                break;
            }
        }
        Match best = null;
        for (Match m : matches) {
            if (anyStrong && m.entry().weak()) {
                continue;
            }
            if (best == null || better(m, best, head)) {
                best = m;
            }
        }
        Sector sector = best.entry().sector();
        if (sector == null) {
            return Optional.empty();
        }
        if (OFFICES.contains(sector)) {
            for (int i = 0; i < best.start() && i < head; i++) {
                if (FORMER.contains(words.get(i))) {
                    return Optional.of(Sector.ELI);
                }
            }
        }
        return Optional.of(sector);
    }

    /** Head region first, then longer, then further right (the later match wins ties). */
    private static boolean better(Match a, Match b, int head) {
        boolean aHead = a.start() < head;
        boolean bHead = b.start() < head;
        if (aHead != bHead) {
            return aHead;
        }
        if (a.length() != b.length()) {
            return a.length() > b.length();
        }
        return a.start() > b.start();
    }

    private Entry lookup(List<String> words) {
        String prefix = String.join(" ", words.subList(0, words.size() - 1));
        String last = words.get(words.size() - 1);
        for (String form : singulars(last)) {
            Entry entry = entries.get(prefix.isEmpty() ? form : prefix + " " + form);
            if (entry != null) {
                return entry;
            }
        }
        return null;
    }

    /** The word itself, then the singulars a regular English plural could have come from. */
    static List<String> singulars(String word) {
        List<String> forms = new ArrayList<>(4);
        forms.add(word);
        if (word.length() > 3 && word.endsWith("men")) {
            forms.add(word.substring(0, word.length() - 3) + "man");
        }
        if (word.length() > 3 && word.endsWith("ies")) {
            forms.add(word.substring(0, word.length() - 3) + "y");
        }
        if (word.length() > 2 && word.endsWith("es")) {
            forms.add(word.substring(0, word.length() - 2));
        }
        if (word.length() > 1 && word.endsWith("s") && !word.endsWith("ss")) {
            forms.add(word.substring(0, word.length() - 1));
        }
        return forms;
    }
}
