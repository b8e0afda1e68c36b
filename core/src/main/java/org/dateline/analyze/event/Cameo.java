package org.dateline.analyze.event;

import org.dateline.model.EventMode;
import org.dateline.model.EventType;

/**
 * The two-digit CAMEO root code of a PLOVER event, for exports to tools that speak CAMEO (GDELT,
 * ICEWS, PETRARCH). PLOVER merged and split CAMEO's roots, so the mode decides where one PLOVER
 * category spans several roots; the table follows the PLOVER project's CAMEO conversion.
 *
 * <pre>
 * AGREE 03   CONSULT 04   SUPPORT 05   COOPERATE 06   AID 07   CONCEDE 08   RETREAT 08
 * ACCUSE 11 (investigate: 09)   REQUEST 10   REJECT 12   THREATEN 13   PROTEST 14   MOBILIZE 15
 * SANCTION 16   COERCE 17   ASSAULT 18 (firearms, heavy-weapons, aerial: 19; mass killing: 20)
 * </pre>
 */
public final class Cameo {
    private Cameo() {}

    /** The root code ("04") of a category and its mode (may be null). */
    public static String root(EventType type, EventMode mode) {
        return switch (type) {
            case AGREE -> "03";
            case CONSULT -> "04";
            case SUPPORT -> "05";
            case COOPERATE -> "06";
            case AID -> "07";
            case CONCEDE, RETREAT -> "08";
            case ACCUSE -> mode == EventMode.INVESTIGATE ? "09" : "11";
            case REQUEST -> "10";
            case REJECT -> "12";
            case THREATEN -> "13";
            case PROTEST -> "14";
            case MOBILIZE -> "15";
            case SANCTION -> "16";
            case COERCE -> "17";
            case ASSAULT -> assaultRoot(mode);
        };
    }

    /** CAMEO keeps unconventional violence (18), conventional military force (19), mass violence (20). */
    private static String assaultRoot(EventMode mode) {
        if (mode == null) {
            return "18";
        }
        return switch (mode) {
            case FIREARMS, HEAVY_WEAPONS, AERIAL -> "19";
            case CLEANSING -> "20";
            default -> "18";
        };
    }
}
