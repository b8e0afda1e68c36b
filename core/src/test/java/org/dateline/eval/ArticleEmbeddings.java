package org.dateline.eval;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.json.RecordJson;
import org.dateline.model.ArticleRecord;

/**
 * Not a test: an experiment for story grouping (issue 13). Embeds each article of a records file
 * with the quantised all-MiniLM-L6-v2 (langchain4j's ONNX jar, run in-process on one CPU thread)
 * and writes {@code id TAB v1,v2,...} per article, one file per way of choosing the text, for
 * {@code scripts/fit-story-links.py --embeddings} to join the cosine of each candidate pair.
 * The ways: the title and the first two sentences ({@code s2}), the title and the first 80 words
 * (the words StoryProfiles calls the lead, {@code w80}), the title and the first 200 words (about
 * the 256 word pieces the model was trained on, {@code w200}). The time each took per article is
 * printed (the model loaded and warmed up first).
 * Usage: ArticleEmbeddings RECORDS.jsonl OUT_PREFIX  (writes OUT_PREFIX-s2.tsv, -w80.tsv, -w200.tsv)
 */
public final class ArticleEmbeddings {
    private static final Pattern SPACE = Pattern.compile("\\s+");
    /** A sentence end: ., ! or ? (closing quote allowed) before a space and a capital or quote. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"'”’]?)\\s+(?=[\"“A-Z0-9])");

    private ArticleEmbeddings() {}

    public static void main(String[] args) throws Exception {
        List<ArticleRecord> records = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            if (!line.isBlank()) {
                ArticleRecord r = RecordJson.fromLine(line);
                if (seen.add(r.id())) {
                    records.add(r);
                }
            }
        }
        OneThreadMiniLm model = OneThreadMiniLm.load();
        model.vector("Warm-up: a shooting on Main Street left two people injured.");
        for (String way : List.of("s2", "w80", "w200")) {
            long start = System.nanoTime();
            try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1] + "-" + way + ".tsv"))) {
                for (ArticleRecord r : records) {
                    float[] v = model.vector(text(r, way));
                    StringBuilder row = new StringBuilder(r.id()).append('\t');
                    for (int i = 0; i < v.length; i++) {
                        row.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.5f", v[i]));
                    }
                    out.write(row.append('\n').toString());
                }
            }
            double ms = (System.nanoTime() - start) / 1e6 / records.size();
            System.out.printf(Locale.ROOT, "%s: %d articles, %.1f ms per article (one thread)%n", way, records.size(), ms);
        }
    }

    static String text(ArticleRecord r, String way) {
        String title = r.title() == null ? "" : r.title().strip();
        String body = r.text() == null ? "" : r.text().strip();
        String lead = switch (way) {
            case "s2" -> String.join(" ", Arrays.asList(SENTENCE_END.split(body, 3)).subList(0,
                Math.min(2, SENTENCE_END.split(body, 3).length)));
            case "w80" -> words(body, 80);
            case "w200" -> words(body, 200);
            default -> throw new IllegalArgumentException(way);
        };
        return (title + "\n" + lead).strip();
    }

    private static String words(String body, int n) {
        String[] w = SPACE.split(body, n + 1);
        return String.join(" ", Arrays.asList(w).subList(0, Math.min(n, w.length)));
    }

    /** The quantised MiniLM from its jar, with ONNX Runtime held to one intra-op thread. */
    static final class OneThreadMiniLm extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        private OneThreadMiniLm(OnnxBertBiEncoder encoder) {
            super(Runnable::run);
            this.encoder = encoder;
        }

        static OneThreadMiniLm load() throws IOException, OrtException {
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            byte[] onnx;
            try (InputStream in = resource("all-minilm-l6-v2-q.onnx")) {
                onnx = in.readAllBytes();
            }
            try (InputStream tokenizer = resource("all-minilm-l6-v2-q-tokenizer.json")) {
                return new OneThreadMiniLm(new OnnxBertBiEncoder(env, env.createSession(onnx, options), tokenizer,
                    PoolingMode.MEAN));
            }
        }

        private static InputStream resource(String name) {
            InputStream in = dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel.class
                .getResourceAsStream("/" + name);
            if (in == null) {
                throw new UncheckedIOException(new IOException("not on the class path: " + name));
            }
            return in;
        }

        float[] vector(String text) {
            return embed(dev.langchain4j.data.segment.TextSegment.from(text)).content().vector();
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return 384;
        }
    }
}
