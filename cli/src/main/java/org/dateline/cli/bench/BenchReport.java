package org.dateline.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/** The benchmark's figures as text for people or JSON for scripts. */
public record BenchReport(List<Measure> measures, int warmup) {
    private static final double MIB = 1024.0 * 1024.0;

    public Measure get(String name) {
        return measures.stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    /** The Dateline chain's throughput over the default CoreNLP pipeline's: above 1 is faster. */
    public double speedRatio() {
        return get("dateline").articlesPerSecond() / get("corenlp-default").articlesPerSecond();
    }

    public String text() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-16s %9s %10s %11s %9s %14s%n",
            "system", "articles", "seconds", "articles/s", "tokens/s", "peak heap MiB"));
        for (Measure m : measures) {
            b.append(String.format(Locale.ROOT, "%-16s %9d %10.2f %11.2f %9.0f %14.0f%n", m.name(), m.articles(),
                m.seconds(), m.articlesPerSecond(), m.tokensPerSecond(), m.peakHeapBytes() / MIB));
        }
        b.append(String.format(Locale.ROOT,
            "dateline / corenlp-default throughput: %.2f  (one process, %d warm-up articles, interleaved; "
                + "peak heap includes both systems' models)%n", speedRatio(), warmup));
        return b.toString();
    }

    public String json() {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        root.put("warmup", warmup);
        ArrayNode systems = root.putArray("systems");
        for (Measure m : measures) {
            systems.addObject().put("name", m.name()).put("articles", m.articles()).put("tokens", m.tokens())
                .put("seconds", m.seconds()).put("articlesPerSecond", m.articlesPerSecond())
                .put("tokensPerSecond", m.tokensPerSecond()).put("peakHeapBytes", m.peakHeapBytes());
        }
        root.put("ratio", speedRatio());
        return root.toString();
    }
}
