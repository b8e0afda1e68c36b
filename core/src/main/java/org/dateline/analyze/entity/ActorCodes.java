package org.dateline.analyze.entity;


import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.analyze.data.TsvTable;
import org.dateline.model.Sector;
import org.dateline.model.Vocabularies;

/**
 * Actor-coding tables: country names, demonyms, capitals and regions to ISO 3166-1 alpha-3
 * codes; inter-governmental bodies, NGOs, companies and news outlets to their code; role words
 * to PLOVER/CAMEO actor sectors. The tables are the UTF-8 TSV files next to this class
 * ({@code countries.tsv}, {@code organizations.tsv}, {@code regions.tsv}, {@code places.tsv}, {@code peoples.tsv},
 * {@code sectors.tsv}), whose comments document each decision on an ambiguous name.
 *
 * <p>Instances are immutable and thread-safe; {@link #standard()} loads the tables once.
 *
 * <h2>Matching</h2>
 * Every lookup folds its argument as {@link NameKey} does: letter case, diacritics, curly versus
 * straight apostrophes, periods ("U.S." = "US"), hyphens, a leading "the" and a possessive
 * {@code 's} make no difference ("the United States'" = "United States"). One exception: an
 * acronym of at most three letters written in capitals (US, UK, UN, EU, WHO, CAR, DRC) matches
 * only in capitals, so the ordinary words "us", "who" and "car" are not names.
 *
 * <h2>Ambiguous names: what callers must do</h2>
 * Lookups are exact on the whole argument and case-insensitive, so some country names are also
 * ordinary words or other places: Turkey/turkey, Chad, Jordan, Niger, Guinea, China/china,
 * Jersey, Georgia (also a U.S. state), Washington (a state, a person). Pass the text of a named
 * entity (a capitalised NER mention typed LOCATION, COUNTRY or ORGANIZATION), never arbitrary
 * words, and let the NER type and context decide cases such as Georgia. Fixed choices
 * ("Congo" = DR Congo, "Dominican" = Dominican Republic) are listed in {@code countries.tsv}.
 */
public final class ActorCodes {


    /** The non-country actor codes of the output contract. */
    public static final Set<String> ORGANIZATION_CODES = Set.of("IGO", "NGO", "MNC");

    /**
     * A coded organisation.
     *
     * @param code IGO, NGO, MNC, or the alpha-3 code of the state that owns or hosts it
     * @param canonicalName the organisation's full name as the table gives it
     * @param sector the actor sector its function fixes (JUD for a court, MED for a news
     *     agency...), or null when it has none
     */
    public record OrgCode(String code, String canonicalName, Sector sector) {
    }

    /**
     * Last words that make a name an organisation's: "UN monitoring mission" is a body of the
     * UN, "EU foreign ministers" are people.
     */
    private static final Set<String> BODY_WORDS = Set.of("council", "commission", "committee",
            "agency", "office", "mission", "court", "tribunal", "parliament", "assembly",
            "secretariat", "programme", "program", "fund", "bank", "organization", "organisation",
            "delegation", "force", "body", "authority", "board", "institute", "centre", "center",
            "group", "forum", "panel", "directorate", "department", "service", "command",
            "headquarters", "observatory", "team");

    private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern ALPHA2 = Pattern.compile("[A-Z]{2}");

    private final Map<String, String> namesByAlpha3;
    private final Map<String, String> alpha3ByAlpha2;
    private final NameIndex<String> countryNames = new NameIndex<>("country name");
    private final NameIndex<String> demonyms = new NameIndex<>("demonym");
    private final NameIndex<String> capitals = new NameIndex<>("capital");
    private final NameIndex<String> regions = new NameIndex<>("region");
    private final NameIndex<String> places = new NameIndex<>("place");
    private final Set<String> peopleNouns;
    private final NameIndex<OrgCode> organizations = new NameIndex<>("organization");
    private final Map<OrgCode, List<String>> orgNames;
    private final RoleWords roleWords;
    private final RoleWords agents;

