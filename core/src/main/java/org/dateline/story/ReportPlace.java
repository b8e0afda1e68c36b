package org.dateline.story;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.analyze.data.TsvTable;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Event;
import org.dateline.model.Span;

/**
 * The place of one article's report of an incident ({@link ReportReader}), the smallest place that
 * is still a town: an event's own place or the article's first-named place entity that is no
 * country or state, whose name has no street, site or county word ({@code place-words.tsv}); else a
 * county, else a site, else a street, the event's own place before the article's at each level. A
 * street or hospital is where it happened, but a monitor files an incident under its town ("Lamb
 * Boulevard" and "Las Vegas": Las Vegas). A mention in the dateline does not make a place the first
 * named (the dateline is the town the report was filed from, often the newsroom's), and a town the
 * headline names comes before all these ({@code title}: local news names its town there; on the GVA
 * dev set city 0.739 to 0.747, then 0.753 with the dateline's mention left out and "W.Va" read as
 * "W.Va."), also a town the tagger missed that the text uses as a place ({@link HeadlineTown}:
 * "Summerton man killed"; city 0.765 to 0.771 with oracle grouping). A state right after the
 * article's place ("Spanish Fork, Utah") is kept, as the text gives it; the town the article's
 * words put the place in follows it ({@link ReportTown}: "Rogers Park, Chicago"), or stands alone
 * when the article names no place; when its words give no town either, the place its headline gives
 * after "in", "near" or "outside" ({@link Headline#place}, basis {@code headline}: city 0.753 to
 * 0.758 on the GVA dev set, no incident lost); a report without events (its text a page's
 * furniture) takes that place first (0.771 to 0.778). In an article of the United States a town
 * the Postal Service lists ({@link KnownTowns}) outranks any other name with no place word, unless
 * the first place is one or the text puts it in one ("Rogers Park, Chicago"), and a place no known town
 * holds takes the first known town the text puts something in ({@link #inKnownTown}): city 0.781
 * to 0.793 under the gold grouping; 0.798 with the known towns the tagger missed as places to
 * {@link ReportTown}'s rules, 0.807 with the headline's known town ({@link HeadlineTown#known}).
 * A name the text calls a neighbourhood ("the Upton neighborhood") is no known town though a town
 * of some state bears it ({@link TextTowns.Towns}): 0.808. A known town the headline names and
 * the text puts the happening in ("in Santa Cruz") outranks another known town the text names
 * first ({@link #headlineTownPutIn}); and in the fusion's vote a county with the town the text or
 * dateline puts it in ranks as that town ({@link #placeKind}): 0.809 to 0.811 under the gold
 * grouping (records r2), real commands 0.791 to 0.793. A street or site no words put in a town
 * takes the newsroom's town of the title's outlet tail ({@link #inNewsroomTown}): 0.813 to 0.814.
 */
final class ReportPlace {
    private static final Set<String> REGIONS = regions();
    private static final Map<String, PlaceWord> PLACE_WORDS = placeWords();
    private static final List<String> RANK = List.of("town", "county", "site", "street");
    /** A name and a lower-case word for a kind of place after it: "Florida town", "Wisconsin city". */
    private static final Pattern DESCRIBED = Pattern.compile("(.+) (?:town|city|village|community|region|area)");
    /** "Mt.", "St.": an abbreviation of one to three letters alone. */
    static final Pattern LONE_ABBREVIATION = Pattern.compile("\\p{L}{1,3}\\.");

    private ReportPlace() {}

    /** A report's place as the text writes it, the entity it is, its basis and the words it rests on. */
    record Placed(String name, String entity, String basis, Span evidence) {}

    /** The place of the report {@code r} gives of an incident told by {@code events} (the class comment says which). */
    static Placed place(ArticleRecord r, List<Event> events) {
        // a body that tells no event (a page's furniture, another story) names its own places: the
        // headline's town is the report's
        Placed headline = events.isEmpty() ? fromHeadline(r) : null;
        if (headline != null) {
            return headline;
        }
        TextTowns.Towns american = TextTowns.of(r);
        Names names = new Names(r, american);
        ReportTown.Dateline dateline = ReportTown.datelineAt(r.text(), names::isPlace, ReportPlace::isCounty, REGIONS);
        Placed plain = inTown(r, chosen(r, events, names, dateline, null), names, dateline);
        // the first place that is a known town or that the text puts in one ("Rogers Park,
        // Chicago") stands; else known towns first
        if (american == null || plain.name != null && knownTown(plain.name, american)) {
            Placed told = american == null ? null : headlineTownPutIn(r, plain, american);
            return inNewsroomTown(r, told == null ? plain : told);
        }
        return inNewsroomTown(r, inKnownTown(r, inTown(r, chosen(r, events, names, dateline, american), names, dateline), american));
    }

