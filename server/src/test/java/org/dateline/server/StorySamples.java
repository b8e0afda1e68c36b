package org.dateline.server;

import static org.dateline.store.testing.SampleRecords.span;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.Acled;
import org.dateline.model.AcledSubEventType;
import org.dateline.model.Article;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Event;
import org.dateline.model.EventMode;
import org.dateline.model.EventType;
import org.dateline.model.Factuality;
import org.dateline.model.InputRef;
import org.dateline.model.Published;
import org.dateline.model.Sector;
import org.dateline.model.Source;
import org.dateline.model.Span;
import org.dateline.model.Statement;
import org.dateline.model.StatementKind;

/**
 * One shooting near Stepanakert told by an outlet of each side, hand-built (no CoreNLP): they give
 * different tolls and days, and one side's minister calls it sabotage while the other side's
 * spokesman denies it. For the story and incident routes and views.
 */
final class StorySamples {
    static final String YEREVAN = "Sample Yerevan Courier";
    static final String BAKU = "Sample Caspian Ledger";

    private StorySamples() {}

    static List<ArticleRecord> shooting() {
        return List.of(armenianReport(), azerbaijaniReport());
    }

    /** Three killed and one wounded on March 5; the minister calls it sabotage. */
    static ArticleRecord armenianReport() {
        String text = "Three police officers were killed and one was wounded when Azerbaijani troops opened fire on a car "
            + "near Stepanakert on March 5. Interior Minister Vahe Ghazaryan said the shooting near Stepanakert was "
            + "an act of sabotage by Azerbaijani troops.";
        List<Entity> es = List.of(
            entity("E1", "police officers", EntityType.GROUP, "ARM", Sector.COP, text, "police officers"),
            entity("E2", "Azerbaijani troops", EntityType.GROUP, "AZE", Sector.MIL, text, "Azerbaijani troops"),
            entity("E3", "Stepanakert", EntityType.LOCATION, null, null, text, "Stepanakert"),
            entity("E4", "Vahe Ghazaryan", EntityType.PERSON, "ARM", Sector.GOV, text, "Vahe Ghazaryan"));
        Statement s1 = new Statement("S1", "E4", span(text, "Vahe Ghazaryan"), span(text, "said"),
            span(text, "the shooting near Stepanakert was an act of sabotage by Azerbaijani troops"),
            StatementKind.INDIRECT, "2023-03-06", List.of());
        Event shot = new Event("V1", EventType.ASSAULT, EventMode.FIREARMS, List.of(),
            Acled.of(AcledSubEventType.ARMED_CLASH), List.of("E2"), List.of("E1"),
            new Event.When("2023-03-05", "March 5"), new Event.Where("Stepanakert", "E3"),
            new Event.Count(3, span(text, "Three police officers were killed")), new Event.Count(1, span(text, "one was wounded")),
            Factuality.ASSERTED, null, span(text, "opened fire"),
            span(text, text.substring(0, text.indexOf("March 5.") + "March 5.".length())), 0.8);
        return ArticleRecord.of(article("stepanakert-yerevan.txt", YEREVAN,
            "Three police officers killed in shooting near Stepanakert", "2023-03-06T10:00:00+04:00", text),
            es, List.of(), List.of(s1), List.of(shot), List.of());
    }

    /** Two killed on March 4 by Armenian armed groups; the spokesman denies the sabotage. */
    static ArticleRecord azerbaijaniReport() {
        String text = "Two people were killed in a shooting by Armenian armed groups near Stepanakert on March 4, local police said. "
            + "Defence Ministry spokesman Anar Eyvazov denied that the shooting near Stepanakert was an act of "
            + "sabotage by Azerbaijani troops.";
        List<Entity> es = List.of(
            entity("E1", "Stepanakert", EntityType.LOCATION, null, null, text, "Stepanakert"),
            entity("E2", "Anar Eyvazov", EntityType.PERSON, "AZE", Sector.MIL, text, "Anar Eyvazov"),
            entity("E3", "Azerbaijani troops", EntityType.GROUP, "AZE", Sector.MIL, text, "Azerbaijani troops"),
            entity("E4", "Armenian armed groups", EntityType.GROUP, "ARM", Sector.UAF, text, "Armenian armed groups"));
        Statement s1 = new Statement("S1", "E2", span(text, "Anar Eyvazov"), span(text, "denied"),
            span(text, "the shooting near Stepanakert was an act of sabotage by Azerbaijani troops"),
            StatementKind.INDIRECT, "2023-03-06", List.of());
        Event shot = new Event("V1", EventType.ASSAULT, EventMode.FIREARMS, List.of(),
            Acled.of(AcledSubEventType.ARMED_CLASH), List.of("E4"), List.of(),
            new Event.When("2023-03-04", "March 4"), new Event.Where("Stepanakert", "E1"),
            new Event.Count(2, span(text, "Two people were killed")), null,
            Factuality.ASSERTED, null, span(text, "shooting"),
            span(text, "Two people were killed in a shooting by Armenian armed groups near Stepanakert on March 4, local police said."), 0.8);
        return ArticleRecord.of(article("stepanakert-baku.txt", BAKU,
            "Two killed in shooting near Stepanakert, Baku denies sabotage", "2023-03-06T12:00:00+04:00", text),
            es, List.of(), List.of(s1), List.of(shot), List.of());
    }

