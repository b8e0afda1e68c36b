package org.dateline.testing;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.InputRef;
import org.dateline.model.Published;
import org.dateline.model.Source;
import org.dateline.model.Span;

/**
 * One shooting first told in two stories, hand-built: the victim's death in one report, the
 * gunman's arrest in another (nothing shared but the evening), then a report that tells both,
 * which merges the two stories ({@code org.dateline.story.StoryPass#MERGE}), and a vigil days
 * later. After eight unrelated reports, so that word rarities mean something, as in any store.
 * For story grouping in core, the store and the Spark job, without CoreNLP.
 */
public final class MergingStory {
    private MergingStory() {}

    /** The background, then the victim's, the gunman's, the bridging report (published {@code bridging}, null: undated) and the vigil. */
    public static List<ArticleRecord> all(String bridging) {
        List<ArticleRecord> out = new ArrayList<>();
        String[] topics = {"harvest", "election", "museum", "bridge", "festival", "hospital", "airport", "library"};
        for (int i = 0; i < topics.length; i++) {
            out.add(record("bg" + i, "2016-03-0" + (i + 1), "News of the " + topics[i],
                "The " + topics[i] + " opened on schedule, officials said. Separately, the city council met on Monday"
                    + " to discuss the budget for road repairs, and the school board approved a new calendar.",
                List.of(), List.of()));
        }
        out.add(record("victim", "2016-03-10", "Man killed on Alder Street",
            "MILLBROOK - Kevin Ortiz, 22, died after he was shot on Alder Street in Millbrook late Wednesday,"
                + " police said. Relatives said Ortiz worked at a bakery.", List.of("Kevin Ortiz"), List.of("Millbrook")));
        out.add(record("gunman", "2016-03-10", "Arrest after tavern gunfire",
            "A gunman opened fire at the Riverside Tavern on Wednesday night; detectives arrested Dwayne Harlan,"
                + " 34, in Cedar Falls on Thursday.", List.of("Dwayne Harlan"), List.of("Cedar Falls")));
        out.add(record("both", bridging, "Cedar Falls man charged in Millbrook killing",
            "Dwayne Harlan, 34, of Cedar Falls was charged with murder in the death of Kevin Ortiz, 22, who was"
                + " shot on Alder Street outside the Riverside Tavern in Millbrook on Wednesday night. Detectives"
                + " arrested Harlan in Cedar Falls on Thursday; relatives said Ortiz worked at a bakery.",
            List.of("Dwayne Harlan", "Kevin Ortiz"), List.of("Cedar Falls", "Millbrook")));
        out.add(record("later", "2016-03-14", "Vigil for Kevin Ortiz",
            "Friends of Kevin Ortiz, 22, gathered on Alder Street in Millbrook on Sunday, days after Dwayne Harlan"
                + " was charged in his death outside the Riverside Tavern.", List.of("Kevin Ortiz", "Dwayne Harlan"),
            List.of("Millbrook")));
        return out;
    }

    private static ArticleRecord record(String name, String published, String title, String text, List<String> people,
                                        List<String> places) {
        List<Entity> entities = new ArrayList<>();
        for (String person : people) {
            entities.add(entity(entities.size() + 1, person, EntityType.PERSON, text));
        }
        for (String place : places) {
            entities.add(entity(entities.size() + 1, place, EntityType.LOCATION, text));
        }
        ArticleRecord r = new ArticleRecord(ArticleRecord.SCHEMA, ArticleRecord.contentId(name + text),
            InputRef.of(name + ".html", InputRef.Format.HTML), "https://example.org/" + name,
            new Source(null, name + ".example.org", List.of()), title, List.of(),
            published == null ? null : Published.parse(published), "en", text, entities, List.of(), List.of(),
            List.of(), List.of(), null);
        SpanAssertions.assertSpansMatchText(r);
        return r;
    }

    private static Entity entity(int n, String name, EntityType type, String text) {
        int at = text.indexOf(name);
        return new Entity("E" + n, name, type, List.of(), null, null, null, false,
            List.of(new Span(at, at + name.length(), name)));
    }
}
