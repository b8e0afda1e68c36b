package org.dateline.story;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.eval.NameKeyed;
import org.dateline.json.RecordJson;
import org.dateline.model.ArticleRecord;

/**
 * Runs {@link Claims#of} over the records of a JSON Lines file read as one story (the name keys as
 * entity keys, as the Spark job has them) and prints each claim as one JSON line. Used by
 * {@code scripts/eval-claims.sh}; not a test.
 */
public final class ClaimsRun {
    private ClaimsRun() {}

    public static void main(String[] args) throws IOException {
        List<StoryArticle> articles = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            if (line.isBlank()) {
                continue;
            }
            ArticleRecord r = RecordJson.fromLine(line);
            articles.add(NameKeyed.article(r, articles.size()));
        }
        String story = args.length > 1 ? args[1] : "story";
        for (Claim c : Claims.of(story, articles)) {
            System.out.println(RecordJson.mapper().writeValueAsString(c));
        }
    }
}
