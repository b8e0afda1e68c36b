package org.dateline.analyze.entity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.analyze.data.TsvTable;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Token;

/**
 * Names that are a country or a city of one country and also a place of another
 * ({@code shared-names.tsv}: "Georgia", the country GEO and a US state; "Bristol", an English city
 * and a US town), and which of the two a text means. The tables read every "Georgia" as the
 * country, so a US local report's "Georgia Bureau of Investigation" was coded GEO and the state was
 * the Caucasus country on its entity page. A text means the place when it names another place of
 * the place's country ({@link ActorCodes#localPlaceCode}: "Atlanta", "Ga.", "Texas") and nothing of
 * the other country (another of its names, its capital, its people, its regions); a text that names
 * neither means what the table's {@code without_context} says. A town is meant only where the text
 * names one of its states, right after it ("Bristol, Tenn.") or anywhere ("Tennessee", "Tenn.";
 * Washington only as a place's state): a US report names the Toronto Raptors beside Boston
 * without saying whose Toronto.
 */
final class SharedNames {
    /** Longest phrase read as one name, in words: "Salt Lake City". */
    private static final int MAX_WORDS = 3;

    /** {@code name}: as the table writes it; {@code states}: a town's US states by name, empty for a state. */
    private record Shared(String name, String country, String placeCountry, boolean placeWithoutContext, Set<String> states) {}

    private final ActorCodes codes;
    /** The states of places.tsv by name and AP abbreviation: "Tenn." Tennessee, "Wash." Washington. */
    private final Map<String, String> stateNames;
    /** By the name as the table writes it, and by its upper case, as datelines write it ("GEORGIA"). */
    private final Map<String, Shared> byName;

    private SharedNames(ActorCodes codes, TsvTable table, TsvTable places) {
        this.codes = codes;
        Map<String, String> states = new HashMap<>();
        for (TsvTable.Row row : places.rows()) {
            if (row.get("kind").equals("state")) {
                String name = row.get("name").replaceFirst(" State$", ""); // "Washington State"
                states.put(row.get("name"), name);
                row.items("aliases").forEach(alias -> states.put(alias, name));
            }
        }
        this.stateNames = Map.copyOf(states);
        Map<String, Shared> names = new HashMap<>();
        for (TsvTable.Row row : table.rows()) {
            String name = row.get("name");
            String country = row.get("country");
            String placeCountry = row.get("place_country");
            String without = row.get("without_context");
            boolean town = row.get("kind").equals("city");
            if (codes.countryName(placeCountry).isEmpty() || !Set.of("place", "country").contains(without)
                    || !Set.of("city", "state").contains(row.get("kind")) || town == row.items("states").isEmpty()
                    || codes.countryCode(name).or(() -> codes.localPlaceCode(name)).filter(country::equals).isEmpty()) {
                throw new IllegalStateException("shared-names.tsv: " + row.where() + ": the name must be the country's in "
                    + "countries.tsv or a city of it in places.tsv, place_country known, without_context place or country, "
                    + "kind city (with its states) or state (without)");
            }
            Shared shared = new Shared(name, country, placeCountry, without.equals("place"), Set.copyOf(row.items("states")));
            names.put(name, shared);
            names.put(name.toUpperCase(Locale.ROOT), shared);
        }
        this.byName = Map.copyOf(names);
    }

    static SharedNames of(ActorCodes codes) {
        return new SharedNames(codes, TsvTable.resource(SharedNames.class, "shared-names.tsv",
            "name", "country", "place_country", "kind", "without_context", "states"),
            TsvTable.resource(SharedNames.class, "places.tsv", "name", "aliases", "kind"));
    }

