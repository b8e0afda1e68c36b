package org.dateline.eval;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dateline.json.RecordJson;
import org.dateline.model.Article;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Entity;
import org.dateline.model.InputRef;
import org.dateline.model.Span;
import org.dateline.model.Statement;
import org.dateline.nlp.CorefChains;
import org.dateline.pipeline.Pipeline;

/**
 * Speaker resolution, the project's own resolver against CoreNLP's coreference chains (see
 * docs/EVALUATION.md, "Speaker resolution: own resolver vs CoreNLP coreference"). An experiment,
 * not part of the product.
 *
 * <p>Runs the standard pipeline over every NAME.txt of a folder and writes its record to
 * OUT/own/NAME.json; then, per coref algorithm, runs {@link CorefChains} over the same text and
 * writes copies of the record whose statement speakers come from the chains, one folder per
 * variant, for scripts/score_statements.py:
 * <ul>
 *   <li>scope {@code anaphoric}: only sources with no proper noun (NNP/NNPS), i.e. pronouns and
 *       descriptions ("he", "the minister", "the company"); {@code all}: every source;
 *   <li>target {@code rep}: the chain's representative mention first, then its proper-name
 *       mentions nearest the source; {@code near}: the proper-name mention nearest before the source
 *       first, then the representative;
 *   <li>{@code fb}: where the chains give no entity the own speaker stays; {@code strict}: it
 *       becomes null.
 * </ul>
 * The source's coref mention is the longest chain mention whose head lies inside the source span;
 * a target mention maps to the entity with a mention over its head word, else the one overlapping
 * it most. A statement with no source (a continuation quote) takes the previous statement's
 * speaker, as in the product. Timings are of a second pass, after a first warm-up pass.
 *
 * <p>Usage: {@code CorefSpeakerComparison GOLD_DIR OUT_DIR ALGORITHM...} (statistical, neural,
 * fastneural)
 */
public final class CorefSpeakerComparison {
    private CorefSpeakerComparison() {}

    private record Variant(String name, boolean allSources, boolean nearestFirst, boolean fallback) {}

