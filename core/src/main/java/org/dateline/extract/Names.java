package org.dateline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What a person's name in a byline looks like, and how byline name lists are written. */
final class Names {
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’\\-]*\\.?|\\p{Lu}\\.(?:\\p{Lu}\\.)*");
    /** Lower-case name particles: "Ursula von der Leyen", "Ahmed bin Salman". */
    private static final Set<String> PARTICLES = Set.of(
        "de", "da", "das", "do", "dos", "di", "del", "della", "van", "von", "der", "den", "ter", "bin",
        "ibn", "al", "el", "al-", "la", "le", "du", "y", "zu", "ben", "bint", "abu");
    /** Words that are page furniture, so a line made of them is not a name ("Read More"). */
    private static final Set<String> NOT_NAME = Set.of(
        "read", "more", "share", "follow", "subscribe", "advertisement", "photo", "updated", "published",
        "related", "click", "sign", "news", "latest", "home", "menu", "search", "video", "live", "the",
        "staff", "editor", "reporter", "correspondent", "writer", "by", "and", "comments", "print", "email");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*[,;]\\s*|\\s+and\\s+|\\s*&\\s*");
    private static final Pattern LOCATION_SUFFIX = Pattern.compile("\\s+(?:in|from|at)\\s+\\p{Lu}.*$");

    private Names() {}

    /** Two to five capitalised words (particles and initials allowed), none of them page furniture. */
    static boolean isPersonName(String candidate) {
        String[] tokens = candidate.strip().split("\\s+");
        if (tokens.length < 2 || tokens.length > 5) {
            return false;
        }
        int capitalised = 0;
        for (String t : tokens) {
            if (NOT_NAME.contains(t.toLowerCase(Locale.ROOT).replaceAll("[.:]$", ""))) {
                return false;
            }
            if (CAPITALISED.matcher(t).matches()) {
                capitalised++;
            } else if (!PARTICLES.contains(t.toLowerCase(Locale.ROOT)) || t.chars().anyMatch(Character::isUpperCase)) {
                return false;
            }
        }
        return capitalised >= 2 && CAPITALISED.matcher(tokens[tokens.length - 1]).matches();
    }

    /**
     * Bylines set in capitals ("By JANE DOE") are a typographic choice, not the name's spelling:
     * give such a name ordinary capitalisation; leave mixed-case names exactly as written.
     */
    static String normalise(String name) {
        String n = name.strip().replaceAll("\\s+", " ");
        if (!n.equals(n.toUpperCase(Locale.ROOT)) || n.chars().noneMatch(Character::isLetter)) {
            return n;
        }
        StringBuilder out = new StringBuilder(n.length());
        boolean start = true;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            out.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return out.toString();
    }

    /** "Jane Doe, John Roe and Ann Poe" to its parts, each without a trailing "in Kyiv". */
    static List<String> splitList(String list) {
        List<String> parts = new ArrayList<>();
        for (String p : LIST_SEPARATOR.split(list.strip())) {
            String part = LOCATION_SUFFIX.matcher(p.strip()).replaceFirst("").strip();
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return parts;
    }

    /** The same person written twice ("JANE DOE" in the byline, "Jane Doe" in the bio). */
    static boolean same(String a, String b) {
        return a.strip().equalsIgnoreCase(b.strip());
    }
}
