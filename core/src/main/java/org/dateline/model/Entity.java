package org.dateline.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One real-world entity of an article with every mention of it.
 *
 * @param code ISO 3166-1 alpha-3 country, or IGO / NGO / MNC; null when unknown
 * @param sector PLOVER/CAMEO actor sector or null
 */
@JsonPropertyOrder({"id", "name", "type", "titles", "code", "sector", "organization", "mentions"})
public record Entity(String id, String name, EntityType type, List<String> titles, String code,
                     Sector sector, String organization, List<Span> mentions) {
    public Entity {
        titles = List.copyOf(titles);
        mentions = List.copyOf(mentions);
    }
}
