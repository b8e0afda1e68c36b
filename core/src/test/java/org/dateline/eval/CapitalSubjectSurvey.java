package org.dateline.eval;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dateline.analyze.entity.ActorCodes;
import org.dateline.analyze.entity.EntityAnalyzer;
import org.dateline.analyze.event.EventAnalyzer;
import org.dateline.analyze.statement.StatementAnalyzer;
import org.dateline.ingest.InputFailure;
import org.dateline.ingest.InputSources;
import org.dateline.model.Article;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Span;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.CoreNlpAnnotator;
import org.dateline.nlp.DependencyTree;
import org.dateline.nlp.NlpConfig;
import org.dateline.nlp.ParseFilter;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;
import org.dateline.pipeline.Batch;
import org.dateline.pipeline.Extraction;
import org.dateline.pipeline.InputFormat;

/**
 * Survey for the capital rule (a capital city as a verb's subject is its country's government):
 * every article is parsed whole, and for each sentence and each name mention of a capital it
 * prints what the parse says and what a look at the tags alone would say.
 * Usage: CapitalSubjectSurvey FORMAT OUT_PREFIX PATH... (writes OUT_PREFIX.sentences.tsv, OUT_PREFIX.mentions.tsv)
 */
public final class CapitalSubjectSurvey {
    private static final ActorCodes CODES = ActorCodes.standard();

    public static void main(String[] args) throws Exception {
        InputFormat format = InputFormat.valueOf(args[0].toUpperCase());
        PrintStream sentences = new PrintStream(args[1] + ".sentences.tsv", StandardCharsets.UTF_8);
        PrintStream mentions = new PrintStream(args[1] + ".mentions.tsv", StandardCharsets.UTF_8);
        sentences.println("file\tsentence\ttokens\tstatements\tevents\tcapitalVerbDistance\tcapitals");
        mentions.println("file\tsentence\tmention\tentity\tcode\tsector\townCapital\tnsubjVerb\trelation\theadPos\theadDistance"
            + "\tnextVerbDistance\tposPattern\tstatements\tevents\ttext");
        CoreNlpAnnotator nlp = CoreNlpAnnotator.shared(NlpConfig.DEFAULT);
        EntityAnalyzer entities = EntityAnalyzer.standard();
        ParseFilter said = new StatementAnalyzer().parseFilter();
        ParseFilter happened = new EventAnalyzer().parseFilter();
        ParseFilter capitals = entities.parseFilter();
        Batch batch = new Batch(new InputSources(System.in), new Extraction(), (Article a) -> {
            LocalDate day = a.published() == null ? null : a.published().date();
            AnnotatedText text = nlp.annotate(a.text(), day, ParseFilter.ALL);
            List<Entity> found = entities.analyze(text, a.source().name(), day);
            String file = a.input().path();
            StringBuilder sOut = new StringBuilder();
            StringBuilder mOut = new StringBuilder();
            for (Sentence s : text.sentences()) {
                sOut.append(file).append('\t').append(s.index()).append('\t').append(s.tokenEnd() - s.tokenStart())
                    .append('\t').append(said.wantsParse(text, s)).append('\t').append(happened.wantsParse(text, s))
                    .append('\t').append(capitalVerbDistance(text, s)).append('\t').append(capitals.wantsParse(text, s)).append('\n');
            }
            for (Entity e : found) {
                if (e.type() != EntityType.LOCATION || CODES.capitalCode(e.name()).isEmpty()) {
                    continue;
                }
                for (Span span : e.mentions()) {
                    int from = text.firstTokenFrom(span.start());
                    int to = from;
                    while (to < text.tokens().size() && text.tokens().get(to).end() <= span.end()) {
                        to++;
                    }
                    Sentence s = text.sentences().get(text.tokens().get(from).sentence());
                    DependencyTree tree = s.tree();
                    boolean nsubj = false;
                    String relation = "";
                    String headPos = "";
                    int headDistance = 0;
                    for (int i = from; i < to; i++) {
                        int head = tree.head(i);
                        if (head < from || head >= to) {
                            relation = tree.relation(i);
                            headPos = head < 0 ? "ROOT" : text.tokens().get(head).pos();
                            headDistance = head < 0 ? 0 : head - (to - 1);
                        }
                        if (tree.relation(i).equals("nsubj") && head >= 0 && text.tokens().get(head).isVerb()) {
                            nsubj = true;
                        }
                    }
                    mOut.append(file).append('\t').append(s.index()).append('\t').append(span.text()).append('\t')
                        .append(e.name()).append('\t').append(e.code()).append('\t').append(e.sector()).append('\t')
                        .append(CODES.capitalCode(span.text()).isPresent()).append('\t').append(nsubj).append('\t')
                        .append(relation).append('\t').append(headPos).append('\t').append(headDistance).append('\t')
                        .append(nextVerb(text, s, to - 1)).append('\t').append(posPattern(text, s, from, to)).append('\t')
                        .append(said.wantsParse(text, s)).append('\t').append(happened.wantsParse(text, s)).append('\t')
                        .append(text.index().slice(s.start(), s.end()).replaceAll("\\s+", " ")).append('\n');
                }
            }
            synchronized (CapitalSubjectSurvey.class) {
                sentences.print(sOut);
                mentions.print(mOut);
            }
            return ArticleRecord.of(a, List.of(), List.of(), List.of(), List.of(), List.of());
        }, 2);
        Batch.Summary summary = batch.run(Arrays.asList(args).subList(2, args.length), format, null, new Batch.Listener() {
            @Override
            public void record(ArticleRecord record) {}

            @Override
            public void failure(InputFailure failure) {
                System.err.println(failure);
            }
        });
        System.err.println(summary.line());
        sentences.close();
        mentions.close();
    }

