package org.dateline.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.ArticleRecord;
import org.dateline.model.DateFact;
import org.dateline.model.Entity;
import org.dateline.model.Event;
import org.dateline.model.Span;
import org.dateline.model.Statement;

/**
 * The one assertion every test uses on a record: each span's text is exactly the record text's
 * code points [start, end), as Python's {@code text[start:end]} would give.
 */
public final class SpanAssertions {
    private SpanAssertions() {}

    public static void assertSpansMatchText(ArticleRecord record) {
        assertAll(record.text(), spans(record));
    }

    /** The same check for a stage's entities before they are in a record: every mention against {@code text}. */
    public static void assertMentionsMatchText(String text, List<Entity> entities) {
        assertAll(text, mentions(entities));
    }

    /** The same check for spans a later stage cut from a record (claims, incidents): each against {@code text}. */
    public static void assertSpansMatchText(String text, String label, List<Span> spans) {
        assertAll(text, spans.stream().map(s -> new Labelled(label, s)).toList());
    }

    private static List<Labelled> mentions(List<Entity> entities) {
        List<Labelled> all = new ArrayList<>();
        for (Entity e : entities) {
            e.mentions().forEach(m -> all.add(new Labelled("entity " + e.id() + " mention", m)));
        }
        return all;
    }

    private static void assertAll(String text, List<Labelled> spans) {
        int[] codePoints = text.codePoints().toArray();
        for (Labelled s : spans) {
            assertThat(s.span.end()).as("%s end within text", s.label).isLessThanOrEqualTo(codePoints.length);
            String slice = new String(codePoints, s.span.start(), s.span.end() - s.span.start());
            assertThat(slice).as("%s [%d,%d)", s.label, s.span.start(), s.span.end()).isEqualTo(s.span.text());
        }
    }

    private record Labelled(String label, Span span) {}

    private static List<Labelled> spans(ArticleRecord r) {
        List<Labelled> all = mentions(r.entities());
        for (DateFact d : r.dates()) {
            all.add(new Labelled("date", d.span()));
        }
        for (Statement s : r.statements()) {
            for (Span x : new Span[] {s.source(), s.cue(), s.content()}) {
                if (x != null) {
                    all.add(new Labelled("statement " + s.id(), x));
                }
            }
            s.framing().forEach(f -> all.add(new Labelled("statement " + s.id() + " framing", f)));
        }
        for (Event e : r.events()) {
            if (e.trigger() != null) {
                all.add(new Labelled("event " + e.id() + " trigger", e.trigger()));
            }
            if (e.evidence() != null) {
                all.add(new Labelled("event " + e.id() + " evidence", e.evidence()));
            }
        }
        return all;
    }
}
