package org.dateline.server.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.store.Store;
import org.dateline.store.StoreWriter;

/**
 * What adding one article costs as a store grows, identities and stories included (each entity is
 * resolved against the store's identity documents, each article put in a story against candidates
 * found through the index, as it is put): the demo's records copied with their
 * people renamed from pools of given names and surnames (a third by surname alone), so the store
 * fills with many identities, surnames shared by several people, and joins of every kind. Prints
 * the mean cost per article of each step and the last step's cost over the first's; with
 * {@code --no-identities} or {@code --no-stories}, the same without them, for the comparison. Usage:
 * {@code PutCost --source DEMO_STORE --store NEW_DIR --articles N [--step S] [--no-identities] [--no-stories]}.
 */
public final class PutCost {
    private static final int GIVEN = 2_000;
    private static final int FAMILIES = 20_000;

    private PutCost() {}

    public static void main(String[] args) throws Exception {
        Path source = null;
        Path dir = null;
        int articles = 100_000;
        int step = 10_000;
        boolean identities = true;
        boolean stories = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--no-identities" -> identities = false;
                case "--no-stories" -> stories = false;
                case "--source" -> source = Path.of(args[++i]);
                case "--store" -> dir = Path.of(args[++i]);
                case "--articles" -> articles = Integer.parseInt(args[++i]);
                case "--step" -> step = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (source == null || dir == null) {
            throw new IllegalArgumentException("usage: PutCost --source DEMO_STORE --store NEW_DIR --articles N [--step S]");
        }
        List<ArticleRecord> seeds = new ArrayList<>();
        try (Store s = Store.open(source)) {
            s.forEachArticle(seeds::add);
        }
        Random random = new Random(42);
        double first = 0;
        double last = 0;
        try (StoreWriter w = StoreWriter.open(dir, identities, stories)) {
            for (int done = 0; done < articles; done += step) {
                List<ArticleRecord> batch = new ArrayList<>();
                for (int i = done; i < done + step; i++) {
                    batch.add(renamed(seeds.get(i % seeds.size()), i, random));
                }
                long t0 = System.nanoTime();
                for (ArticleRecord r : batch) {
                    w.put(r);
                }
                w.commit();
                double ms = (System.nanoTime() - t0) / 1e6 / step;
                first = done == 0 ? ms : first;
                last = ms;
                System.out.printf("stored %,d -> %,d: %.3f ms per article%n", done, done + step, ms);
            }
        }
        System.out.printf("last step / first step: %.2f%n", last / first);
    }

    /** The record with its own text (so its own id) and its people renamed from the pools. */
    private static ArticleRecord renamed(ArticleRecord r, int i, Random random) {
        List<Entity> entities = new ArrayList<>();
        for (Entity e : r.entities()) {
            if (e.type() == EntityType.PERSON) {
                String family = "Family" + random.nextInt(FAMILIES);
                String name = random.nextInt(3) == 0 ? family : "Given" + random.nextInt(GIVEN) + " " + family;
                e = new Entity(e.id(), name, e.type(), e.titles(), e.code(), e.sector(), e.organization(), e.mentions());
            }
            entities.add(e);
        }
        String text = r.text() + "\n\n(Copy " + i + ".)";
        return new ArticleRecord(r.schema(), ArticleRecord.contentId(text), r.input(), r.url(), r.source(), r.title(),
            r.authors(), r.published(), r.language(), text, entities, r.dates(), r.statements(), r.events(), r.warnings(),
            null);
    }
}
