package org.dateline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.json.RecordJson;
import org.dateline.model.Article;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Entity;
import org.dateline.model.InputRef;
import org.dateline.model.Span;
import org.dateline.model.Statement;
import org.dateline.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The statement stage against the project's attribution gold, with the rules of
 * scripts/score_statements.py: a gold and a predicted content match when their overlap is at least
 * half the longer span, paired greedily by largest overlap. The floors sit just under the figures
 * measured when they were set, so that a change that loses statements fails here.
 */
class StatementEvaluationTest {
    private static final Path GOLD = Path.of("src/test/resources/eval/statements");
    private static final double CONTENT_F1_FLOOR = 0.78;
    private static final double SPEAKER_FLOOR = 0.84;

    @Test
    void contentAndSpeakersHoldOnTheGold() throws IOException {
        int gold = 0;
        int predicted = 0;
        int matched = 0;
        int rightSpeaker = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(GOLD, "*.txt")) {
            for (Path txt : files) {
                String body = Files.readString(txt);
                JsonNode expected = RecordJson.mapper().readTree(txt.resolveSibling(txt.getFileName().toString()
                    .replace(".txt", ".json")).toFile()).get("statements");
                ArticleRecord record = Fixtures.analyze(Article.bodyOnly(InputRef.of(txt.toString(), InputRef.Format.TEXT), body));
                gold += expected.size();
                predicted += record.statements().size();
                for (Pair p : match(expected, record.statements())) {
                    matched++;
                    if (sameSpeaker(p.gold(), p.predicted(), record.entities())) {
                        rightSpeaker++;
                    }
                }
            }
        }
        double precision = (double) matched / predicted;
        double recall = (double) matched / gold;
        double f1 = 2 * precision * recall / (precision + recall);
        double speakers = (double) rightSpeaker / matched;
        System.out.printf("statements: gold %d predicted %d matched %d P %.3f R %.3f F1 %.3f speaker %.3f%n",
            gold, predicted, matched, precision, recall, f1, speakers);
        assertThat(f1).as("content F1").isGreaterThanOrEqualTo(CONTENT_F1_FLOOR);
        assertThat(speakers).as("speaker accuracy on matches").isGreaterThanOrEqualTo(SPEAKER_FLOOR);
    }

    private record Pair(JsonNode gold, Statement predicted) {}

    private static List<Pair> match(JsonNode gold, List<Statement> predicted) {
        record Candidate(int overlap, int g, int p) {}
        List<Candidate> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            JsonNode c = gold.get(g).get("content");
            int gs = c.get("start").asInt();
            int ge = c.get("end").asInt();
            for (int p = 0; p < predicted.size(); p++) {
                Span s = predicted.get(p).content();
                int overlap = Math.min(ge, s.end()) - Math.max(gs, s.start());
                if (overlap > 0 && overlap >= 0.5 * Math.max(ge - gs, s.length())) {
                    candidates.add(new Candidate(overlap, g, p));
                }
            }
        }
        candidates.sort((a, b) -> Integer.compare(b.overlap(), a.overlap()));
        Set<Integer> usedGold = new HashSet<>();
        Set<Integer> usedPredicted = new HashSet<>();
        List<Pair> pairs = new ArrayList<>();
        for (Candidate c : candidates) {
            if (usedGold.add(c.g()) && usedPredicted.add(c.p())) {
                pairs.add(new Pair(gold.get(c.g()), predicted.get(c.p())));
            } else if (!usedGold.contains(c.g()) || !usedPredicted.contains(c.p())) {
                usedGold.remove(c.g());
                usedPredicted.remove(c.p());
            }
        }
        return pairs;
    }

    /** Right when both are anonymous, or the gold name is the speaker's name, a mention of it, or the source. */
    private static boolean sameSpeaker(JsonNode gold, Statement predicted, List<Entity> entities) {
        JsonNode speaker = gold.get("speaker");
        if (speaker == null || speaker.isNull()) {
            return predicted.speaker() == null;
        }
        Set<String> names = new HashSet<>();
        for (String part : speaker.asText().split(" and ")) {
            names.add(normal(part));
        }
        names.add(normal(speaker.asText()));
        if (predicted.source() != null && names.contains(normal(predicted.source().text()))) {
            return true;
        }
        for (Entity e : entities) {
            if (e.id().equals(predicted.speaker())) {
                if (names.contains(normal(e.name()))) {
                    return true;
                }
                return e.mentions().stream().anyMatch(m -> names.contains(normal(m.text())));
            }
        }
        return false;
    }

    private static String normal(String s) {
        String t = s.replace('’', '\'').replace('‘', '\'').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return t.startsWith("the ") ? t.substring(4) : t;
    }
}