    private ActorCodes(TsvTable countries, TsvTable organizations, TsvTable regions, TsvTable places,
                       TsvTable peoples, TsvTable sectors, TsvTable agents) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> alpha2s = new HashMap<>();
        Set<String> people = new HashSet<>();
        for (TsvTable.Row row : countries.rows()) {
            String alpha3 = row.get("alpha3");
            String alpha2 = row.get("alpha2");
            if (!ALPHA3.matcher(alpha3).matches() || !ALPHA2.matcher(alpha2).matches()
                    || names.putIfAbsent(alpha3, row.get("name")) != null
                    || alpha2s.putIfAbsent(alpha2, alpha3) != null) {
                throw new IllegalStateException("countries.tsv: bad or repeated code in " + row);
            }
            countryNames.put(row.get("name"), alpha3);
            row.items("aliases").forEach(alias -> countryNames.put(alias, alpha3));
            row.items("demonyms").forEach(demonym -> demonyms.put(demonym, alpha3));
            for (String noun : row.items("people")) {
                demonyms.put(noun, alpha3);
                people.add(NameKey.key(noun));
            }
            row.items("capitals").forEach(capital -> capitals.put(capital, alpha3));
        }
        this.namesByAlpha3 = Collections.unmodifiableMap(names);
        this.alpha3ByAlpha2 = Map.copyOf(alpha2s);

        for (TsvTable.Row row : regions.rows()) {
            String alpha3 = knownCountry(row.get("alpha3"), "regions.tsv");
            this.regions.put(row.get("name"), alpha3);
            row.items("aliases").forEach(alias -> this.regions.put(alias, alpha3));
        }
        for (TsvTable.Row row : places.rows()) {
            String alpha3 = knownCountry(row.get("alpha3"), "places.tsv");
            if (!Set.of("state", "city").contains(row.get("kind"))) {
                throw new IllegalStateException("places.tsv: kind must be state or city in " + row);
            }
            this.places.put(row.get("name"), alpha3);
            row.items("aliases").forEach(alias -> this.places.put(alias, alpha3));
        }
        for (TsvTable.Row row : peoples.rows()) {
            row.items("people").forEach(noun -> people.add(NameKey.key(noun)));
        }
        this.peopleNouns = Set.copyOf(people);