    /**
     * A street or site that nothing in the text puts in a town lies in the newsroom's, as a
     * dateline's town would say ("Briercrest Lane" under "... - WMC Action News 5 - Memphis,
     * Tennessee": {@link Headline#tailTown}); any other place as it is.
     */
    private static Placed inNewsroomTown(ArticleRecord r, Placed placed) {
        if (placed.name == null || placed.name.contains(",") || RANK.indexOf(kind(placed.name)) < RANK.indexOf("site")) {
            return placed;
        }
        String town = Headline.tailTown(r.title(), ReportPlace::region);
        return town == null ? placed : new Placed(ReportTown.withTown(placed.name, town), placed.entity, placed.basis, placed.evidence);
    }

    /**
     * The known town the headline names ({@link HeadlineTown#known}) when the text puts the
     * happening in it ("in Santa Cruz", the whole name: not "in DeKalb County") and the place
     * chosen is another known town: "Santa Cruz teen shot dead" over a victim "visiting from
     * Watsonville". Null otherwise.
     */
    private static Placed headlineTownPutIn(ArticleRecord r, Placed plain, TextTowns.Towns american) {
        String told = plain.name == null ? null : HeadlineTown.known(r.title(), r.text(), american::known, ReportPlace::region);
        if (told == null || named(plain.name, told)) {
            return null;
        }
        java.util.regex.Matcher in = Pattern.compile("(?<![\\p{L}\\p{N}])(?:in|near|outside) (" + Pattern.quote(told)
            + ")(?![\\p{L}\\p{N}])(?! \\p{Lu})").matcher(r.text());
        if (!in.find()) {
            return null;
        }
        int start = r.text().codePointCount(0, in.start(1));
        Span mention = new Span(start, start + told.codePointCount(0, told.length()), in.group(1));
        return new Placed(withState(r.text(), mention), null, "title", mention);
    }

