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
 * Usage: StoryPairDump RECORDS.jsonl PAIRS.tsv STORIES.tsv [VECTORS.tsv K]
 * With VECTORS (org.dateline.eval.ArticleEmbeddings's output) and K, an experiment: each article's
 * K nearest earlier articles by cosine, within the window, are compared too, as an index of
 * vectors would add them to the candidates.
 */
public final class StoryPairDump {
    private StoryPairDump() {}

    public static void main(String[] args) throws IOException {
        StoryPass pass = StoryPass.standard();
        MemoryStories known = new MemoryStories();
        IdentityPass identities = IdentityPass.standard();
        MemoryKnown people = new MemoryKnown(RoleMatch.standard());
        Set<String> seen = new HashSet<>();
        Map<String, float[]> vectors = args.length > 4 ? vectors(Path.of(args[3])) : Map.of();
        int k = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        java.util.List<String> earlier = new ArrayList<>();
        Map<String, Long> days = new HashMap<>();
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
                java.util.List<StoryMember> compared = new ArrayList<>(known.candidates(p.anchors(), day));
                Set<String> ids = new HashSet<>();
                compared.forEach(m -> ids.add(m.profile().articleId()));
                for (String near : nearest(r.id(), day, k, vectors, earlier, days)) {
                    if (ids.add(near)) {
                        compared.add(known.byArticle(near));
                    }
                }
                for (StoryMember m : compared) {
                    StringBuilder row = new StringBuilder(r.id()).append('\t').append(m.profile().articleId());
                    for (double f : LinkModel.features(p, m.profile(), known, new ArrayList<>())) {
                        row.append('\t').append((float) f);
                    }
                    pairs.write(row.append('\n').toString());
                }
                StoryDecision d = pass.decide(a, known);
                known.add(d);
                earlier.add(r.id());
                days.put(r.id(), day);
                stories.write(r.id() + "\t" + d.storyId() + "\t" + (r.url() == null ? "" : r.url()) + "\t"
                    + (r.input() == null ? "" : r.input().path()) + "\n");
            }
        }
    }

    /** The ids of the {@code k} earlier articles nearest to {@code id} by cosine, within the window. */
    private static java.util.List<String> nearest(String id, long day, int k, Map<String, float[]> vectors,
                                                  java.util.List<String> earlier, Map<String, Long> days) {
        float[] v = vectors.get(id);
        if (k == 0 || v == null) {
            return java.util.List.of();
        }
        java.util.PriorityQueue<Map.Entry<String, Double>> top =
            new java.util.PriorityQueue<>(Map.Entry.comparingByValue());
        for (String other : earlier) {
            float[] w = vectors.get(other);
            long d = days.get(other);
            if (w == null || day != Long.MIN_VALUE && d != Long.MIN_VALUE
                    && Math.abs(day - d) > org.dateline.story.KnownStories.WINDOW_DAYS) {
                continue;
            }
            double s = 0;
            for (int i = 0; i < v.length; i++) {
                s += v[i] * w[i];
            }
            top.add(Map.entry(other, s));
            if (top.size() > k) {
                top.poll();
            }
        }
        return top.stream().map(Map.Entry::getKey).toList();
    }

    private static Map<String, float[]> vectors(Path file) throws IOException {
        Map<String, float[]> out = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            String[] cols = line.split("\t");
            String[] values = cols[1].split(",");
            float[] v = new float[values.length];
            double norm = 0;
            for (int i = 0; i < v.length; i++) {
                v[i] = Float.parseFloat(values[i]);
                norm += v[i] * v[i];
            }
            for (int i = 0; i < v.length; i++) {
                v[i] /= (float) Math.sqrt(norm);
            }
            out.put(cols[0], v);
        }
        return out;
    }
}