        Map<OrgCode, List<String>> orgs = new LinkedHashMap<>();
        for (TsvTable.Row row : organizations.rows()) {
            String code = ORGANIZATION_CODES.contains(row.get("code"))
                    ? row.get("code") : knownCountry(row.get("code"), "organizations.tsv");
            Sector sector = row.get("sector").isEmpty() ? null : row.value("sector", Sector::fromWire);
            OrgCode org = new OrgCode(code, row.get("name"), sector);
            List<String> all = new ArrayList<>();
            all.add(row.get("name"));
            all.addAll(row.items("aliases"));
            for (String name : all) {
                this.organizations.put(name, org);
            }
            if (orgs.put(org, all.stream().map(NameKey::folded).toList()) != null) {
                throw new IllegalStateException("organizations.tsv: repeated " + row.get("name"));
            }
        }
        this.orgNames = Collections.unmodifiableMap(orgs);
        this.roleWords = new RoleWords(sectors);
        this.agents = new RoleWords(agents);
    }

    private String knownCountry(String alpha3, String table) {
        if (!namesByAlpha3.containsKey(alpha3)) {
            throw new IllegalStateException(table + ": unknown country code " + alpha3);
        }
        return alpha3;
    }

    /** The shared instance built from the bundled tables, loaded on first use. */
    public static ActorCodes standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final ActorCodes INSTANCE = load();
    }

    /** Builds a new instance from the bundled tables; prefer the shared {@link #standard()}. */
    static ActorCodes load() {
        return new ActorCodes(
                TsvTable.resource(ActorCodes.class, "countries.tsv",
                        "alpha3", "alpha2", "name", "aliases", "demonyms", "people", "capitals"),
                TsvTable.resource(ActorCodes.class, "organizations.tsv", "code", "name", "aliases", "sector"),
                TsvTable.resource(ActorCodes.class, "regions.tsv", "name", "aliases", "alpha3"),
                TsvTable.resource(ActorCodes.class, "places.tsv", "name", "aliases", "alpha3", "kind"),
                TsvTable.resource(ActorCodes.class, "peoples.tsv", "people"),
                TsvTable.resource(ActorCodes.class, "sectors.tsv"), // RoleWords names its columns
                TsvTable.resource(ActorCodes.class, "agents.tsv"));
    }

    /**
     * The alpha-3 code of a country or territory named by its short name or an alias:
     * "Azerbaijan" AZE, "the United States" USA, "U.S." USA, "Türkiye" and "Turkey" TUR,
     * "Azerbaijan's" AZE. Demonyms, capitals and regions are not country names (see
     * {@link #demonymCode}, {@link #capitalCode}, {@link #regionCode}).
     */
    public Optional<String> countryCode(String name) {
        return countryNames.get(name);
    }

    /**
     * The alpha-3 code of a nationality adjective, singular person noun or plural people noun:
     * "Azerbaijani", "Azeri" AZE; "Russian" RUS; "Armenians" ARM; "Britons", "Briton" GBR.
     * Peoples without a state of their own ("Kurds") have none.
     */
    public Optional<String> demonymCode(String word) {
        return demonyms.get(word);
    }

    /**
     * True for a plural noun naming a people, such as "Armenians", "Azeris" or "Kurds" (which has
     * no country code): a mention of it is a GROUP. Adjectives whose plural is the same word
     * ("Chinese", "Swiss", "British") are not people nouns: their use as an adjective is far
     * more common.
     */
    public boolean isPeopleNoun(String word) {
        return peopleNouns.contains(NameKey.key(word));
    }

    /** The short English name of an alpha-3 code ("AZE" Azerbaijan), exact code only. */
    public Optional<String> countryName(String alpha3) {
        return Optional.ofNullable(alpha3 == null ? null : namesByAlpha3.get(alpha3));
    }

    /** The alpha-3 code of an ISO 3166-1 alpha-2 code ("AZ" AZE), exact code only. */
    public Optional<String> alpha3(String alpha2) {
        return Optional.ofNullable(alpha2 == null ? null : alpha3ByAlpha2.get(alpha2));
    }

    /** All alpha-3 codes of the country table, in table order. */
    public Set<String> countryCodes() {
        return namesByAlpha3.keySet();
    }

    /**
     * The country whose capital this is, for capitals used as metonyms ("Baku said", "talks
     * between Moscow and Kyiv"): "Baku" AZE, "Washington" USA. A caller must first decide that
     * the city stands for its government.
     */
    public Optional<String> capitalCode(String city) {
        return capitals.get(city);
    }

    /**
     * The country a region lies in, by UN-recognised sovereignty: "Gaza" PSE, "Crimea" UKR,
     * "Karabakh" AZE, "Scotland" GBR. A place code, not a statement on any claim.
     */
    public Optional<String> regionCode(String region) {
        return regions.get(region);
    }

    /**
     * The country of a place that is the home of a local body: a capital, a region, or a state or
     * city of {@code places.tsv} ("Texas", "N.C.", "Cleveland", "Palermo" ...). For coding bodies
     * ("Cleveland police", "a Texas jury"); a place only named as a place keeps no code.
     */
    public Optional<String> placeCode(String place) {
        return places.get(place).or(() -> capitals.get(place)).or(() -> regions.get(place));
    }

    /**
     * As {@link #placeCode(String)}, but a name the text means as another country's place ({@code
     * meant}, {@link SharedNames}: "Bristol" beside Tennessee) is that place's: "Bristol police" USA.
     */
    public Optional<String> placeCode(String place, Map<String, String> meant) {
        return Optional.ofNullable(meant.get(place)).or(() -> placeCode(place));
    }

    /**
     * The country of a state or city of {@code places.tsv} only ("Texas", "Ga.", "Atlanta"), not
     * of a capital or a region: where a place tells which country a text is in ("Washington" is
     * as often the US government in foreign news).
     */
    public Optional<String> localPlaceCode(String place) {
        return places.get(place);
    }

    /**
     * The organisation a name denotes. Tried in order:
     * <ol>
     * <li>the whole name is a known name or alias: "EU", "UNHCR", "Doctors Without Borders";</li>
     * <li>the name is a known body followed by the name of another, or by words that with one of
     * the body's names make another's: "UN Human Rights Council" and "United Nations Security
     * Council" are the councils, "U.N. refugee agency" is UNHCR;</li>
     * <li>the name is a known body followed by words ending in a word for a body (council,
     * mission, office, agency, court...): "EU monitoring mission" is the EU, "OSCE office in
     * Yerevan" is not (it ends in a place), "EU foreign ministers" is not (people).</li>
     * </ol>
     * For a phrase that merely starts with a body ("EU foreign ministers", "UN peacekeepers") use
     * {@link #leadingOrganization}.
     */
    public Optional<OrgCode> organization(String name) {
        List<String> words = NameKey.words(name);
        Optional<OrgCode> exact = organizations.getFolded(String.join(" ", words));
        if (exact.isPresent() || words.size() < 2) {
            return exact;
        }
        for (int split = 1; split < words.size(); split++) {
            Optional<OrgCode> body = organizations.getFolded(join(words, 0, split));
            if (body.isEmpty()) {
                continue;
            }
            String rest = join(words, split, words.size());
            Optional<OrgCode> inner = organizations.getFolded(rest);
            if (inner.isPresent()) {
                return inner;
            }
            for (String bodyName : orgNames.get(body.get())) {
                inner = organizations.getFolded(bodyName + " " + rest);
                if (inner.isPresent()) {
                    return inner;
                }
            }
        }
        String last = NameKey.lower(words.get(words.size() - 1));
        boolean bodyWord = RoleWords.singulars(last).stream().anyMatch(BODY_WORDS::contains);
        return bodyWord ? leadingOrganization(words.subList(0, words.size() - 1)) : Optional.empty();
    }

    /**
     * The known organisation a phrase starts with, the longest such name: "EU foreign
     * ministers" EU, "UN peacekeepers" UN, "NATO's secretary general" NATO, "the OSCE Minsk
     * Group co-chairs" the Minsk Group. Use it to code the members or officials of a body; the
     * rest of the phrase gives their {@link #sector}.
     */
    public Optional<OrgCode> leadingOrganization(String phrase) {
        return leadingOrganization(NameKey.words(phrase));
    }

    private Optional<OrgCode> leadingOrganization(List<String> words) {
        for (int end = words.size(); end >= 1; end--) {
            Optional<OrgCode> org = organizations.getFolded(join(words, 0, end));
            if (org.isPresent()) {
                return org;
            }
        }
        return Optional.empty();
    }

    /**
     * The actor sector a role word or phrase names: "Deputy Foreign Minister" GOV,
     * "peacekeeping contingent" MIL, "eco-activists" CVL, "civil society representatives" CVL,
     * "news agency" MED, "staff journalist" JRN, "police spokesman" COP, "Minister of Justice"
     * GOV, "former president" ELI; empty when no role word occurs. Plurals of the table's
     * singulars match. When several role words occur, generic heads (official, spokesman,
     * leader, member...) count only if nothing else does; then a word before the first
     * preposition beats one after it; then the longest phrase; then the rightmost. "Former",
     * "ex" or "retired" before an office (GOV, LEG, JUD, MIL, COP, SPY) makes it ELI.
     */
    public Optional<Sector> sector(String phraseOrWord) {
        return roleWords.sector(phraseOrWord);
    }

    /**
     * The sector of a common noun phrase for actors without a name: {@link #sector} (the project's
     * own role words) where it answers, else Phoenix's agents dictionary ({@code agents.tsv}):
     * "doctors" CVL, "insurgents" REB, "gendarmerie" COP. Used for descriptions ("French doctors",
     * "rebels"), not for titles and organisation names, whose sectors stay the own table's.
     */
    public Optional<Sector> agentSector(String phrase) {
        Optional<Sector> own = roleWords.sector(phrase);
        return own.isPresent() ? own : agents.sector(phrase);
    }

    /**
     * True when a description is an actor of its own even where it points back at nothing
     * ("police", "rebels", "the army"): its sector comes from a role word that is not weak in the
     * own table, or from the agents table where the own table knows no word of it. Weak heads
     * ("officials", "representatives", "members", "authorities") usually point back at parties
     * named before, so they stand alone nowhere.
     */
    public boolean standsAlone(String phrase) {
        return roleWords.strong(phrase) || roleWords.sector(phrase).isEmpty() && agents.sector(phrase).isPresent();
    }

    private static String join(List<String> words, int from, int to) {
        return String.join(" ", words.subList(from, to));
    }
}
