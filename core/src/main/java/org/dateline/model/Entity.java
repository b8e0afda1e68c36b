package org.dateline.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One real-world entity of an article with every mention of it.
 *
 * @param code ISO 3166-1 alpha-3 country, or IGO / NGO / MNC; null when unknown
 * @param sector PLOVER/CAMEO actor sector or null
 * @param nominal true for a person the article names only by role ("the Azerbaijani deputy foreign
 *     minister"), whose {@code name} is that description; written only when true, so records of
 *     every other entity read as before (docs/CONTRACT.md, entities)
 * @param unnamed true for a person the article brings in without a name, by what they are ("a
 *     17-year-old boy", "a gunman"), whose {@code name} is those words: the article's own, never
 *     the same person as another article's; written only when true
 */
@JsonPropertyOrder({"id", "name", "type", "titles", "code", "sector", "organization", "nominal", "unnamed", "mentions"})
public record Entity(String id, String name, EntityType type, List<String> titles, String code,
                     Sector sector, String organization,
                     @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean nominal,
                     @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean unnamed, List<Span> mentions) {
    public Entity {
        titles = List.copyOf(titles);
        mentions = List.copyOf(mentions);
    }

    /** A named entity or one named by role: {@code unnamed} false. */
    public Entity(String id, String name, EntityType type, List<String> titles, String code, Sector sector,
                  String organization, boolean nominal, List<Span> mentions) {
        this(id, name, type, titles, code, sector, organization, nominal, false, mentions);
    }

    /** An entity the article names: {@code nominal} false. */
    public Entity(String id, String name, EntityType type, List<String> titles, String code, Sector sector,
                  String organization, List<Span> mentions) {
        this(id, name, type, titles, code, sector, organization, false, false, mentions);
    }
}