    /**
     * A man shot near Martuni on March 7 who died of his wound the next day: the first report's one
     * hit is the one dead, so its wounded vote as 1 less the dead, 0.
     */
    static List<ArticleRecord> shotThenDied() {
        String first = "A man was shot near Martuni on March 7, local police said.";
        Event shot = new Event("V1", EventType.ASSAULT, EventMode.FIREARMS, List.of(), Acled.of(AcledSubEventType.ATTACK),
            List.of(), List.of(), new Event.When("2023-03-07", "March 7"), new Event.Where("Martuni", "E1"),
            null, new Event.Count(1, span(first, "A man was shot")), Factuality.ASSERTED, null, span(first, "shot"),
            span(first, first), 0.8);
        String second = "The man who was shot near Martuni on March 7 died in hospital on March 8, local police said.";
        Event died = new Event("V1", EventType.ASSAULT, EventMode.FIREARMS, List.of(), Acled.of(AcledSubEventType.ATTACK),
            List.of(), List.of(), new Event.When("2023-03-07", "March 7"), new Event.Where("Martuni", "E1"),
            new Event.Count(1, span(second, "The man who was shot near Martuni on March 7 died")), null, Factuality.ASSERTED,
            null, span(second, "shot"), span(second, second), 0.8);
        return List.of(
            ArticleRecord.of(article("martuni-1.txt", YEREVAN, "Man shot near Martuni", "2023-03-07T18:00:00+04:00", first),
                List.of(entity("E1", "Martuni", EntityType.LOCATION, null, null, first, "Martuni")), List.of(), List.of(),
                List.of(shot), List.of()),
            ArticleRecord.of(article("martuni-2.txt", BAKU, "Man shot near Martuni dies in hospital", "2023-03-08T18:00:00+04:00",
                second), List.of(entity("E1", "Martuni", EntityType.LOCATION, null, null, second, "Martuni")), List.of(),
                List.of(), List.of(died), List.of()));
    }

    /**
     * Each side's defence ministry says the other's troops shelled the border villages near Sotk
     * on March 9: one act, two versions of who did it, one statement each.
     */
    static List<ArticleRecord> mirrorAccusations() {
        return List.of(accusation("sotk-yerevan.txt", YEREVAN, "Armenian", "ARM", "Azerbaijani", "AZE"),
            accusation("sotk-baku.txt", BAKU, "Azerbaijani", "AZE", "Armenian", "ARM"));
    }

    private static ArticleRecord accusation(String path, String outlet, String side, String sideCode, String other,
                                            String otherCode) {
        String text = "The " + side + " Defence Ministry said that " + other + " troops shelled border villages near Sotk "
            + "overnight on March 9.";
        List<Entity> es = List.of(
            entity("E1", side + " Defence Ministry", EntityType.ORGANIZATION, sideCode, Sector.MIL, text, side + " Defence Ministry"),
            entity("E2", other + " troops", EntityType.GROUP, otherCode, Sector.MIL, text, other + " troops"),
            entity("E3", "Sotk", EntityType.LOCATION, null, null, text, "Sotk"));
        String content = other + " troops shelled border villages near Sotk overnight on March 9";
        Statement s1 = new Statement("S1", "E1", span(text, side + " Defence Ministry"), span(text, "said"), span(text, content),
            StatementKind.INDIRECT, "2023-03-09", List.of());
        Event shelled = new Event("V1", EventType.ASSAULT, EventMode.HEAVY_WEAPONS, List.of(),
            Acled.of(AcledSubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK), List.of("E2"), List.of(),
            new Event.When("2023-03-09", "March 9"), new Event.Where("Sotk", "E3"), null, null, Factuality.REPORTED, "E1",
            span(text, "shelled"), span(text, text), 0.8);
        return ArticleRecord.of(article(path, outlet, other + " troops shelled border villages near Sotk, ministry says",
            "2023-03-10T09:00:00+04:00", text), es, List.of(), List.of(s1), List.of(shelled), List.of());
    }

    private static Article article(String path, String outlet, String title, String published, String text) {
        return new Article(InputRef.of(path, InputRef.Format.TEXT), null, new Source(outlet, null, List.of()), title,
            List.of(), Published.parse(published), "en", text, List.of());
    }

    private static Entity entity(String id, String name, EntityType type, String code, Sector sector, String text,
                                 String... mentions) {
        List<Span> spans = new ArrayList<>();
        for (String m : mentions) {
            spans.add(span(text, m));
        }
        return new Entity(id, name, type, List.of(), code, sector, null, spans);
    }
}
