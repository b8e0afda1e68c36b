package org.dateline.eval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.dateline.identity.IdentityPass;
import org.dateline.identity.MemoryKnown;
import org.dateline.identity.RoleMatch;
import org.dateline.json.RecordJson;
import org.dateline.model.ArticleRecord;
import org.dateline.story.LinkModel;
import org.dateline.story.MemoryStories;
import org.dateline.story.StoryArticle;
import org.dateline.story.StoryDecision;
import org.dateline.story.StoryMember;
import org.dateline.story.StoryPass;
import org.dateline.story.StoryProfile;

/**
 * Not a test: the candidate pairs story grouping compares over a file of records, with the link
 * model's features of each, for {@code scripts/fit-story-links.py} to fit the weights on. Articles
 * are taken in file order with identities given as the store gives them, and each is decided with
 * the weights in force, as a store would, so the candidates are the ones grouping really sees.
 * Also writes each article's story (id, story id, url, input path), as a batch pass decides it.
 * Usage: StoryPairDump RECORDS.jsonl PAIRS.tsv STORIES.tsv
 */
public final class StoryPairDump {
    private StoryPairDump() {}

    public static void main(String[] args) throws IOException {
        StoryPass pass = StoryPass.standard();
        MemoryStories known = new MemoryStories();
        IdentityPass identities = IdentityPass.standard();
        MemoryKnown people = new MemoryKnown(RoleMatch.standard());
        Set<String> seen = new HashSet<>();
        long seq = 0;
        try (BufferedWriter pairs = Files.newBufferedWriter(Path.of(args[1]));
             BufferedWriter stories = Files.newBufferedWriter(Path.of(args[2]))) {
            for (String line : Files.readAllLines(Path.of(args[0]))) {
                if (line.isBlank()) {
                    continue;
                }
                ArticleRecord r = RecordJson.fromLine(line);
                if (!seen.add(r.id())) {
                    continue;
                }
                Map<String, String> keys = new HashMap<>();
                identities.resolve(r, r.published() == null ? null : r.published().date(), people, people::put)
                    .forEach((id, res) -> keys.put(id, res.key()));
                StoryArticle a = new StoryArticle(r, keys, seq++);
                StoryProfile p = pass.profiles().of(a, known);
                long day = p.published() == null ? Long.MIN_VALUE : java.time.LocalDate.parse(p.published()).toEpochDay();
                for (StoryMember m : known.candidates(p.anchors(), day)) {
                    StringBuilder row = new StringBuilder(r.id()).append('\t').append(m.profile().articleId());
                    for (double f : LinkModel.features(p, m.profile(), known, new ArrayList<>())) {
                        row.append('\t').append((float) f);
                    }
                    pairs.write(row.append('\n').toString());
                }
                StoryDecision d = pass.decide(a, known);
                known.add(d);
                stories.write(r.id() + "\t" + d.storyId() + "\t" + (r.url() == null ? "" : r.url()) + "\t"
                    + (r.input() == null ? "" : r.input().path()) + "\n");
            }
        }
    }
}
