package org.dateline.server;

import java.io.IOException;
import java.util.List;
import org.dateline.store.Store;
import org.dateline.store.query.Stories;
import org.dateline.story.Claim;
import org.dateline.story.Claims;
import org.dateline.story.Incident;
import org.dateline.story.Incidents;
import org.dateline.story.StoryArticle;
import org.dateline.table.StorySummary;

/**
 * What {@code /stories/{id}} and {@code /incidents/{id}} answer. A story's incidents and claims are
 * computed from its articles when it is read ({@link Incidents#of}, {@link Claims#of}: never stale
 * as reports arrive), from one read of its articles. An incident is found through its story: its id
 * starts with the story id ({@code storyId.articleId16.V3}, see {@link Incidents#idOf}).
 *
 * <p>A story id, once given, always finds its articles: when a later report merges its story into
 * another, the id names that story ({@link Stories#current}), whose page is answered under its own
 * id, and an incident id made under the merged story's id finds the incident holding its report
 * ({@link Incidents#named}).
 */
final class StoryAnswers {
    private StoryAnswers() {}

    /**
     * A story page: its summary (how its title was chosen in {@code titleRule}), its articles in the
     * order the story got them, each with the links that joined it (the evidence of the grouping),
     * its incidents and its claims.
     */
    record StoryPage(String storyId, String title, String titleRule, String titleArticleId, String firstPublished,
                     String lastPublished, Long days, List<String> sources, List<String> parties,
                     List<String> eventTypes, List<String> mergedStoryIds, List<Stories.ArticleRef> articles,
                     List<Incident> incidents, List<Claim> claims) {}

    /** The page of the story {@code asked} names now, or null when no article is in a story of this id. */
    static StoryPage story(Store store, String asked) throws IOException {
        return store.read(s -> {
            String storyId = Stories.current(s, asked);
            List<StorySummary.Member> members = Stories.members(s, storyId);
            Stories.View v = Stories.view(storyId, members);
            if (v == null) {
                return null;
            }
            List<StoryArticle> articles = articles(members);
            StorySummary sum = v.summary();
            return new StoryPage(sum.storyId(), sum.title(), v.titleRule(), sum.titleArticleId(), sum.firstPublished(),
                sum.lastPublished(), sum.days(), sum.sources(), sum.parties(), sum.eventTypes(), sum.mergedStoryIds(),
                v.articles(),
                Incidents.of(storyId, articles), Claims.of(storyId, articles));
        });
    }

    /** The incident of this id, or null (no such story, or no such incident in it). */
    static Incident incident(Store store, String incidentId) throws IOException {
        int dot = incidentId.indexOf('.');
        if (dot <= 0) {
            return null;
        }
        return store.read(s -> {
            String storyId = Stories.current(s, incidentId.substring(0, dot));
            return Incidents.named(Incidents.of(storyId, Stories.articles(s, storyId)), incidentId);
        });
    }

    private static List<StoryArticle> articles(List<StorySummary.Member> members) {
        return members.stream().map(m -> new StoryArticle(m.record(), m.entityKeys(), m.seq())).toList();
    }
}
