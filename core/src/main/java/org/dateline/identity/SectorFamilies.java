package org.dateline.identity;

import java.util.EnumMap;
import java.util.Map;
import org.dateline.analyze.data.TsvTable;
import org.dateline.model.Sector;

/**
 * Sectors grouped into kinds of role that one person's career stays within (a minister becomes a
 * party leader or a legislator, rarely a footballer's agent): two people of one name whose sectors
 * are of different families are two people. Read from {@code sector-families.tsv}.
 */
public final class SectorFamilies {
    private final Map<Sector, String> families = new EnumMap<>(Sector.class);

    SectorFamilies(TsvTable table) {
        for (TsvTable.Row row : table.require("sector", "family").rows()) {
            Sector s;
            try {
                s = Sector.valueOf(row.get("sector"));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(row.where() + ": unknown sector '" + row.get("sector") + "'", e);
            }
            if (families.put(s, row.get("family")) != null) {
                throw new IllegalStateException(row.where() + ": sector " + s + " listed twice");
            }
        }
        for (Sector s : Sector.values()) {
            if (!families.containsKey(s)) {
                throw new IllegalStateException(table.name() + ": sector " + s + " has no family");
            }
        }
    }

    private static final class Holder {
        static final SectorFamilies INSTANCE = new SectorFamilies(TsvTable.resource(SectorFamilies.class, "sector-families.tsv"));
    }

    public static SectorFamilies standard() {
        return Holder.INSTANCE;
    }

    /** The family of a sector, null for null. */
    public String of(Sector sector) {
        return sector == null ? null : families.get(sector);
    }
}
