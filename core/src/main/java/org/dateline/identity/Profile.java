package org.dateline.identity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dateline.analyze.data.PlaceAbbreviations;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.NameFold;

/**
 * What the resolver knows of one article's entity: its type, its name folded and in canonical
 * spelling, its country code, the family of its sector, its titles (folded), whether the article
 * names it only by a role, and the article's day.
 *
 * @param nameKey the name as the cross-article key folds it ({@code "elnur mammadov"})
 * @param canonical the name in canonical spelling ({@link Spelling}), a place's abbreviated first word written
 *     in full ({@link PlaceAbbreviations}); equals nameKey when no variant is known
 * @param family the {@link SectorFamilies} family of the sector, or null
 * @param titles the titles folded as names are ({@code "deputy foreign minister"})
 * @param day the article's day, or null when it has none
 */
public record Profile(EntityType type, String display, String nameKey, String canonical, String code,
                      String family, List<String> titles, boolean nominal, LocalDate day) {
    public Profile {
        titles = List.copyOf(titles);
    }

    /** The entity's profile; {@code nominal} is the record's: a person named only by role. */
    public static Profile of(Entity e, LocalDate day, Spelling spelling, SectorFamilies families) {
        String key = NameFold.forEntityKey(e.name());
        List<String> titles = new ArrayList<>();
        for (String t : e.titles()) {
            String folded = NameFold.forEntityKey(t);
            if (!folded.isEmpty() && !titles.contains(folded)) {
                titles.add(folded);
            }
        }
        return new Profile(e.type(), e.name(), key, spelling.canonical(PlaceAbbreviations.inFull(e.type(), key)), e.code(),
            families.of(e.sector()), titles, e.nominal(), day);
    }

    /** The canonical name's words. */
    public List<String> words() {
        return canonical.isEmpty() ? List.of() : List.of(canonical.split(" "));
    }
}
