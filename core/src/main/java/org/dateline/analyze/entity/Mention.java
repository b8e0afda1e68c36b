package org.dateline.analyze.entity;

import java.util.List;
import org.dateline.model.EntityType;
import org.dateline.model.Sector;

/**
 * One way the article refers to an entity, found before mentions are grouped: tokens
 * [tokenStart, tokenEnd) of the annotated text and what the words around it say.
 *
 * @param code country or IGO/NGO code the words give, or null
 * @param sector actor sector the words give, or null
 * @param titles job titles found beside a person's name
 * @param organization the organisation a title names ("UN" in "UN High Commissioner"), or null
 */
record Mention(int tokenStart, int tokenEnd, EntityType type, Kind kind, String code, Sector sector,
               List<String> titles, String organization) {

    enum Kind {
        /** A proper name: "Elnur Mammadov", "Azernews". */
        NAME,
        /** A noun phrase naming a collective: "Russian peacekeeping contingent", "Armenians". */
        NOMINAL,
        /**
         * A definite description of one office holder with the country, organisation or place it
         * serves: "the Azerbaijani deputy foreign minister", "the UN rights chief". A person of its
         * own when no named person takes it. Its titles hold the role; it may contain its owner's name.
         */
        ROLE,
        /** A definite description of someone named elsewhere: "the Azerbaijani official". */
        DESCRIPTION,
        /** He, she, his, her. */
        PRONOUN,
        /**
         * A person the article introduces without a name, by what they are: "a 17-year-old boy",
         * "another man", "a gunman". A person of its own, never one of another article.
         */
        UNNAMED,
        /** The same words made definite, pointing back at such a person: "the boy", "the gunman". */
        UNNAMED_AGAIN
    }

    Mention {
        titles = List.copyOf(titles);
    }

    static Mention name(int start, int end, EntityType type, String code, Sector sector) {
        return new Mention(start, end, type, Kind.NAME, code, sector, List.of(), null);
    }

    Mention withType(EntityType t) {
        return new Mention(tokenStart, tokenEnd, t, kind, code, sector, titles, organization);
    }

    Mention withEnd(int end) {
        return new Mention(tokenStart, end, type, kind, code, sector, titles, organization);
    }

    Mention withCodes(String newCode, Sector newSector) {
        return new Mention(tokenStart, tokenEnd, type, kind, newCode, newSector, titles, organization);
    }

    Mention withTitles(List<String> newTitles, String newCode, Sector newSector, String newOrganization) {
        return new Mention(tokenStart, tokenEnd, type, kind, newCode, newSector, newTitles, newOrganization);
    }

    boolean overlaps(Mention o) {
        return tokenStart < o.tokenEnd && o.tokenStart < tokenEnd;
    }
}
