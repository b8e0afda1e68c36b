package org.dateline.cli.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.LongSupplier;
import org.dateline.ingest.InputException;
import org.dateline.ingest.RawDocument;
import org.dateline.model.InputRef;
import org.dateline.nlp.BaselinePipeline;
import org.dateline.pipeline.Extraction;
import org.dateline.pipeline.InputFormat;
import org.dateline.pipeline.Pipeline;

/**
 * Times, in one process and on the same articles, (a) extraction alone, (b) the whole Dateline
 * chain and (c) CoreNLP's default pipeline. Both NLP systems are loaded and warmed up before any
 * timing, and each article is run by (b) and (c) one right after the other, in alternating
 * order, so that load from other processes and JIT or GC drift fall on both alike.
 *
 * <p>Token counts are the default pipeline's tokens of each body, the same denominator for all.
 */
public final class Bench {
    private final Extraction extraction = new Extraction();
    private final Pipeline pipeline;
    private final BaselinePipeline baseline;

    public Bench(Pipeline pipeline, BaselinePipeline baseline) {
        this.pipeline = pipeline;
        this.baseline = baseline;
    }

    /** The three measures, in the order extraction, chain, baseline. */
    public List<Measure> run(List<BenchCorpus.Item> items, int warmup) {
        pipeline.load(); // the models load at the first article otherwise, inside its timing when warmup is 0
        for (BenchCorpus.Item item : items.subList(0, Math.min(warmup, items.size()))) {
            extract(item);
            chain(item);
            baseline.annotate(item.body());
        }
        Measure extract = new Measure("extraction");
        Measure chain = new Measure("dateline");
        Measure base = new Measure("corenlp-default");
        try (HeapPeak heap = new HeapPeak()) {
            for (int i = 0; i < items.size(); i++) {
                BenchCorpus.Item item = items.get(i);
                LongSupplier runChain = () -> {
                    chain(item);
                    return 0;
                };
                LongSupplier runBaseline = () -> baseline.annotate(item.body());
                Sample b;
                Sample c;
                if (i % 2 == 0) {
                    c = Sample.of(heap, runBaseline);
                    b = Sample.of(heap, runChain);
                } else {
                    b = Sample.of(heap, runChain);
                    c = Sample.of(heap, runBaseline);
                }
                Sample a = Sample.of(heap, () -> {
                    extract(item);
                    return 0;
                });
                long tokens = c.result();
                base.add(tokens, c.nanos(), c.heapBytes());
                chain.add(tokens, b.nanos(), b.heapBytes());
                extract.add(tokens, a.nanos(), a.heapBytes());
            }
        }
        return List.of(extract, chain, base);
    }

    /** One timed call: what it returned, how long it took, the most heap in use meanwhile. */
    private record Sample(long result, long nanos, long heapBytes) {
        static Sample of(HeapPeak heap, LongSupplier work) {
            heap.reset();
            long started = System.nanoTime();
            long result = work.getAsLong();
            long elapsed = System.nanoTime() - started;
            return new Sample(result, elapsed, heap.peak());
        }
    }

    private void chain(BenchCorpus.Item item) {
        pipeline.analyze(extractAs(item.body().getBytes(StandardCharsets.UTF_8), item.id(), InputFormat.BODY));
    }

    private void extract(BenchCorpus.Item item) {
        byte[] input = item.page() != null ? item.page() : item.body().getBytes(StandardCharsets.UTF_8);
        extractAs(input, item.id(), InputFormat.AUTO);
    }

    private org.dateline.model.Article extractAs(byte[] bytes, String id, InputFormat format) {
        try {
            return extraction.extract(new RawDocument(InputRef.of(id, format.recordFormat()), bytes), format, null);
        } catch (InputException e) {
            throw new IllegalStateException(id + ": " + e.getMessage(), e);
        }
    }
}
