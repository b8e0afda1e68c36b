package org.dateline.server.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Event;
import org.dateline.model.Published;
import org.dateline.store.StoreWriter;

/**
 * A large store for load tests, made from a few analysed records without running CoreNLP again:
 * each copy gets extra sentences taken from other records appended to its text (so every copy has
 * its own body, hence its own id, and the original spans stay valid), and its published and event
 * dates shifted by up to a year, so timelines and date filters have real spread.
 *
 * <p>{@link Mode#COPIES} appends three sentences to every copy, so the copies of one record score
 * nearly alike for any word: every block of 128 documents holds a copy that could make the top 20,
 * and Lucene's block-max skipping, which real news (where a word is frequent in few articles) lets
 * skip most blocks, can skip almost none. {@link Mode#VARIED} spreads the scores as real articles'
 * are spread: each copy repeats none to three of its own sentences (a word's frequency varies) and
 * takes none to twelve from other records (its length varies).
 */
public final class SyntheticStore {
    /** How copies differ; see the class comment. */
    public enum Mode { COPIES, VARIED }

    private SyntheticStore() {}

    public static void build(List<ArticleRecord> seeds, Path dir, int articles, long randomSeed) throws IOException {
        build(seeds, dir, articles, randomSeed, Mode.COPIES);
    }

    public static void build(List<ArticleRecord> seeds, Path dir, int articles, long randomSeed, Mode mode) throws IOException {
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("no records to vary");
        }
        Random random = new Random(randomSeed);
        List<String> sentences = new ArrayList<>();
        for (ArticleRecord r : seeds) {
            sentences.addAll(sentencesOf(r.text()));
        }
        try (StoreWriter w = StoreWriter.open(dir)) {
            for (int i = 0; w.size() < articles; i++) {
                ArticleRecord base = seeds.get(i % seeds.size());
                StringBuilder text = new StringBuilder(base.text()).append("\n\n");
                if (mode == Mode.VARIED) {
                    List<String> own = sentencesOf(base.text());
                    for (int k = random.nextInt(4); k > 0 && !own.isEmpty(); k--) {
                        text.append(own.get(random.nextInt(own.size()))).append(' ');
                    }
                }
                int others = mode == Mode.VARIED ? random.nextInt(13) : 3;
                for (int k = 0; k < others; k++) {
                    text.append(sentences.get(random.nextInt(sentences.size()))).append(' ');
                }
                text.append("(Variant ").append(i).append(".)");
                w.put(vary(base, text.toString(), random.nextInt(365) - 180));
            }
        }
    }

    private static List<String> sentencesOf(String text) {
        List<String> out = new ArrayList<>();
        for (String s : text.split("(?<=[.!?])\\s+")) {
            if (s.length() > 30) {
                out.add(s.strip());
            }
        }
        return out;
    }

    private static ArticleRecord vary(ArticleRecord r, String text, int days) {
        Published published = r.published() == null ? null : shift(r.published(), days);
        List<Event> events = r.events().stream().map(e -> new Event(e.id(), e.type(), e.mode(), e.context(), e.acled(), e.actors(),
            e.recipients(), e.date() == null ? null : new Event.When(shift(e.date().value(), days), e.date().text()),
            e.location(), e.fatalities(), e.injured(), e.factuality(), e.claimedBy(), e.trigger(), e.evidence(), e.confidence())).toList();
        return new ArticleRecord(r.schema(), ArticleRecord.contentId(text), r.input(), r.url(), r.source(), r.title(),
            r.authors(), published, r.language(), text, r.entities(), r.dates(), r.statements(), events, r.warnings(),
            null);
    }

    private static Published shift(Published p, int days) {
        return new Published(p.date().plusDays(days), p.time(), p.offset());
    }

    /** Shifts an ISO date or date-time by some days; other values (2022-12, PRESENT_REF) stay. */
    private static String shift(String value, int days) {
        if (value == null || !value.matches("^\\d{4}-\\d{2}-\\d{2}.*")) {
            return value;
        }
        try {
            return shift(Published.parse(value), days).toIso();
        } catch (RuntimeException e) {
            return value;
        }
    }
}