    /**
     * The place before the town it lies in is added: the events' and the article's places in the
     * order of {@link #level} (known towns first when {@code american} is not null), the event's
     * own before the article's at each level; then the headline's town.
     */
    private static Placed chosen(ArticleRecord r, List<Event> events, Names names, ReportTown.Dateline dateline,
                                 TextTowns.Towns american) {
        Placed best = null;
        int bestRank = Integer.MAX_VALUE;
        Set<String> surnames = surnames(r);
        for (Event e : events) {
            if (e.location() != null && e.location().name() != null && !region(e.location().name()) && !noPlace(e.location().name())
                && !surnames.contains(e.location().name().strip().toLowerCase(Locale.ROOT))) {
                int rank = 2 * level(e.location().name(), american);
                if (rank < bestRank) {
                    best = new Placed(e.location().name(), e.location().entity(), "event", placeSpan(r, e));
                    bestRank = rank;
                }
            }
        }
        int datelineAt = dateline == null ? -1 : r.text().codePointCount(0, dateline.start());
        Entity first = null;
        for (Entity e : r.entities()) {
            if (e.type() != EntityType.LOCATION || e.mentions().isEmpty() || region(e.name()) || noPlace(e.name())
                || surnames.contains(e.name().strip().toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (first == null || placeOrder(datelineAt, american).compare(e, first) < 0) {
                first = e;
            }
        }
        if (first != null && 2 * level(first.name(), american) + 1 < bestRank) {
            Span mention = first.mentions().stream().min(Comparator.naturalOrder()).orElseThrow();
            best = new Placed(withState(r.text(), mention), first.id(), "article", mention);
        }
        // the headline's town is the report's town: "Father, two daughters shot to death in Hazel
        // Crest" over a text whose first place is its newsroom's city
        Entity titled = titled(r);
        if (titled != null && (best == null || !named(best.name, titled.name()))) {
            Span mention = titled.mentions().stream().min(Comparator.naturalOrder()).orElseThrow();
            best = new Placed(withState(r.text(), mention), titled.id(), "title", mention);
        } else if (titled == null) {
            // "Sulphur man kills 4-year-old" over "a 59-year-old Sulphur man": a town the tagger
            // missed in the text, named in the headline and used as a place by the text
            HeadlineTown.Found told = HeadlineTown.find(r.title(), r.text(), names::isTagged,
                ReportPlace::town, ReportPlace::region, n -> organization(r, n));
            if (told != null && (best == null || !named(best.name, told.name()))) {
                int start = r.text().codePointCount(0, told.start());
                Span mention = new Span(start, start + told.name().codePointCount(0, told.name().length()), told.name());
                // "hospitalized in Easter Sunday Shooting": a day the dates stage read, no town
                if (r.dates().stream().noneMatch(d -> d.span().contains(mention))) {
                    best = new Placed(withState(r.text(), mention), null, "title", mention);
                }
            }
        }
        return best;
    }

    /**
     * A place that is no known town ({@link KnownTowns}) with the known town the headline names
     * after "in" or before a word for its people ({@link HeadlineTown#known}), else the first known
     * town the text puts something in ({@link TextTowns#putIn}: "at a home in Arab Tuesday"): where
     * the text puts things is where they happened, while a town used as a modifier ("a Lakewood
     * man") may be anyone's home. A street, site or neighbourhood keeps its name before the town;
     * a county, or no place at all, gives way to it.
     */
    private static Placed inKnownTown(ArticleRecord r, Placed placed, TextTowns.Towns american) {
        // a place the text gives with its state ("VERNON, Conn.") is a town as the text states it
        if (american == null || placed.name != null && (knownTown(placed.name, american)
            || placed.name.contains(",") && region(placed.name.substring(placed.name.lastIndexOf(',') + 1)))) {
            return placed;
        }
        // the headline's known town first ("Santa Cruz teen shot dead"), as its town is taken first
        String told = HeadlineTown.known(r.title(), r.text(), american::known, ReportPlace::region);
        if (told != null) {
            return placed.name == null || kind(placed.name).equals("county") ? new Placed(told, null, "headline", null)
                : new Placed(ReportTown.withTown(placed.name, told), placed.entity, placed.basis, placed.evidence);
        }
        TextTowns.Found in = TextTowns.putIn(r.text(), american, ReportPlace::region);
        if (in == null) {
            return placed;
        }
        int start = r.text().codePointCount(0, in.start());
        Span mention = new Span(start, start + in.name().codePointCount(0, in.name().length()), in.name());
        if (placed.name == null || kind(placed.name).equals("county")) {
            return new Placed(withState(r.text(), mention), null, "text", mention);
        }
        return new Placed(ReportTown.withTown(placed.name, in.name()), placed.entity, placed.basis, placed.evidence);
    }

    /** The mention of a place: of its entity inside the event's sentence, else its first; else its name in the sentence. */
    private static Span placeSpan(ArticleRecord r, Event e) {
        Entity en = e.location().entity() == null ? null
            : r.entities().stream().filter(x -> x.id().equals(e.location().entity())).findFirst().orElse(null);
        if (en != null && !en.mentions().isEmpty()) {
            return en.mentions().stream().filter(m -> e.evidence() != null && e.evidence().contains(m)).findFirst()
                .orElse(en.mentions().stream().min(Comparator.naturalOrder()).orElseThrow());
        }
        return ReportReader.within(e.evidence(), e.location().name());
    }

    /** Whether the article names an organisation so ("Facebook"), case folded. */
    private static boolean organization(ArticleRecord r, String name) {
        return r.entities().stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION && e.name().equalsIgnoreCase(name));
    }

    /**
     * The names the article gives places, case folded: its place entities' names and mentions; and
     * in an article of the United States the known towns of its states ({@link KnownTowns}), which
     * the tagger may have missed, where the text's words make them a town ({@link ReportTown}: the
     * dateline, "Meridian police are investigating", "the Arcadia community near Spartanburg").
     */
    private static final class Names {
        private final Set<String> places = new HashSet<>();
        private final TextTowns.Towns towns;

        Names(ArticleRecord r, TextTowns.Towns towns) {
            this.towns = towns;
            for (Entity e : r.entities()) {
                if (e.type() == EntityType.LOCATION) {
                    places.add(e.name().toLowerCase(Locale.ROOT));
                    e.mentions().forEach(m -> places.add(m.text().toLowerCase(Locale.ROOT)));
                }
            }
        }

        /** Whether the words are a place of the article or a known town of its states. */
        boolean isPlace(String words) {
            return isTagged(words) || towns != null && towns.known(words);
        }

        /**
         * Whether the article's entities name the words a place: a headline's word alone is no town
         * ({@link HeadlineTown}: "Christmas" and "Spring Branch" are towns too, but here a day and a
         * neighbourhood of Houston).
         */
        boolean isTagged(String words) {
            return places.contains(words.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * The last words of the full names of the article's people, lower case: a place of one such word
     * is that person named by surname, which the tagger took for a place ("Tymisha Washington ...
     * Washington was hit in the back").
     */
    private static Set<String> surnames(ArticleRecord r) {
        Set<String> surnames = new HashSet<>();
        for (Entity e : r.entities()) {
            String[] words = e.type() == EntityType.PERSON && e.name() != null ? e.name().strip().split("\\s+") : new String[0];
            if (words.length >= 2) {
                surnames.add(words[words.length - 1].toLowerCase(Locale.ROOT));
            }
        }
        return surnames;
    }

    private static boolean isCounty(String words) {
        return kind(words).equals("county");
    }

    /**
     * The town the headline names: a place entity of the article, no state or country, no street,
     * site or county, whose name the title holds (the first so named); null when none. What follows
     * " - " or "|" in a title is the outlet and its town ("Toddler shot - NBC12 - Richmond, VA").
     */
    private static Entity titled(ArticleRecord r) {
        if (r.title() == null) {
            return null;
        }
        String headline = Headline.lead(r.title());
        Entity best = null;
        int at = Integer.MAX_VALUE;
        for (Entity e : r.entities()) {
            if (e.type() != EntityType.LOCATION || e.mentions().isEmpty() || !town(e.name())) {
                continue;
            }
            java.util.regex.Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(e.name()) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(headline);
            if (m.find() && m.start() < at) {
                best = e;
                at = m.start();
            }
        }
        return best;
    }

    /** The place with the town the text puts it in or the dateline's town ({@link ReportTown}); the dateline's town alone when the article names no place. */
    private static Placed inTown(ArticleRecord r, Placed best, Names names, ReportTown.Dateline dateline) {
        String text = r.text();
        java.util.function.Predicate<String> isPlace = names::isPlace;
        java.util.function.Predicate<String> isCounty = ReportPlace::isCounty;
        String town = null;
        if (best != null) {
            Span mention = firstMention(r, best);
            if (mention != null) {
                int start = text.offsetByCodePoints(0, mention.start());
                int end = text.offsetByCodePoints(start, mention.end() - mention.start());
                boolean small = RANK.indexOf(kind(best.name)) >= RANK.indexOf("site");
                town = ReportTown.containing(text, start, end, isPlace, isCounty, REGIONS, small);
            }
        }
        // a dateline that is the place itself ("ROGERS PARK —" over a story of Rogers Park) tells
        // no town it lies in: the police's town may ("a Chicago Police spokeswoman")
        if (town == null || best != null && named(best.name, town)) {
            town = dateline == null ? null : dateline.town();
        }
        if (town == null || best != null && named(best.name, town)) {
            town = ReportTown.police(text, isPlace, isCounty, REGIONS);
        }
        if (best == null && town == null) {
            // a text that names no place (a page's furniture, a caption) under "4 shot, 1 dead in Pine
            // Bluff shooting": the headline's place, as the headline writes it
            Placed told = fromHeadline(r);
            return told == null ? new Placed(null, null, null, null) : told;
        }
        if (best == null) {
            return new Placed(town, null, "town", null);
        }
        return new Placed(ReportTown.withTown(best.name, town), best.entity, best.basis, best.evidence);
    }

    /** The place the headline gives ({@link Headline#place}), as it writes it and with no evidence in the text; null for none or a state. */
    private static Placed fromHeadline(ArticleRecord r) {
        String told = Headline.place(r.title(), r.text());
        return told == null || region(told) || noPlace(told) ? null : new Placed(told, null, "headline", null);
    }

    /** Whether the name is a town by its words: no state or country, no county, site or street word. */
    private static boolean town(String name) {
        return !region(name) && kind(name).equals("town");
    }

    /** Whether the place's name already names the town ("ROGERS PARK" and "Rogers Park"). */
    private static boolean named(String place, String town) {
        return place.toLowerCase(Locale.ROOT).contains(town.toLowerCase(Locale.ROOT));
    }

    /** The first mention of the place's entity, else the first place in the text its name is written; null when neither. */
    private static Span firstMention(ArticleRecord r, Placed p) {
        for (Entity e : r.entities()) {
            if (e.id().equals(p.entity) && !e.mentions().isEmpty()) {
                return e.mentions().stream().min(Comparator.naturalOrder()).orElseThrow();
            }
        }
        String name = p.name.contains(",") ? p.name.substring(0, p.name.indexOf(',')) : p.name;
        int at = r.text().indexOf(name);
        if (at < 0) {
            return null;
        }
        int start = r.text().codePointCount(0, at);
        return new Span(start, start + name.codePointCount(0, name.length()), name);
    }

    /**
     * A country or state, or a name of two letters or fewer: a state's postal code ("TX", "OK"),
     * which places.tsv leaves out because "IN" and "OR" are words, but which is never a town.
     */
    private static boolean region(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        // "a small Florida town", "the Wisconsin city": a state's name with a word for a place in
        // it describes a town the text does not name
        java.util.regex.Matcher described = DESCRIBED.matcher(name.strip());
        if (described.matches()) {
            n = described.group(1).toLowerCase(Locale.ROOT);
        }
        // "W.Va" for "W.Va.": an abbreviation whose full stop the tagger left to the sentence; "U.S."
        // for "US" ("off U.S. Highway 12" tagged as a place)
        return n.length() <= 2 || REGIONS.contains(n) || REGIONS.contains(n + ".") || REGIONS.contains(n.replace(".", ""));
    }

    /**
     * Whether a name the tagger took for a place names none of its own: a police body's word alone
     * ("Metro police say", {@code police-bodies.tsv}), or an abbreviation alone ("Mt." of "the Mt. Baker
     * neighborhood", cut from its name).
     */
    private static boolean noPlace(String name) {
        String n = name.strip();
        return ReportTown.policeBody(n) || LONE_ABBREVIATION.matcher(n).matches();
    }


    /**
     * Towns before counties, sites and streets ({@link #level}), then the first named, not counting
     * a mention at the dateline ({@code datelineAt}, code points, -1 for none): the dateline is the
     * town the report was filed from, often the newsroom's ("CHARLESTON, W.Va. —" over a shooting
     * "in Cedar Grove"), and it still follows the place as its town ("Cedar Grove, CHARLESTON"); a
     * place the dateline alone names comes last.
     */
    private static Comparator<Entity> placeOrder(int datelineAt, TextTowns.Towns american) {
        return Comparator.<Entity>comparingInt(e -> level(e.name(), american))
            .thenComparingInt(e -> e.mentions().stream().mapToInt(Span::start).filter(at -> at != datelineAt)
                .min().orElse(Integer.MAX_VALUE));
    }

    /**
     * The rank of a report's place in the fusion's vote, lower first ({@link #level}): a town
     * outvotes a street whatever the count, a known town a name that may be a neighbourhood.
     */
    static int placeRank(String name, ArticleRecord r) {
        return level(name, TextTowns.of(r));
    }

    /**
     * 0 a town of {@link KnownTowns} in an article of the United States ({@code american}: the
     * states it names, empty for none, and the names it calls a part of a town; null for an article
     * of another country, {@link TextTowns#of}), 1 any other name
     * with no county, site or street word, 2 a county, 3 a site, 4 a street. A name the list knows
     * is the town a monitor files under; one it does not may be a town it does not list, or a
     * neighbourhood, a shop, a person's name the tagger took for a place ("North Side", "Meijer"),
     * so it yields to a known one and still outranks a county or a street.
     */
    static int level(String name, TextTowns.Towns american) {
        int kind = RANK.indexOf(placeKind(name));
        if (kind > 0) {
            return kind + 1;
        }
        return american != null && knownTown(name, american) ? 0 : 1;
    }

    /** Whether the place or the town after its comma is a known town of the article ("Rogers Park, Chicago"; no state). */
    private static boolean knownTown(String name, TextTowns.Towns towns) {
        for (String part : name.split(",")) {
            if (!region(part) && towns.known(part)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The kind of a place as the text names it: of a place with the town or county it lies in,
     * the place's own ("Corsicana, NAVARRO COUNTY" is a town), but a county's with a town the text
     * puts in it is that town's ("Gilchrist County, BELL").
     */
    private static String placeKind(String name) {
        List<String> parts = java.util.Arrays.stream(name.split(",")).map(String::strip)
            .filter(p -> !p.isEmpty() && !region(p)).toList();
        if (parts.size() < 2) {
            return kind(name);
        }
        String first = kind(parts.get(0));
        return first.equals("county") && parts.subList(1, parts.size()).stream().anyMatch(p -> kind(p).equals("town"))
            ? "town" : first;
    }

    /** town, county, site or street, by the words of the name. */
    static String kind(String name) {
        String worst = "town";
        String[] words = name.toLowerCase(Locale.ROOT).split("[\\s,]+");
        for (int i = 0; i < words.length; i++) {
            PlaceWord p = PLACE_WORDS.get(words[i]);
            if (p != null && (!p.lastOnly || i == words.length - 1) && RANK.indexOf(p.kind) > RANK.indexOf(worst)) {
                worst = p.kind;
            }
        }
        return worst;
    }

    /** A word of {@code place-words.tsv}: the kind it marks, and whether only as the name's last word ("Main St." but "St. Louis"). */
    private record PlaceWord(String kind, boolean lastOnly) {}

    /** The mention, and ", State" when the text follows it with a state's name or abbreviation. */
    private static String withState(String text, Span mention) {
        int end = text.offsetByCodePoints(0, mention.end());
        if (text.startsWith(", ", end)) {
            int stop = end + 2;
            while (stop < text.length() && (Character.isLetter(text.charAt(stop)) || text.charAt(stop) == '.'
                || text.charAt(stop) == ' ' && stop + 1 < text.length() && Character.isUpperCase(text.charAt(stop + 1)))) {
                stop++;
            }
            String next = text.substring(end + 2, stop).strip();
            if (REGIONS.contains(next.toLowerCase(Locale.ROOT))) {
                return mention.text() + ", " + next;
            }
            // a state that ends its sentence: "Lithonia, Georgia. Police said", "Decatur, Ga. Police"
            int full = next.indexOf(". ");
            if (full > 0) {
                String abbreviated = next.substring(0, full + 1);
                String named = next.substring(0, full);
                if (REGIONS.contains(abbreviated.toLowerCase(Locale.ROOT))) {
                    return mention.text() + ", " + abbreviated;
                }
                if (REGIONS.contains(named.toLowerCase(Locale.ROOT))) {
                    return mention.text() + ", " + named;
                }
            }
        }
        return mention.text();
    }

    private static Set<String> regions() {
        Set<String> names = new HashSet<>();
        TsvTable places = TsvTable.resource(ReportPlace.class, "/org/dateline/analyze/entity/places.tsv",
            "name", "aliases", "kind");
        for (TsvTable.Row row : places.rows()) {
            if (row.get("kind").equals("state")) {
                names.add(row.get("name").toLowerCase(Locale.ROOT));
                TsvTable.items(row.get("aliases")).forEach(a -> names.add(a.toLowerCase(Locale.ROOT)));
            }
        }
        TsvTable countries = TsvTable.resource(ReportPlace.class, "/org/dateline/analyze/entity/countries.tsv",
            "name", "aliases");
        for (TsvTable.Row row : countries.rows()) {
            names.add(row.get("name").toLowerCase(Locale.ROOT));
            TsvTable.items(row.get("aliases")).forEach(a -> names.add(a.toLowerCase(Locale.ROOT)));
        }
        return Set.copyOf(names);
    }

    private static Map<String, PlaceWord> placeWords() {
        Map<String, PlaceWord> words = new HashMap<>();
        for (TsvTable.Row row : TsvTable.resource(ReportPlace.class, "place-words.tsv", "word", "kind", "where").rows()) {
            words.put(row.get("word"), new PlaceWord(row.get("kind"), row.get("where").equals("last")));
        }
        return Map.copyOf(words);
    }
}
