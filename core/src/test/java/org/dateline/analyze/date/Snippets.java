package org.dateline.analyze.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.dateline.model.DateFact;
import org.dateline.model.Published;
import org.dateline.model.TextIndex;
import org.dateline.nlp.CoreNlpAnnotator;
import org.dateline.nlp.NlpConfig;

/**
 * Resolves snippets with the JVM's one shared CoreNLP pipeline and checks every fact's span
 * against the text, so that no test forgets to.
 */
final class Snippets {
    private static final DateResolver RESOLVER = new DateResolver();

    private Snippets() {}

    static List<DateFact> resolve(String text, Published published) {
        var annotated = CoreNlpAnnotator.shared(NlpConfig.TAGGING_ONLY)
            .annotate(text, published == null ? null : published.date());
        List<DateFact> facts = RESOLVER.resolve(annotated, published);
        TextIndex index = new TextIndex(text);
        for (DateFact f : facts) {
            assertThat(index.slice(f.start(), f.end())).as("span of %s", f).isEqualTo(f.text());
        }
        assertThat(facts).isSortedAccordingTo(java.util.Comparator.comparingInt(DateFact::start));
        return facts;
    }

    static List<DateFact> resolve(String text, String published) {
        return resolve(text, Published.parse(published));
    }

    /** The fact with exactly this text, the n-th (from 0) if it occurs more than once. */
    static DateFact fact(List<DateFact> facts, String text, int n) {
        List<DateFact> found = facts.stream().filter(f -> f.text().equals(text)).toList();
        assertThat(found).as("facts with text '%s' in %s", text, facts).hasSizeGreaterThan(n);
        return found.get(n);
    }

    static DateFact fact(List<DateFact> facts, String text) {
        return fact(facts, text, 0);
    }

    static Optional<DateFact> find(List<DateFact> facts, String text) {
        return facts.stream().filter(f -> f.text().equals(text)).findFirst();
    }
}