    private static final List<Variant> VARIANTS = List.of(
        new Variant("anaphoric-rep-fb", false, false, true),
        new Variant("anaphoric-near-fb", false, true, true),
        new Variant("anaphoric-rep-strict", false, false, false),
        new Variant("anaphoric-near-strict", false, true, false),
        new Variant("all-rep-fb", true, false, true),
        new Variant("all-near-fb", true, true, true));

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: CorefSpeakerComparison GOLD_DIR OUT_DIR ALGORITHM...");
            System.exit(2);
        }
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        List<Path> texts;
        try (Stream<Path> files = Files.list(in)) {
            texts = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        Pipeline pipeline = Pipeline.standard();
        Map<String, ArticleRecord> records = new LinkedHashMap<>();
        for (Path txt : texts) { // warm-up pass
            records.put(name(txt), pipeline.analyze(article(txt)));
        }
        long ownNanos = 0;
        for (Path txt : texts) {
            long t = System.nanoTime();
            records.put(name(txt), pipeline.analyze(article(txt)));
            ownNanos += System.nanoTime() - t;
        }
        long ownHeap = usedHeapAfterGc();
        System.out.printf("own chain: %.3f s/article (%d articles), heap after GC %d MB%n",
            ownNanos / 1e9 / texts.size(), texts.size(), ownHeap >> 20);
        write(out.resolve("own"), records);
        for (int a = 2; a < args.length; a++) {
            String algorithm = args[a];
            CorefChains coref;
            long loadStart = System.nanoTime();
            try {
                coref = new CorefChains(algorithm);
            } catch (RuntimeException e) {
                System.out.printf("%s: not available (%s)%n", algorithm, e);
                continue;
            }
            long loadNanos = System.nanoTime() - loadStart;
            Map<String, CorefChains.Result> results = new LinkedHashMap<>();
            for (Path txt : texts) { // warm-up pass
                results.put(name(txt), coref.annotate(Files.readString(txt, StandardCharsets.UTF_8)));
            }
            long tag = 0;
            long parse = 0;
            long chains = 0;
            for (Path txt : texts) {
                CorefChains.Result r = coref.annotate(Files.readString(txt, StandardCharsets.UTF_8));
                results.put(name(txt), r);
                tag += r.tagNanos();
                parse += r.parseNanos();
                chains += r.corefNanos();
            }
            long heap = usedHeapAfterGc();
            System.out.printf("%s: load %.1f s; per article: tag %.3f s, depparse all sentences %.3f s, coref %.3f s;"
                    + " heap after GC %d MB (+%d MB over the own chain)%n",
                algorithm, loadNanos / 1e9, tag / 1e9 / texts.size(), parse / 1e9 / texts.size(),
                chains / 1e9 / texts.size(), heap >> 20, (heap - ownHeap) >> 20);
            for (Variant v : VARIANTS) {
                Map<String, ArticleRecord> changed = new LinkedHashMap<>();
                for (var e : records.entrySet()) {
                    changed.put(e.getKey(), withCorefSpeakers(e.getValue(), results.get(e.getKey()), v));
                }
                write(out.resolve(algorithm + "-" + v.name()), changed);
            }
            writeSources(out.resolve(algorithm + "-sources.tsv"), records, results);
            coref = null;
            results = null;
        }
    }

    private static ArticleRecord withCorefSpeakers(ArticleRecord r, CorefChains.Result coref, Variant v) {
        List<Statement> statements = new ArrayList<>();
        String previous = null;
        for (Statement s : r.statements()) {
            String speaker;
            if (s.source() == null) {
                speaker = previous;
            } else if (!v.allSources() && hasProperNoun(coref, s.source())) {
                speaker = s.speaker();
            } else {
                String found = fromChains(r.entities(), coref, s.source(), v.nearestFirst());
                speaker = found != null || !v.fallback() ? found : s.speaker();
            }
            statements.add(new Statement(s.id(), speaker, s.source(), s.cue(), s.content(), s.kind(), s.date(),
                s.framing()));
            previous = speaker;
        }
        return new ArticleRecord(r.schema(), r.id(), r.input(), r.url(), r.source(), r.title(), r.authors(),
            r.published(), r.language(), r.text(), r.entities(), r.dates(), statements, r.events(), r.warnings(),
            r.duplicateOf());
    }

    /** One line per statement with a source: whether it is in the anaphoric scope and what each side gives. */
    private static void writeSources(Path file, Map<String, ArticleRecord> records, Map<String, CorefChains.Result> results)
            throws IOException {
        StringBuilder tsv = new StringBuilder("article\tstatement\tsource\tanaphoric\town\trep\tnear\n");
        for (var e : records.entrySet()) {
            CorefChains.Result coref = results.get(e.getKey());
            List<Entity> entities = e.getValue().entities();
            for (Statement s : e.getValue().statements()) {
                if (s.source() == null) {
                    continue;
                }
                tsv.append(e.getKey()).append('\t').append(s.id()).append('\t')
                    .append(s.source().text().replace('\t', ' ').replace('\n', ' ')).append('\t')
                    .append(!hasProperNoun(coref, s.source())).append('\t')
                    .append(nameOf(entities, s.speaker())).append('\t')
                    .append(nameOf(entities, fromChains(entities, coref, s.source(), false))).append('\t')
                    .append(nameOf(entities, fromChains(entities, coref, s.source(), true))).append('\n');
            }
        }
        Files.writeString(file, tsv.toString(), StandardCharsets.UTF_8);
    }

    private static String nameOf(List<Entity> entities, String id) {
        return entities.stream().filter(x -> x.id().equals(id)).map(Entity::name).findFirst().orElse("-");
    }

    private static boolean hasProperNoun(CorefChains.Result coref, Span source) {
        return coref.tokens().stream().anyMatch(t -> source.start() <= t.start() && t.end() <= source.end()
            && t.pos().startsWith("NNP"));
    }

    /** The entity the chain of the source's coref mention leads to, or null. */
    private static String fromChains(List<Entity> entities, CorefChains.Result coref, Span source, boolean nearestFirst) {
        CorefChains.Chain chain = null;
        CorefChains.Mention own = null;
        for (CorefChains.Chain c : coref.chains()) {
            for (CorefChains.Mention m : c.mentions()) {
                boolean headInside = source.start() <= m.headStart() && m.headEnd() <= source.end();
                if (headInside && (own == null || m.end() - m.start() > own.end() - own.start())) {
                    own = m;
                    chain = c;
                }
            }
        }
        if (chain == null) {
            return null;
        }
        CorefChains.Mention source0 = own;
        List<CorefChains.Mention> order = new ArrayList<>();
        List<CorefChains.Mention> propers = new ArrayList<>(chain.mentions().stream()
            .filter(m -> m != source0 && m.type().equals("PROPER")).toList());
        // before the source nearest first, then after it nearest first
        propers.sort(Comparator.comparingInt((CorefChains.Mention m) -> m.start() < source0.start() ? 0 : 1)
            .thenComparingInt(m -> Math.abs(m.start() - source0.start())));
        if (nearestFirst) {
            order.addAll(propers);
            order.add(chain.representative());
        } else {
            order.add(chain.representative());
            order.addAll(propers);
        }
        List<CorefChains.Mention> rest = new ArrayList<>(chain.mentions().stream()
            .filter(m -> m != source0 && !order.contains(m)).toList());
        rest.sort(Comparator.comparingInt(m -> Math.abs(m.start() - source0.start())));
        order.addAll(rest);
        for (CorefChains.Mention target : order) {
            if (target == null || target == source0) {
                continue;
            }
            String id = entityAt(entities, target);
            if (id != null) {
                return id;
            }
        }
        return null;
    }

    private static String entityAt(List<Entity> entities, CorefChains.Mention target) {
        for (Entity e : entities) {
            for (Span m : e.mentions()) {
                if (m.start() <= target.headStart() && target.headEnd() <= m.end()) {
                    return e.id();
                }
            }
        }
        String best = null;
        int bestOverlap = 0;
        for (Entity e : entities) {
            for (Span m : e.mentions()) {
                int overlap = Math.min(m.end(), target.end()) - Math.max(m.start(), target.start());
                if (overlap > bestOverlap) {
                    best = e.id();
                    bestOverlap = overlap;
                }
            }
        }
        return best;
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static Article article(Path txt) throws IOException {
        return Article.bodyOnly(InputRef.of(txt.toString(), InputRef.Format.TEXT), Files.readString(txt, StandardCharsets.UTF_8));
    }

    private static String name(Path txt) {
        return txt.getFileName().toString().replaceFirst("\\.txt$", "");
    }

    private static void write(Path dir, Map<String, ArticleRecord> records) throws IOException {
        Files.createDirectories(dir);
        for (var e : records.entrySet()) {
            Files.writeString(dir.resolve(e.getKey() + ".json"), RecordJson.toLine(e.getValue()) + "\n",
                StandardCharsets.UTF_8);
        }
    }
}