    /**
     * The shared names {@code text} means as places, as the text writes them, each with the code of
     * the country the place lies in; empty for most texts.
     */
    Map<String, String> placesMeant(AnnotatedText text) {
        List<Token> tokens = text.tokens();
        Map<String, Shared> present = new HashMap<>();
        Set<String> inTheirStates = new HashSet<>();
        Set<String> placeCountries = new HashSet<>();
        Set<String> countries = new HashSet<>();
        Set<String> statesNamed = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).isCapitalised()) {
                continue;
            }
            codes.demonymCode(tokens.get(i).word()).ifPresent(countries::add);
            for (int end = i + 1; end <= Math.min(tokens.size(), i + MAX_WORDS); end++) {
                if (tokens.get(end - 1).sentence() != tokens.get(i).sentence()) {
                    break;
                }
                String phrase = text.index().slice(tokens.get(i).start(), tokens.get(end - 1).end());
                Shared shared = byName.get(phrase);
                if (shared != null) {
                    present.put(phrase, shared);
                    if (followedByItsState(text, end, shared)) {
                        inTheirStates.add(phrase);
                    }
                    break; // the name, its possessive and the names it begins tell neither meaning
                }
                if (byName.containsKey(tokens.get(end - 1).word())) {
                    break; // "the Georgia" is the name again
                }
                String state = stateNamed(text, i, end, phrase);
                if (state != null) {
                    statesNamed.add(state);
                }
                codes.localPlaceCode(phrase).ifPresent(c -> {
                    placeCountries.add(c);
                    countries.add(c); // "Manchester" tells of England too
                });
                Optional<String> country = codes.countryCode(phrase).or(() -> codes.capitalCode(phrase))
                    .or(() -> codes.regionCode(phrase));
                country.ifPresent(countries::add);
            }
        }
        Map<String, String> meant = new HashMap<>();
        // states first: a state the text means ("Georgia" beside Atlanta) is a state it names for its towns
        present.forEach((name, s) -> {
            boolean foreign = countries.stream().anyMatch(c -> !c.equals(s.placeCountry()));
            if (s.states().isEmpty() && (placeCountries.contains(s.placeCountry()) || s.placeWithoutContext() && !foreign)
                    && !countries.contains(s.country())) {
                meant.put(name, s.placeCountry());
                statesNamed.add(s.name()); // as the table writes it, though the text wrote "GEORGIA"
            }
        });
        present.forEach((name, s) -> {
            boolean place = inTheirStates.contains(name) || s.states().stream().anyMatch(statesNamed::contains);
            if (!s.states().isEmpty() && place && !countries.contains(s.country())) {
                meant.put(name, s.placeCountry());
            }
        });
        return meant;
    }

    /**
     * The US state the words [i, end) name, by its name or AP abbreviation ("Tennessee", "Tenn."),
     * or null. "Washington" alone is the capital or the government more often than the state: it
     * is the state after a comma ("Clark County, Washington") or before "state".
     */
    private String stateNamed(AnnotatedText text, int i, int end, String phrase) {
        String state = stateNames.get(phrase);
        if (state != null || !phrase.equals("Washington")) {
            return state;
        }
        List<Token> tokens = text.tokens();
        boolean afterComma = i > 0 && tokens.get(i - 1).word().equals(",");
        boolean beforeState = end < tokens.size() && tokens.get(end).word().equalsIgnoreCase("state");
        return afterComma || beforeState ? "Washington" : null;
    }

    /** The town is written with one of its states right after it, a comma between or not: "Bristol, Tenn.", "Bristol Tennessee". */
    private boolean followedByItsState(AnnotatedText text, int at, Shared town) {
        List<Token> tokens = text.tokens();
        int from = at < tokens.size() && tokens.get(at).word().equals(",") ? at + 1 : at;
        for (int end = from + 1; end <= Math.min(tokens.size(), from + 2); end++) {
            String phrase = text.index().slice(tokens.get(from).start(), tokens.get(end - 1).end());
            if (town.states().contains(stateNames.getOrDefault(phrase, phrase))) {
                return true;
            }
        }
        return false;
    }
}
