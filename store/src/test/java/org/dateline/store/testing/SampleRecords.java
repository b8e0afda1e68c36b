package org.dateline.store.testing;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.Acled;
import org.dateline.model.AcledSubEventType;
import org.dateline.model.Article;
import org.dateline.model.ArticleRecord;
import org.dateline.model.DateFact;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Event;
import org.dateline.model.EventContext;
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
import org.dateline.model.TimexType;

/**
 * Hand-built contract records with entities, statements and events (ACLED types and casualty
 * counts among them, which the event stage does not fill yet), for store, server and browser tests
 * that must not load CoreNLP.
 */
public final class SampleRecords {
    private SampleRecords() {}

    /** The span of the first occurrence of {@code part} (after {@code after}), in code points. */
    public static Span span(String text, String part, String after) {
        int from = after == null ? 0 : text.indexOf(after);
        int c = text.indexOf(part, Math.max(0, from));
        if (c < 0) {
            throw new IllegalArgumentException("'" + part + "' is not in the text");
        }
        return new TextIndex(text).spanOfChars(c, c + part.length());
    }

    public static Span span(String text, String part) {
        return span(text, part, null);
    }

    private static Article article(String path, String outlet, String title, String published, String text) {
        return new Article(InputRef.of(path, InputRef.Format.TEXT), null, new Source(outlet, null, List.of()), title, List.of(),
            Published.parse(published), "en", text, List.of());
    }

    private static Entity entity(String id, String name, EntityType type, String code, Sector sector, String text, String... mentions) {
        List<Span> spans = new ArrayList<>();
        for (String m : mentions) {
            spans.add(span(text, m));
        }
        return new Entity(id, name, type, List.of(), code, sector, null, spans);
    }

    /**
     * A one-person report: {@code name} (the words of {@code text} it is written as) said something
     * and accused Armenia, so the person is an entity, a speaker and an actor; for identity tests.
     */
    public static ArticleRecord saying(String file, String published, String name, String code, Sector sector,
                                       List<String> titles, String text) {
        List<Entity> es = List.of(new Entity("E1", name, EntityType.PERSON, titles, code, sector, null, List.of(span(text, name))),
            entity("E2", "Armenia", EntityType.COUNTRY, "ARM", null, text, "Armenia"));
        Statement s1 = new Statement("S1", "E1", span(text, name), span(text, "said"), span(text, "Armenia"),
            StatementKind.INDIRECT, published.substring(0, 10), List.of());
        Event accuse = new Event("V1", EventType.ACCUSE, EventMode.ALLEGE, List.of(), null, List.of("E1"), List.of("E2"),
            new Event.When(published.substring(0, 10), null), null, null, null, Factuality.ASSERTED, null, span(text, "said"),
            span(text, text), 0.7);
        return ArticleRecord.of(article(file, "Sample Wire", text, published, text), es, List.of(), List.of(s1), List.of(accuse),
            List.of());
    }