    /** The fewest tokens from the end of a capital's name (any 1-4 token run naming one) to a verb after it; -1 when none. */
    static int capitalVerbDistance(AnnotatedText text, Sentence s) {
        int best = -1;
        List<Token> tokens = text.tokens();
        for (int i = s.tokenStart(); i < s.tokenEnd(); i++) {
            if (!tokens.get(i).isCapitalised()) {
                continue;
            }
            for (int j = i + 1; j <= Math.min(s.tokenEnd(), i + 4); j++) {
                if (tokens.get(j - 1).isCapitalised() && CODES.capitalCode(text.index().slice(tokens.get(i).start(), tokens.get(j - 1).end())).isPresent()) {
                    int d = nextVerb(text, s, j - 1);
                    if (d > 0 && (best < 0 || d < best)) {
                        best = d;
                    }
                }
            }
        }
        return best;
    }

    static int nextVerb(AnnotatedText text, Sentence s, int last) {
        for (int k = last + 1; k < s.tokenEnd(); k++) {
            if (text.tokens().get(k).isVerb()) {
                return k - last;
            }
        }
        return -1;
    }

    private static final List<String> AUX = List.of("has", "have", "had", "is", "are", "was", "were", "will", "would",
        "could", "can", "may", "might", "should", "must", "be", "been", "has", "did", "does", "do");

    /**
     * The tags alone: the name is not after a preposition or inside a possessive, and is followed by
     * adverbs and auxiliaries, then a verb (not a participle modifying a noun after it).
     */
    static boolean posPattern(AnnotatedText text, Sentence s, int from, int to) {
        List<Token> tokens = text.tokens();
        if (from > s.tokenStart()) {
            String prev = tokens.get(from - 1).pos();
            if (prev.equals("IN") || prev.equals("TO") || prev.equals("POS") || prev.startsWith("NN") || prev.equals("JJ")) {
                return false;
            }
        }
        int k = to;
        while (k < s.tokenEnd()) {
            Token t = tokens.get(k);
            if (t.pos().equals("RB") || t.pos().equals("MD") || AUX.contains(t.word().toLowerCase()) && k + 1 < s.tokenEnd()
                && tokens.get(k + 1).isVerb() || t.pos().equals("RB")) {
                k++;
                continue;
            }
            break;
        }
        return k < s.tokenEnd() && (tokens.get(k).pos().equals("VBD") || tokens.get(k).pos().equals("VBZ")
            || tokens.get(k).pos().equals("VBP") || k > to && tokens.get(k).isVerb());
    }
}
