package org.dateline.story;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dateline.analyze.data.PlaceAbbreviations;

/**
 * Chooses an incident's value of one field from its reports, and lists the versions when the
 * sources differ. Votes are by independent source: a wire copy votes with its original (the
 * original's value when it has one), so one agency story reprinted ten times is one voice; of a
 * toll, the source's latest report that gives one (a page republished with a new count is the
 * source's update).
 * Within a field, stronger kinds of evidence outvote weaker ones before any counting (a day the
 * text's words give, the event's own or the article's, over a published day; a number the words
 * give over a number or death its headline tells (of the wounded, a headline's number votes as the
 * text's: {@code Incidents}), over a 0 only implied, over a 0 for telling of no death; a town over
 * a county over a site over a street), and the value most independent sources give wins. Event
 * and article date words vote as equals: on the GVA dev set, letting the event's own words outvote
 * the article's scored 0.733 against 0.753. Ties of a date
 * or a place go first to the value the most independent sources' texts name, though they chose
 * another for their own report ({@code most-named}: one source's "the 4th of July" against another's
 * "late Sunday night" when both tell of Sunday; on the GVA dev set date 0.784 to 0.803, city 0.718
 * to 0.728); then:
 * <ul>
 * <li>{@code killed}, {@code injured}: the larger value ({@code rising-toll}): tolls rise as the
 *     wounded die and bodies are found, and a source rarely reports more dead than there were,
 *     while one that counts only the victims it names reports fewer;</li>
 * <li>{@code date}: the earlier day ({@code earliest}): reports follow the happening, and a later
 *     day is more often the day of a statement about it;</li>
 * <li>{@code location}: the first report's ({@code first-report}).</li>
 * </ul>
 */
final class Fusion {
    /** A folded place name's first word abbreviated ("ft.", "mt", "st."; {@link PlaceAbbreviations#WORDS}), with the space after it. */
    private static final Pattern ABBREVIATED = Pattern.compile("(" + String.join("|", PlaceAbbreviations.WORDS.keySet())
        + ")\\.? (?=\\p{L})");

    private Fusion() {}

    /** A chosen value, the rule that chose it and the articles behind it. */
    record Fused(String value, Incident.Choice choice) {}

    /**
     * @param reports in ingest order
     * @param value a report's value of the field, or null
     * @param tier a report's evidence strength for the field, lower is stronger
     * @param field the field's name, which picks the tie rule
     */
    static Fused choose(List<IncidentReport> reports, Function<IncidentReport, String> value,
                        Function<IncidentReport, Integer> tier, String field) {
        return choose(reports, value, tier, field, v -> 0);
    }

    /**
     * As {@link #choose(List, Function, Function, String)}, with a first tie rule: of the tied
     * values, the one the most independent sources' texts name anywhere ({@code named}: a folded
     * value to that count), so a day or town one source alone gives loses to one the others'
     * words also give though they chose another for their report ({@code most-named}).
     */
    static Fused choose(List<IncidentReport> reports, Function<IncidentReport, String> value,
                        Function<IncidentReport, Integer> tier, String field, ToIntFunction<String> named) {
        // a source's toll is its latest report's: a copy of its page that counts anew is its update
        Map<String, IncidentReport> bySource = voices(reports, value, field.equals("killed") || field.equals("injured"));
        int best = bySource.values().stream().mapToInt(tier::apply).min().orElse(Integer.MAX_VALUE);
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (IncidentReport r : bySource.values()) {
            if (tier.apply(r) == best) {
                votes.merge(key(value.apply(r)), 1, Integer::sum);
            }
        }
        if (votes.isEmpty()) {
            return new Fused(null, new Incident.Choice(null, List.of()));
        }
        int top = votes.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        List<String> tied = votes.entrySet().stream().filter(e -> e.getValue() == top).map(Map.Entry::getKey).toList();
        String rule = tied.size() > 1 ? tieRule(field) : bySource.size() == 1 ? "one-source" : "most-sources";
        if (tied.size() > 1) {
            int most = tied.stream().mapToInt(named).max().orElseThrow();
            List<String> namedMost = tied.stream().filter(v -> named.applyAsInt(v) == most).toList();
            if (namedMost.size() == 1) {
                rule = "most-named";
            }
            tied = namedMost;
        }
        String chosen = tied.size() == 1 ? tied.get(0) : breakTie(tied, field);
        List<String> articles = new ArrayList<>();
        String spelled = null;
        for (IncidentReport r : reports) {
            String v = value.apply(r);
            if (v != null && key(v).equals(chosen)) {
                articles.add(r.articleId());
                // the longest spelling of the first report's name ("Spanish Fork, Utah" over "SPANISH
                // FORK"), not of a place's other name
                if (spelled == null || fold(v).equals(fold(spelled)) && v.length() > spelled.length()) {
                    spelled = v;
                }
            }
        }
        return new Fused(spelled, new Incident.Choice(rule, articles));
    }

