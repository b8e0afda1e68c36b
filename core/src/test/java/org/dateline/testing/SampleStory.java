package org.dateline.testing;

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
import org.dateline.model.TextIndex;

/**
 * One story told by three outlets, hand-built: a shelling of Talysh whose death toll the sources
 * give as three, two and two (so the incident's {@code killed} is disagreed on), and a "blockade"
 * one side's minister asserts and the other side's president denies (a contested claim). For the
 * per-story tables (core's, the export's and the Spark job's), without CoreNLP.
 */
public final class SampleStory {
    private SampleStory() {}

    /** The three reports, in the order they are added. */
    public static List<ArticleRecord> all() {
        return List.of(yerevan(), baku(), frontline());
    }

    /** Three killed; the minister asserts the blockade. */
    public static ArticleRecord yerevan() {
        String text = "Azerbaijani shelling killed three civilians in the village of Talysh on January 16, officials said. "
            + "Foreign Minister Ararat Mirzoyan said the blockade of the Lachin road had left Talysh without food and medicine.";
        List<Entity> es = List.of(
            entity("E1", "civilians", EntityType.GROUP, null, Sector.CVL, text, "civilians"),
            entity("E2", "Talysh", EntityType.LOCATION, null, null, text, "Talysh"),
            entity("E3", "Ararat Mirzoyan", EntityType.PERSON, "ARM", Sector.GOV, text, "Ararat Mirzoyan"),
            entity("E4", "Lachin road", EntityType.LOCATION, null, null, text, "Lachin road"));
        Statement s1 = new Statement("S1", "E3", span(text, "Ararat Mirzoyan"), span(text, "said", "Mirzoyan"),
            span(text, "the blockade of the Lachin road had left Talysh without food and medicine"), StatementKind.INDIRECT,
            "2023-01-17", List.of());
        return record("yerevan", "Sample Yerevan Courier", "Three civilians killed in shelling of Talysh",
            "2023-01-17T09:00:00+04:00", text, es, List.of(s1), shelling(text, "killed three civilians", 3, null));
    }

    /** Two killed and four wounded; the president denies the "blockade". */
    public static ArticleRecord baku() {
        String text = "Shelling killed two civilians in the village of Talysh on January 16, and four were wounded. "
            + "President Ilham Aliyev said the Lachin road is not blocked and that the claims of a \"blockade\" are groundless.";
        List<Entity> es = List.of(
            entity("E1", "civilians", EntityType.GROUP, null, Sector.CVL, text, "civilians"),
            entity("E2", "Talysh", EntityType.LOCATION, null, null, text, "Talysh"),
            entity("E3", "Ilham Aliyev", EntityType.PERSON, "AZE", Sector.GOV, text, "Ilham Aliyev"),
            entity("E4", "Lachin road", EntityType.LOCATION, null, null, text, "Lachin road"));
        Statement s1 = new Statement("S1", "E3", span(text, "Ilham Aliyev"), span(text, "said"),
            span(text, "the Lachin road is not blocked and that the claims of a \"blockade\" are groundless"),
            StatementKind.INDIRECT, "2023-01-17", List.of(span(text, "blockade")));
        return record("baku", "Sample Baku Daily", "Two civilians killed in shelling of Talysh",
            "2023-01-17T12:00:00+04:00", text, es, List.of(s1), shelling(text, "killed two civilians", 2, "four were wounded"));
    }

    /** Two killed, a day later. */
    public static ArticleRecord frontline() {
        String text = "Shelling killed two civilians in the village of Talysh on January 16, officials in Talysh said on Wednesday. "
            + "The civilians were buried in Talysh.";
        List<Entity> es = List.of(
            entity("E1", "civilians", EntityType.GROUP, null, Sector.CVL, text, "civilians"),
            entity("E2", "Talysh", EntityType.LOCATION, null, null, text, "Talysh"));
        return record("frontline", "Sample Frontline Gazette", "Shelling of Talysh: two civilians buried",
            "2023-01-18T08:30:00+04:00", text, es, List.of(), shelling(text, "killed two civilians", 2, null));
    }

    private static Event shelling(String text, String killed, int dead, String wounded) {
        return new Event("V1", EventType.ASSAULT, EventMode.HEAVY_WEAPONS, List.of(),
            Acled.of(AcledSubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK), List.of(), List.of("E1"),
            new Event.When("2023-01-16", "January 16"), new Event.Where("Talysh", "E2"),
            new Event.Count(dead, span(text, killed)), wounded == null ? null : new Event.Count(4, span(text, wounded)),
            Factuality.ASSERTED, null, span(text, "killed"), span(text, text.substring(0, text.indexOf('.') + 1)), 0.8);
    }

    /** The span of the first occurrence of {@code part} (after {@code after}), in code points. */
    private static Span span(String text, String part, String after) {
        int c = text.indexOf(part, after == null ? 0 : Math.max(0, text.indexOf(after)));
        if (c < 0) {
            throw new IllegalArgumentException("'" + part + "' is not in the text");
        }
        return new TextIndex(text).spanOfChars(c, c + part.length());
    }

    private static Span span(String text, String part) {
        return span(text, part, null);
    }

    private static Entity entity(String id, String name, EntityType type, String code, Sector sector, String text,
                                 String mention) {
        return new Entity(id, name, type, List.of(), code, sector, null, List.of(span(text, mention)));
    }

    private static ArticleRecord record(String name, String outlet, String title, String published, String text,
                                        List<Entity> es, List<Statement> statements, Event event) {
        Article a = new Article(InputRef.of(name + ".txt", InputRef.Format.TEXT), "https://example.org/" + name,
            new Source(outlet, null, List.of()), title, List.of(), Published.parse(published), "en", text, List.of());
        return ArticleRecord.of(a, es, List.of(), statements, List.of(event), List.of());
    }
}