    /** A protest report with an emoji flag before its quote, so code points and UTF-16 units differ. */
    public static ArticleRecord lachin() {
        String text = "🇦🇲 Yerevan. Eco-activists kept blocking the Lachin road on December 12, 2022.\n\n"
            + "Armenian Prime Minister Nikol Pashinyan said the \"blockade\" had caused a humanitarian crisis. "
            + "Azerbaijan rejected the claim.";
        List<Entity> es = List.of(
            entity("E1", "eco-activists", EntityType.GROUP, "AZE", Sector.CVL, text, "Eco-activists"),
            entity("E2", "Nikol Pashinyan", EntityType.PERSON, "ARM", Sector.GOV, text, "Nikol Pashinyan"),
            entity("E3", "Azerbaijan", EntityType.COUNTRY, "AZE", null, text, "Azerbaijan"),
            entity("E4", "Lachin road", EntityType.LOCATION, null, null, text, "Lachin road"));
        Statement s1 = new Statement("S1", "E2", span(text, "Nikol Pashinyan"), span(text, "said"),
            span(text, "the \"blockade\" had caused a humanitarian crisis"), StatementKind.INDIRECT, "2022-12-12",
            List.of(span(text, "blockade")));
        // ACLED codes a road blockade without intervention as a peaceful protest
        Event protest = new Event("V1", EventType.PROTEST, EventMode.OBSTRUCT, List.of(EventContext.HUMAN_RIGHTS),
            Acled.of(AcledSubEventType.PEACEFUL_PROTEST), List.of("E1"), List.of(),
            new Event.When("2022-12-12", "December 12, 2022"), new Event.Where("Lachin road", "E4"), null, null, Factuality.ASSERTED, null,
            span(text, "blocking"), span(text, "Eco-activists kept blocking the Lachin road on December 12, 2022."), 0.9);
        Event accuse = new Event("V2", EventType.ACCUSE, EventMode.ALLEGE, List.of(), null, List.of("E2"), List.of("E3"),
            new Event.When("2022-12-12", "December 12, 2022"), null, null, null, Factuality.REPORTED, "E2", span(text, "caused"),
            span(text, "Armenian Prime Minister Nikol Pashinyan said the \"blockade\" had caused a humanitarian crisis."), 0.7);
        Event reject = new Event("V3", EventType.REJECT, null, List.of(), null, List.of("E3"), List.of("E2"), null, null, null, null, Factuality.ASSERTED, null,
            span(text, "rejected"), span(text, "Azerbaijan rejected the claim."), 0.6);
        List<DateFact> dates = List.of(new DateFact(span(text, "December 12, 2022").start(), span(text, "December 12, 2022").end(),
            "December 12, 2022", TimexType.DATE, "2022-12-12"));
        return ArticleRecord.of(article("lachin.txt", "Sample Armenian Herald", "Activists keep the Lachin road closed",
            "2022-12-13T09:00:00+04:00", text), es, dates, List.of(s1), List.of(protest, accuse, reject), List.of());
    }

    /** The seed's meeting, with the commissioner's name spelt without its diacritic. */
    public static ArticleRecord meeting() {
        String text = "Deputy Foreign Minister Elnur Mammadov met UN High Commissioner Volker Turk in Geneva on February 28. "
            + "Mammadov said Armenia tries to mislead the international community about a \"blockade\" of the Lachin road.";
        List<Entity> es = List.of(
            entity("E1", "Elnur Mammadov", EntityType.PERSON, "AZE", Sector.GOV, text, "Elnur Mammadov"),
            entity("E2", "Volker Turk", EntityType.PERSON, "IGO", null, text, "Volker Turk"),
            entity("E3", "Armenia", EntityType.COUNTRY, "ARM", null, text, "Armenia"),
            entity("E4", "Lachin road", EntityType.LOCATION, null, null, text, "Lachin road"));
        Statement s1 = new Statement("S1", "E1", span(text, "Mammadov", "Geneva"), span(text, "said"),
            span(text, "Armenia tries to mislead the international community about a \"blockade\" of the Lachin road"),
            StatementKind.INDIRECT, "2023-02-28", List.of(span(text, "blockade")));
        Event consult = new Event("V1", EventType.CONSULT, EventMode.MULTILATERAL, List.of(EventContext.DIPLOMATIC), null, List.of("E1", "E2"), List.of(),
            new Event.When("2023-02-28", "February 28"), new Event.Where("Geneva", null), null, null, Factuality.ASSERTED, null, span(text, "met"),
            span(text, "Deputy Foreign Minister Elnur Mammadov met UN High Commissioner Volker Turk in Geneva on February 28."), 0.85);
        Event accuse = new Event("V2", EventType.ACCUSE, EventMode.ALLEGE, List.of(), null, List.of("E1"), List.of("E3"),
            new Event.When("2023-02-28", null), null, null, null, Factuality.REPORTED, "E1", span(text, "mislead"),
            span(text, "Mammadov said Armenia tries to mislead the international community about a \"blockade\" of the Lachin road."), 0.7);
        return ArticleRecord.of(article("meeting.txt", "Sample Baku Daily", "Deputy minister meets UN rights chief",
            "2023-03-01T14:07:00+04:00", text), es, List.of(), List.of(s1), List.of(consult, accuse), List.of());
    }