    /** The versions of a field when independent sources differ, most sources first; else null. */
    static Disagreement disagreement(String field, List<IncidentReport> reports, Function<IncidentReport, String> value) {
        return disagreement(field, reports, value, r -> true);
    }

    /**
     * As {@link #disagreement(String, List, Function)}, of the values the reports' words state
     * ({@code stated}): a published day standing in for a date no words give, or a 0 that a text's
     * silence implies, is no version of its own, and each report keeps it beside its basis.
     */
    static Disagreement disagreement(String field, List<IncidentReport> reports, Function<IncidentReport, String> value,
                                     Predicate<IncidentReport> stated) {
        Function<IncidentReport, String> said = r -> stated.test(r) ? value.apply(r) : null;
        Map<String, List<String>> articles = new LinkedHashMap<>();
        Map<String, String> spelled = new LinkedHashMap<>();
        Map<String, Integer> sources = new LinkedHashMap<>();
        for (IncidentReport r : reports) {
            String v = said.apply(r);
            if (v != null) {
                articles.computeIfAbsent(key(v), k -> new ArrayList<>()).add(r.articleId());
                spelled.putIfAbsent(key(v), v);
            }
        }
        voices(reports, said).values().forEach(r -> sources.merge(key(said.apply(r)), 1, Integer::sum));
        if (sources.size() < 2) {
            return null;
        }
        List<Disagreement.Version> versions = articles.keySet().stream()
            .sorted(Comparator.comparingInt((String k) -> -sources.getOrDefault(k, 0)))
            .map(k -> new Disagreement.Version(spelled.get(k), articles.get(k))).toList();
        return new Disagreement(field, versions);
    }

    /** Codes of the entity stage that name no country, so no side of a conflict. */
    private static final Set<String> NO_COUNTRY = Set.of("IGO", "NGO", "MNC");

    /**
     * Who acted ({@code field} {@code actors}), when independent sources put the doers in countries
     * none of the other's doers are from: "Armenian armed groups" in one side's report, "an
     * Azerbaijani sabotage group" in the other's. A source's value is the set of its doers' countries, each
     * version shown as its reports' doers with those countries ("Armenian armed groups (ARM)"). Sets
     * that overlap tell more or fewer of the doers, not other ones ("Indian navy" against "Indian
     * navy; Somali pirates"), and are no disagreement. Doers without a country ("a gunman", "John
     * Smith") say nothing of a side and do not vote. With no fused value to depart from, the versions
     * are in the order of their sources' numbers. Null when no two sources' sets are disjoint.
     *
     * The same compares whose people were hit ({@code field} {@code recipients}: one side's dead in
     * the other's telling), {@code doers} then giving a report's recipients.
     *
     * @param doers a report's doers of the incident's own type (its other acts' doers are others')
     */
    static Disagreement partyCountries(String field, List<IncidentReport> reports,
                                       Function<IncidentReport, List<IncidentReport.Party>> doers) {
        Function<IncidentReport, String> countries = r -> {
            String joined = countried(doers.apply(r)).map(IncidentReport.Party::code).distinct().sorted()
                .collect(Collectors.joining(" "));
            return joined.isEmpty() ? null : joined;
        };
        List<Set<String>> sides = voices(reports, countries).values().stream()
            .map(r -> Set.of(countries.apply(r).split(" "))).toList();
        boolean opposed = false;
        for (int i = 0; i < sides.size() && !opposed; i++) {
            for (int j = i + 1; j < sides.size() && !opposed; j++) {
                opposed = Collections.disjoint(sides.get(i), sides.get(j));
            }
        }
        Disagreement byCode = opposed ? disagreement(field, reports, countries) : null;
        if (byCode == null) {
            return null;
        }
        List<Disagreement.Version> versions = new ArrayList<>();
        for (Disagreement.Version v : byCode.versions()) {
            Set<String> names = new LinkedHashSet<>();
            reports.stream().filter(r -> v.articleIds().contains(r.articleId()))
                .forEach(r -> countried(doers.apply(r)).forEach(p -> names.add(p.name())));
            versions.add(new Disagreement.Version(String.join("; ", names) + " (" + v.value() + ")", v.articleIds()));
        }
        return new Disagreement(field, versions);
    }

