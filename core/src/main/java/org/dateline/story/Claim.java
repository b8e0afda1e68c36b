package org.dateline.story;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * Statements of one story about one proposition, with how each holds it.
 *
 * @param id {@code storyId/articleId#S2}: the story and the claim's first statement (by the
 *     articles' seq, then statement order)
 * @param proposition the words every statement of the claim holds (as its first statement writes
 *     them), e.g. "blockade" or "road open humanitarian"
 * @param framed whether the proposition is a term some statement sets off in scare quotes
 * @param stances one per statement, in order
 * @param links why each statement after the first joined the claim
 * @param counters the ids of the story's claims that tell the same act with other doers: statements
 *     of one anchor whose speakers, of two known sides, put the act on actors of disjoint countries
 *     ("Azerbaijani troops shelled the villages" from Yerevan, "Armenian troops shelled the villages"
 *     from Baku); empty for most claims
 */
public record Claim(String id, String storyId, String proposition, boolean framed, List<ClaimStance> stances,
                   List<ClaimLink> links, List<String> counters) {
    public Claim {
        stances = List.copyOf(stances);
        links = List.copyOf(links);
        counters = List.copyOf(counters);
    }

    /**
     * Whether two different known sides disagree on it: a speaker of one asserts what a speaker of
     * another denies, or another side tells another version of the act ({@code counters}). In the
     * API's claim JSON and the claims table, so a reader need not work it out from the stances.
     */
    @JsonProperty("contested")
    public boolean contested() {
        if (!counters.isEmpty()) {
            return true;
        }
        for (ClaimStance a : stances) {
            for (ClaimStance d : stances) {
                if (a.stance() == Stance.ASSERTS && d.stance() == Stance.DENIES && a.side() != null
                        && d.side() != null && !Objects.equals(a.side(), d.side())) {
                    return true;
                }
            }
        }
        return false;
    }
}