    /** The same commissioner with his diacritic, so entity pages must group across spellings. */
    public static ArticleRecord council() {
        String text = "At the Human Rights Council in Geneva, Volker Türk said: \"Freedom of movement along the Lachin corridor must be ensured.\"";
        List<Entity> es = List.of(entity("E1", "Volker Türk", EntityType.PERSON, "IGO", null, text, "Volker Türk"));
        Statement s1 = new Statement("S1", "E1", span(text, "Volker Türk"), span(text, "said"),
            span(text, "\"Freedom of movement along the Lachin corridor must be ensured.\""), StatementKind.DIRECT, "2023-03-07", List.of());
        Event request = new Event("V1", EventType.REQUEST, null, List.of(EventContext.HUMAN_RIGHTS), null, List.of("E1"), List.of(),
            new Event.When("2023-03-07", null), new Event.Where("Geneva", null), null, null, Factuality.ASSERTED, null, span(text, "must be ensured"),
            span(text, text), 0.6);
        return ArticleRecord.of(article("council.txt", "Sample Geneva Monitor", "Rights chief calls for free movement",
            "2023-03-07T18:00:00+01:00", text), es, List.of(), List.of(s1), List.of(request), List.of());
    }

    /**
     * A shelling with both taxonomies and both casualty counts: a number with its hedge ("at least
     * two") and words without one ("dozens"), whose count is null beside its evidence.
     */
    public static ArticleRecord shelling() {
        String text = "Shelling killed at least two civilians in the village of Talysh on January 16, and dozens were wounded. "
            + "Local officials counted the damaged houses on Tuesday.";
        List<Entity> es = List.of(
            entity("E1", "civilians", EntityType.GROUP, null, Sector.CVL, text, "civilians"),
            entity("E2", "Talysh", EntityType.LOCATION, null, null, text, "Talysh"));
        Event assault = new Event("V1", EventType.ASSAULT, EventMode.HEAVY_WEAPONS, List.of(EventContext.MILITARY),
            Acled.of(AcledSubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK), List.of(), List.of("E1"),
            new Event.When("2023-01-16", "January 16"), new Event.Where("Talysh", "E2"),
            new Event.Count(2, span(text, "killed at least two civilians")), new Event.Count(null, span(text, "dozens were wounded")),
            Factuality.ASSERTED, null, span(text, "Shelling"),
            span(text, "Shelling killed at least two civilians in the village of Talysh on January 16, and dozens were wounded."), 0.8);
        return ArticleRecord.of(article("shelling.txt", "Sample Frontline Gazette", "Two civilians killed in shelling of Talysh",
            "2023-01-17T08:30:00+04:00", text), es, List.of(), List.of(), List.of(assault), List.of());
    }

    /** Hostile text: markup that must come out as words and never run. */
    public static ArticleRecord hostile() {
        String text = "Hackers <script>window.__pwned=1</script> posted on the Lachin forum. "
            + "An admin said <img src=x onerror=\"window.__pwned=2\"> was removed at once.";
        List<Entity> es = List.of(entity("E1", "admin", EntityType.PERSON, null, null, text, "admin"));
        Statement s1 = new Statement("S1", "E1", span(text, "An admin"), span(text, "said"),
            span(text, "<img src=x onerror=\"window.__pwned=2\"> was removed at once"), StatementKind.INDIRECT, null, List.of());
        return ArticleRecord.of(article("hostile.txt", "Sample <b>Hostile</b> Outlet", "<script>alert(1)</script> on the forum",
            "2023-01-05", text), es, List.of(), List.of(s1), List.of(), List.of());
    }

    public static List<ArticleRecord> all() {
        return List.of(lachin(), meeting(), council(), hostile(), shelling());
    }

    /**
     * The {@code i}-th copy of one of {@link #all()}, in turn, with a line appended to its text (so
     * its own id; the spans stay valid) and one of {@code outlets} as its source: many records that
     * differ in their facet values, for tests of counting over larger stores.
     */
    public static ArticleRecord variant(int i, List<String> outlets) {
        List<ArticleRecord> seeds = all();
        ArticleRecord r = seeds.get(i % seeds.size());
        String text = r.text() + "\n\nCopy " + i + ".";
        Source source = new Source(outlets.get((i / seeds.size()) % outlets.size()), null, List.of());
        return new ArticleRecord(r.schema(), ArticleRecord.contentId(text), r.input(), r.url(), source, r.title(),
            r.authors(), r.published(), r.language(), text, r.entities(), r.dates(), r.statements(), r.events(),
            r.warnings(), null);
    }
}
