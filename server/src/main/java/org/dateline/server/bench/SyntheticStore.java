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
 */
public final class SyntheticStore {
    private SyntheticStore() {}

    public static void build(List<ArticleRecord> seeds, Path dir, int articles, long randomSeed) throws IOException {
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("no records to vary");
        }
        Random random = new Random(randomSeed);
        List<String> sentences = new ArrayList<>();
        for (ArticleRecord r : seeds) {
            for (String s : r.text().split("(?<=[.!?])\\s+")) {
                if (s.length() > 30) {
                    sentences.add(s.strip());
                }
            }
        }
        try (StoreWriter w = StoreWriter.open(dir)) {
            for (int i = 0; w.size() < articles; i++) {
                ArticleRecord base = seeds.get(i % seeds.size());
                StringBuilder text = new StringBuilder(base.text()).append("\n\n");
                for (int k = 0; k < 3; k++) {
                    text.append(sentences.get(random.nextInt(sentences.size()))).append(' ');
                }
                text.append("(Variant ").append(i).append(".)");
                w.put(vary(base, text.toString(), random.nextInt(365) - 180));
            }
        }
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
