package org.dateline.analyze.entity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.analyze.data.TsvTable;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Token;

/**
 * Names that are a country and also a place of another country ({@code shared-names.tsv}:
 * "Georgia", the country GEO and a US state), and which of the two a text means. The tagger and
 * the country table read every "Georgia" as the country, so a US local report's "Georgia Bureau of
 * Investigation" was coded GEO and the state was the Caucasus country on its entity page. A text
 * means the place when it names another place of the place's country ({@link
 * ActorCodes#localPlaceCode}: "Atlanta", "Ga.", "Texas") and nothing of the country (another of its
 * names, its capital, its people, its regions).
 */
final class SharedNames {
    /** Longest phrase read as one place or country name, in words: "Salt Lake City". */
    private static final int MAX_WORDS = 3;

    private record Shared(String country, String placeCountry) {}

    private final ActorCodes codes;
    private final Map<String, Shared> byName;

    private SharedNames(ActorCodes codes, TsvTable table) {
        this.codes = codes;
        Map<String, Shared> names = new HashMap<>();
        for (TsvTable.Row row : table.rows()) {
            String country = row.get("country");
            String placeCountry = row.get("place_country");
            if (codes.countryName(country).isEmpty() || codes.countryName(placeCountry).isEmpty()
                    || codes.countryCode(row.get("name")).filter(country::equals).isEmpty()) {
                throw new IllegalStateException("shared-names.tsv: " + row.where()
                    + ": the name must be the country's in countries.tsv, and both codes known");
            }
            names.put(row.get("name"), new Shared(country, placeCountry));
        }
        this.byName = Map.copyOf(names);
    }

    static SharedNames of(ActorCodes codes) {
        return new SharedNames(codes,
            TsvTable.resource(SharedNames.class, "shared-names.tsv", "name", "country", "place_country", "kind"));
    }

    /**
     * The shared names {@code text} means as places, each with the code of the country the place
     * lies in; empty for most texts.
     */
    Map<String, String> placesMeant(AnnotatedText text) {
        List<Token> tokens = text.tokens();
        Set<String> present = new HashSet<>();
        for (Token t : tokens) {
            if (byName.containsKey(t.word())) {
                present.add(t.word());
            }
        }
        if (present.isEmpty()) {
            return Map.of();
        }
        Set<String> placeCountries = new HashSet<>();
        Set<String> countries = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).isCapitalised() || byName.containsKey(tokens.get(i).word())) {
                continue; // the name itself, its possessive and names it begins tell neither
            }
            codes.demonymCode(tokens.get(i).word()).ifPresent(countries::add);
            for (int end = i + 1; end <= Math.min(tokens.size(), i + MAX_WORDS); end++) {
                if (tokens.get(end - 1).sentence() != tokens.get(i).sentence() || byName.containsKey(tokens.get(end - 1).word())) {
                    break; // "the Georgia" is the name again
                }
                String phrase = text.index().slice(tokens.get(i).start(), tokens.get(end - 1).end());
                codes.localPlaceCode(phrase).ifPresent(placeCountries::add);
                Optional<String> country = codes.countryCode(phrase).or(() -> codes.capitalCode(phrase))
                    .or(() -> codes.regionCode(phrase));
                country.ifPresent(countries::add);
            }
        }
        Map<String, String> meant = new HashMap<>();
        for (String name : present) {
            Shared s = byName.get(name);
            if (placeCountries.contains(s.placeCountry()) && !countries.contains(s.country())) {
                meant.put(name, s.placeCountry());
            }
        }
        return meant;
    }
}
