package org.dateline.analyze.statement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.dateline.analyze.Datelines;
import org.dateline.model.DateFact;
import org.dateline.model.Entity;
import org.dateline.model.Published;
import org.dateline.model.Span;
import org.dateline.model.Statement;
import org.dateline.model.StatementKind;
import org.dateline.model.TextIndex;
import org.dateline.analyze.quote.Quote;
import org.dateline.analyze.quote.Quotes;
import org.dateline.model.TimexType;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.ParseFilter;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * The statement stage: who said what, with which cue, direct or reported, and which terms the
 * content holds at arm's length in scare quotes. Pure: reads the annotated text (parsed where
 * {@link #parseFilter()} asked), the entities and the dates; returns records.
 */
public final class StatementAnalyzer {
    /** A quotation this long with no cue of its own continues the previous speaker's words. */
    private static final int CONTINUATION_MIN_WORDS = 6;

    private final CueLexicon cues = CueLexicon.standard();
    private final SpeechVerbs speechVerbs = new SpeechVerbs(cues);
    private final AccordingTo accordingTo = new AccordingTo();
    private final SurfacePatterns surfacePatterns = new SurfacePatterns(cues);

    /** Sentences with a speech verb or "according to": the only ones this stage needs parsed. */
    public ParseFilter parseFilter() {
        return (text, sentence) -> {
            for (Token t : text.tokensOf(sentence)) {
                if (t.isVerb() && cues.classOf(t.lemma()) != null) {
                    return true;
                }
            }
            return false;
        };
    }

    public List<Statement> analyze(AnnotatedText text, List<Entity> entities, List<DateFact> dates, Published published) {
        List<Quote> quotes = Quotes.find(text.text());
        List<Attribution> found = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            if (s.parsed()) {
                List<Attribution> parsed = speechVerbs.find(text, s, quotes);
                found.addAll(parsed);
                found.addAll(surfacePatterns.find(text, s, parsed, quotes));
            }
            found.addAll(accordingTo.find(text, s));
        }
        found = outermost(found);
        SpeakerResolver speakers = new SpeakerResolver(text, entities);
        List<Statement> statements = new ArrayList<>();
        List<Attribution> kept = new ArrayList<>(found);
        kept.addAll(continuations(text, quotes, found));
        kept = withoutDatelines(text, kept);
        kept.sort(Comparator.comparingInt(Attribution::contentStart));
        TextIndex index = text.index();
        String previousSpeaker = null;
        for (Attribution a : kept) {
            String speaker = a.source() == null
                ? previousSpeaker
                : speakers.resolve(a.source(), a.sourceHead(), previousSpeaker);
            statements.add(new Statement("S" + (statements.size() + 1), speaker, a.source(), a.cue(), a.content(),
                a.kind(), date(text, a, dates, published), framing(index, quotes, a)));
            previousSpeaker = speaker;
        }
        return statements;
    }

    /**
     * Contents that open with a wire dateline start after its dash: "MOSCOW, March 12 (Reuters) –
     * Russian forces struck ..., the ministry said" says that Russian forces struck, not where the
     * story was filed ({@link Datelines}).
     */
    private static List<Attribution> withoutDatelines(AnnotatedText text, List<Attribution> all) {
        List<Datelines.Dateline> datelines = Datelines.find(text);
        if (datelines.isEmpty()) {
            return all;
        }
        List<Attribution> out = new ArrayList<>();
        for (Attribution a : all) {
            Attribution trimmed = a;
            for (Datelines.Dateline d : datelines) {
                int from = text.tokens().get(d.start()).start();
                int dash = text.tokens().get(d.end() - 1).end();
                Span c = a.content();
                boolean opens = c.start() <= from && dash < c.end()
                    && text.index().slice(c.start(), from).isBlank() && d.end() < text.tokens().size();
                if (opens) {
                    int start = text.tokens().get(d.end()).start();
                    trimmed = new Attribution(a.sentence(), a.source(), a.sourceHead(), a.cue(),
                        text.index().span(start, c.end()), a.kind());
                    break;
                }
            }
            out.add(trimmed);
        }
        return out;
    }

    /** Only the outermost attribution counts: "X said Y had announced that ..." is X's statement. */
    private static List<Attribution> outermost(List<Attribution> all) {
        List<Attribution> kept = new ArrayList<>();
        for (Attribution a : all) {
            boolean nested = all.stream().anyMatch(o -> o != a && o.contentContains(a.cue()));
            boolean duplicate = kept.stream().anyMatch(o -> o.sameContent(a));
            if (!nested && !duplicate) {
                kept.add(a);
            }
        }
        return kept;
    }

    /**
     * Quotations with no cue that open a paragraph right after a statement: news style's way of
     * letting the last speaker go on talking.
     */
    private static List<Attribution> continuations(AnnotatedText text, List<Quote> quotes, List<Attribution> found) {
        List<Attribution> more = new ArrayList<>();
        String t = text.text();
        TextIndex index = text.index();
        for (Quote q : quotes) {
            if (q.words() < CONTINUATION_MIN_WORDS || !opensParagraph(t, index.toChar(q.start()))) {
                continue;
            }
            boolean used = found.stream().anyMatch(a -> overlaps(a.content(), q) || a.source() != null && overlaps(a.source(), q));
            if (used) {
                continue;
            }
            Attribution before = null;
            for (Attribution a : found) {
                if (a.content().end() <= q.start() && (before == null || a.content().end() > before.content().end())) {
                    before = a;
                }
            }
            if (before != null && paragraphsBetween(t, index.toChar(before.content().end()), index.toChar(q.start())) <= 1) {
                int sentence = sentenceAt(text, q.start());
                more.add(new Attribution(sentence, null, -1, null, index.span(q.start(), q.end()), StatementKind.DIRECT));
            }
        }
        return more;
    }

    private static boolean overlaps(Span part, Quote q) {
        return part.start() < q.end() && q.start() < part.end();
    }

    private static boolean opensParagraph(String text, int charIndex) {
        int i = charIndex - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n';
    }

    private static int paragraphsBetween(String text, int from, int to) {
        int breaks = 0;
        for (int i = from; i < to - 1 && i < text.length() - 1; i++) {
            if (text.charAt(i) == '\n' && text.charAt(i + 1) == '\n') {
                breaks++;
            }
        }
        return breaks;
    }

    private static int sentenceAt(AnnotatedText text, int position) {
        for (Sentence s : text.sentences()) {
            if (s.start() <= position && position < s.end()) {
                return s.index();
            }
        }
        return text.sentences().size() - 1;
    }

    /** The date the sentence gives outside the content ("said on Tuesday"), else the published date. */
    private static String date(AnnotatedText text, Attribution a, List<DateFact> dates, Published published) {
        Sentence s = text.sentences().get(a.sentence());
        for (DateFact d : dates) {
            boolean inSentence = s.start() <= d.start() && d.end() <= s.end();
            boolean inContent = a.content().start() <= d.start() && d.end() <= a.content().end();
            if (inSentence && !inContent && d.type() == TimexType.DATE && d.value() != null
                && d.value().matches("\\d{4}-\\d\\d-\\d\\d")) {
                return d.value();
            }
        }
        return published == null ? null : published.date().toString();
    }

    /** Terms in scare quotes inside the content, without their marks. */
    private static List<Span> framing(TextIndex index, List<Quote> quotes, Attribution a) {
        List<Span> terms = new ArrayList<>();
        Span content = a.content();
        for (Quote q : quotes) {
            boolean whole = q.start() == content.start() && q.end() == content.end();
            if (q.isTerm() && !whole && content.start() <= q.start() && q.end() <= content.end() && q.end() - q.start() > 2) {
                Span inner = index.span(q.start() + 1, q.end() - 1);
                String trimmed = inner.text().strip();
                if (!trimmed.isEmpty() && !trimmed.toLowerCase(Locale.ROOT).equals(trimmed.toUpperCase(Locale.ROOT))) {
                    int lead = inner.text().indexOf(trimmed);
                    terms.add(index.span(q.start() + 1 + lead, q.start() + 1 + lead + trimmed.codePointCount(0, trimmed.length())));
                }
            }
        }
        return terms;
    }
}
