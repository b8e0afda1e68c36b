package org.dateline.identity;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.dateline.model.EntityType;

/**
 * One real-world entity across the articles of a store, as far as names, countries, roles and
 * days tell: what the resolver compares a new article's entity with. Its key is the cross-article
 * entity key ({@code PERSON:elnur mammadov}); an identity found later to be another one keeps its
 * key and points at the other ({@code aliasOf}), so stored keys never dangle.
 *
 * @param name the canonical folded name ({@link Spelling}): a key to find it by, not a name to show
 * @param display the name as first written ("Elnur Mammadov")
 * @param codes the country and organisation codes its entities carried
 * @param families the sector families ({@link SectorFamilies}) its entities carried
 * @param titles the folded titles its entities carried, at most {@link #MAX_TITLES}
 * @param first the month (yyyy-MM) of its first article with a day, or null
 * @param last the month of its latest article with a day, or null
 * @param aliasOf the identity it was found to be, or null
 * @param aliasRule the rule of that finding, or null
 */
@JsonPropertyOrder({"key", "type", "name", "display", "nominal", "codes", "families", "titles", "first", "last",
    "aliasOf", "aliasRule"})
public record Identity(String key, EntityType type, String name, String display, boolean nominal, List<String> codes,
                       List<String> families, List<String> titles, String first, String last, String aliasOf,
                       JoinRule aliasRule) {
    /** Titles kept per identity: enough for any career the news follows, bounded for the odd one. */
    public static final int MAX_TITLES = 24;

    public Identity {
        codes = List.copyOf(codes);
        families = List.copyOf(families);
        titles = List.copyOf(titles);
    }

    /** A new identity for an entity first seen under this key. */
    public static Identity first(String key, Profile p) {
        return new Identity(key, p.type(), p.canonical(), p.display(), p.nominal(), List.of(), List.of(), List.of(),
            null, null, null, null).with(p);
    }

    /** This identity with what the entity adds: its code, family, titles, day. Equal to this when it adds nothing. */
    public Identity with(Profile p) {
        List<String> c = union(codes, p.code());
        List<String> f = union(families, p.family());
        List<String> t = titles;
        for (String title : p.titles()) {
            if (t.size() < MAX_TITLES) {
                t = union(t, title);
            }
        }
        String month = p.day() == null ? null : p.day().toString().substring(0, 7);
        String fst = month == null || (first != null && first.compareTo(month) <= 0) ? first : month;
        String lst = month == null || (last != null && last.compareTo(month) >= 0) ? last : month;
        return new Identity(key, type, name, display, nominal, c, f, t, fst, lst, aliasOf, aliasRule);
    }

    /** This identity found to be {@code other}. */
    public Identity aliasOf(String other, JoinRule rule) {
        return new Identity(key, type, name, display, nominal, codes, families, titles, first, last, other, rule);
    }

    /** Whether it was seen within {@code days} of {@code day} (true when either has no day). */
    public boolean seenWithin(LocalDate day, int days) {
        if (day == null || first == null) {
            return true;
        }
        LocalDate from = LocalDate.parse(first + "-01").minusDays(days);
        LocalDate to = LocalDate.parse(last + "-01").plusMonths(1).plusDays(days);
        return !day.isBefore(from) && day.isBefore(to);
    }

    /** The canonical name's words. */
    public List<String> words() {
        return name.isEmpty() ? List.of() : List.of(name.split(" "));
    }

    private static List<String> union(List<String> values, String value) {
        if (value == null || values.contains(value)) {
            return values;
        }
        TreeSet<String> all = new TreeSet<>(values);
        all.add(value);
        return List.copyOf(all);
    }
}
