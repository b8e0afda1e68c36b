package org.dateline.story;

import java.util.List;

/**
 * A field of an incident on which its independent sources differ, with every version and the
 * articles that give it, so a monitor sees who says what instead of one number that hides the rest.
 *
 * @param field {@code date}, {@code location}, {@code killed}, {@code injured}, {@code actors} or
 *     {@code recipients} (the countries of who acted, or of whose people were hit: {@link Fusion#partyCountries})
 * @param versions each distinct value with the articles giving it, most sources first
 */
public record Disagreement(String field, List<Version> versions) {
    public Disagreement {
        versions = List.copyOf(versions);
    }

    /** One source's (or several sources') value of the field. */
    public record Version(String value, List<String> articleIds) {
        public Version {
            articleIds = List.copyOf(articleIds);
        }
    }
}
