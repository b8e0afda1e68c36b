package org.dateline.analyze.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dateline.model.DateFact;
import org.dateline.model.Published;
import org.dateline.model.TimexType;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Timex;

/**
 * Every temporal expression of a text as TimeML TIMEX3 (DATE, TIME, DURATION, SET) with its value
 * resolved against the published date. Pure: no I/O, no state between calls.
 *
 * <p>SUTime finds most expressions and computes the relative ones ("last year") well; the stages
 * here repair what it gets wrong in news: spans CoreNLP cut or SUTime glued, expressions it misses
 * or over-tags, TimeML's value conventions, and above all the direction of a bare calendar name,
 * which follows the tense of its clause instead of SUTime's "same year, same week".
 *
 * <p>Without a published date nothing is resolved that SUTime did not resolve, and no year is
 * invented: bare calendar names stay underspecified (XXXX-02-28).
 */
public final class DateResolver {
    private final TenseDetector tenses = new TenseDetector();
    private final CalendarResolver calendar = new CalendarResolver();
    private final List<MentionRule> relativeRules = List.of(new AgoRule(), new StretchRule(), new PeriodEdgeRule(tenses),
        new FiscalYearRule(), new OrdinalPeriodRule(), new FrequencyRule(), new Underspecifier(), new PresentRefRule());

    public List<DateFact> resolve(AnnotatedText text, Published published) {
        LocalDate anchor = published == null ? null : published.date();
        DocContext doc = DocContext.of(text, anchor);
        List<Mention> mentions = new ArrayList<>();
        for (Timex t : text.timexes()) {
            mentions.add(new Mention(t.start(), t.end(), t.tokenStart(), t.tokenEnd(), t.type(), t.value()));
        }
        mentions.sort(Comparator.comparingInt(Mention::start));
        mentions = new FragmentMerger().apply(doc, mentions);
        mentions = new SpanSplitter().apply(doc, mentions);
        mentions = new FalsePositiveFilter().apply(doc, mentions);
        mentions = new MissedExpressionFinder().apply(doc, mentions);
        mentions = apply(doc, mentions, relativeRules);
        mentions = mentions.stream()
            .map(m -> m.type() == TimexType.SET ? m
                : m.withValue(calendar.resolve(m.value(), anchor, tenses.tenseAt(doc, m.tokenStart(), m.tokenEnd()))))
            .toList();
        mentions = new Coordination().apply(doc, mentions);
        mentions = new TimeAnchoring().apply(doc, mentions);
        mentions = new EventAnchoredDates().apply(doc, mentions);
        mentions = apply(doc, mentions, List.of(new ValueFormat()));
        return mentions.stream()
            .sorted(Comparator.comparingInt(Mention::start))
            .map(m -> new DateFact(m.start(), m.end(), doc.textOf(m), m.type(), m.value()))
            .toList();
    }

    private static List<Mention> apply(DocContext doc, List<Mention> mentions, List<MentionRule> rules) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            for (MentionRule r : rules) {
                m = r.rewrite(doc, m);
            }
            out.add(m);
        }
        return out;
    }
}