    private static Stream<IncidentReport.Party> countried(List<IncidentReport.Party> parties) {
        return parties.stream().filter(p -> p.code() != null && !NO_COUNTRY.contains(p.code()));
    }

    /** One report per independent source that gives a value: the earliest of the source's reports that does. */
    private static Map<String, IncidentReport> voices(List<IncidentReport> reports, Function<IncidentReport, String> value) {
        return voices(reports, value, false);
    }

    /**
     * As {@link #voices(List, Function)}, or with {@code latest} the latest published of a source's
     * reports that give a value (of those published at one time, the first): the same page
     * republished with "5 people injured" where it first said "4 shot" counts anew, as tolls rise.
     */
    private static Map<String, IncidentReport> voices(List<IncidentReport> reports, Function<IncidentReport, String> value,
                                                      boolean latest) {
        Map<String, IncidentReport> bySource = new LinkedHashMap<>();
        for (IncidentReport r : reports) {
            if (value.apply(r) != null) {
                IncidentReport had = bySource.get(r.sourceKey());
                if (had == null || latest && later(r, had)) {
                    bySource.put(r.sourceKey(), r);
                }
            }
        }
        return bySource;
    }

    /** Whether {@code r} was published on a later day or time than {@code than} (false when either is unknown). */
    private static boolean later(IncidentReport r, IncidentReport than) {
        return r.published() != null && than.published() != null && r.published().compareTo(than.published()) > 0;
    }

    private static String breakTie(List<String> tied, String field) {
        return switch (field) {
            case "killed", "injured" -> tied.stream().max(Comparator.comparingInt(Integer::parseInt)).orElseThrow();
            case "date" -> tied.stream().min(Comparator.naturalOrder()).orElseThrow();
            default -> tied.get(0);
        };
    }

    private static String tieRule(String field) {
        return switch (field) {
            case "killed", "injured" -> "rising-toll";
            case "date" -> "earliest";
            default -> "first-report";
        };
    }

    /**
     * A regular expression for a folded name as a text may write it: "fort lauderdale" also as
     * "Ft. Lauderdale" or "FT LAUDERDALE" (case is the caller's to ignore).
     */
    static String spellings(String folded) {
        String first = folded.split(" ", 2)[0];
        // every abbreviation of the first word, in a fixed order (the table's map has none)
        List<String> abbreviations = PlaceAbbreviations.WORDS.entrySet().stream()
            .filter(e -> e.getValue().equals(first)).map(Map.Entry::getKey).sorted().toList();
        if (abbreviations.isEmpty() || first.length() == folded.length()) {
            return Pattern.quote(folded);
        }
        StringBuilder either = new StringBuilder("(?:" + Pattern.quote(first));
        abbreviations.forEach(a -> either.append('|').append(Pattern.quote(a)).append("\\.?"));
        return either.append(") ").append(Pattern.quote(folded.substring(first.length() + 1))).toString();
    }

    /**
     * The value a vote counts: folded, and one for every name of a place ({@link PlaceNames}:
     * "Khankendi" and "Stepanakert" are one town). Such a value is the place's names joined by {@code |}.
     */
    static String key(String v) {
        return PlaceNames.same(fold(v));
    }

    /**
     * Values compare without case, surrounding space, what follows a comma ("SPANISH FORK" =
     * "Spanish Fork, Utah") or an abbreviated first word ("FT LAUDERDALE" = "Fort Lauderdale", one
     * vote and no disagreement); the longest spelling of the chosen value's first name is the one shown.
     */
    static String fold(String v) {
        int comma = v.indexOf(',');
        String folded = (comma > 0 ? v.substring(0, comma) : v).strip().toLowerCase(Locale.ROOT);
        Matcher abbreviated = ABBREVIATED.matcher(folded);
        return abbreviated.lookingAt()
            ? PlaceAbbreviations.WORDS.get(abbreviated.group(1)) + " " + folded.substring(abbreviated.end()) : folded;
    }
}
