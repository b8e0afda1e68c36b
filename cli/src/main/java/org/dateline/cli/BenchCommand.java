package org.dateline.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.cli.bench.Bench;
import org.dateline.cli.bench.BenchCorpus;
import org.dateline.cli.bench.BenchReport;
import org.dateline.cli.bench.Measure;
import org.dateline.nlp.BaselinePipeline;
import org.dateline.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dateline bench}: Dateline's speed beside CoreNLP's default pipeline, in one process. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    header = "Time Dateline against CoreNLP's default pipeline.",
    description = {"Time extraction alone, the whole Dateline chain and CoreNLP's default pipeline "
        + "(tokenize,ssplit,pos,lemma,ner) on the same articles in one process; report articles/s, tokens/s, "
        + "peak heap and the Dateline/CoreNLP throughput ratio. Documents run one at a time."})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "DIR",
        description = "Folder of article bodies (default: the shared article-extraction evaluation set).")
    Path corpus;

    @Option(names = "--limit", defaultValue = "100", description = "Articles to time. Default: ${DEFAULT-VALUE}.")
    int limit;

    @Option(names = "--warmup", defaultValue = "10",
        description = "Articles each system runs before timing starts. Default: ${DEFAULT-VALUE}.")
    int warmup;

    @Option(names = "--json", description = "One JSON object on stdout instead of a table.")
    boolean json;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<BenchCorpus.Item> items;
        try {
            items = corpus == null ? BenchCorpus.standard(limit) : BenchCorpus.folder(corpus, limit);
        } catch (IOException e) {
            System.err.println("dateline bench: " + e.getMessage());
            return 2;
        }
        if (items.isEmpty()) {
            System.err.println("dateline bench: no articles in the corpus");
            return 2;
        }
        System.err.println("dateline bench: loading both pipelines, then " + items.size() + " articles");
        List<Measure> measures = new Bench(Pipeline.standard(), new BaselinePipeline()).run(items, warmup);
        BenchReport report = new BenchReport(measures, warmup);
        out.print(json ? report.json() + System.lineSeparator() : report.text());
        return 0;
    }
}
