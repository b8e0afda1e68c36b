package org.dateline.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.EntityMentionsAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.dateline.model.TextIndex;
import org.dateline.model.TimexType;
import org.dateline.model.Vocabularies;

/**
 * The one place that runs CoreNLP. Tagging (tokens, POS, lemmas, NER with SUTime, fine-grained
 * types by {@link FineGrainedNer}) runs over the whole text; the dependency parser, the expensive
 * part, runs only over the sentences a caller asks for. Pipelines are built once per JVM and configuration, on first use.
 */
public final class CoreNlpAnnotator implements Annotator {
    private static final Map<NlpConfig, CoreNlpAnnotator> SHARED = new ConcurrentHashMap<>();
    /** NER labels of temporal expressions: the TIMEX3 types, which CoreNLP uses as labels too. */
    private static final Set<String> TEMPORAL = Set.copyOf(Vocabularies.wireNames(TimexType.class));

    private final NlpConfig config;
    /** Tokens and sentences only: looked at before the rest of the tagging, to find sentences too long. */
    private final StanfordCoreNLP splitter;
    /** POS, lemmas and NER over sentences already made. */
    private final StanfordCoreNLP tagger;
    private final FineGrainedNer fineGrained;
    private final EntityMentionsAnnotator entityMentions;
    private final StanfordCoreNLP parser;

    private CoreNlpAnnotator(NlpConfig config) {
        this.config = config;
        // The gazetteer loads on its own core while CoreNLP loads its models on this one.
        CompletableFuture<KbpGazetteer> gazetteer = CompletableFuture.supplyAsync(KbpGazetteer::shared);
        this.splitter = new StanfordCoreNLP(stage(taggerProperties(), "tokenize,ssplit"));
        this.tagger = new StanfordCoreNLP(stage(taggerProperties(), "pos,lemma,ner"));
        this.entityMentions = new EntityMentionsAnnotator("ner.entitymentions", entityMentionProperties());
        this.parser = config.dependencies() ? new StanfordCoreNLP(parserProperties()) : null;
        this.fineGrained = new FineGrainedNer(gazetteer.join());
    }

    /** The JVM's pipeline for this configuration, built on first call. */
    public static CoreNlpAnnotator shared(NlpConfig config) {
        return SHARED.computeIfAbsent(config, CoreNlpAnnotator::new);
    }

    public NlpConfig config() {
        return config;
    }

    /** Annotates with every sentence up to the configured length parsed. */
    public AnnotatedText annotate(String text, LocalDate documentDate) {
        return annotate(text, documentDate, ParseFilter.ALL);
    }

    /**
     * Annotates {@code text}; relative dates are normalised by SUTime against {@code documentDate}
     * (may be null). Only sentences the filter asks for, up to the configured length, are parsed.
     * Within the configured bounds ({@link NlpConfig}): a text too long is analysed up to a safe
     * place before the limit, and a sentence too long is tagged in parts; both are said in the
     * result's {@linkplain AnnotatedText#notes() notes}.
     */
    @Override
    public AnnotatedText annotate(String text, LocalDate documentDate, ParseFilter filter) {
        List<String> notes = new ArrayList<>();
        String analysed = text;
        int cut = TextLimits.cut(text, config.maxTextChars());
        if (cut < text.length()) {
            analysed = text.substring(0, cut);
            notes.add(tooLong(text, cut, config.maxTextChars()));
        }
        List<Piece> pieces = tag(analysed, documentDate, notes);
        AnnotatedText tagged = convert(analysed, pieces, notes);
        if (parser == null) {
            return tagged;
        }
        List<CoreSentence> coreSentences = new ArrayList<>();
        pieces.forEach(p -> coreSentences.addAll(p.doc().sentences()));
        List<CoreMap> chosen = new ArrayList<>();
        for (Sentence s : tagged.sentences()) {
            if (s.tokenEnd() - s.tokenStart() <= config.maxSentenceTokens() && filter.wantsParse(tagged, s)) {
                chosen.add(coreSentences.get(s.index()).coreMap());
            }
        }
        if (chosen.isEmpty()) {
            return tagged;
        }
        // The parser writes its graphs onto the sentence maps it is given, which are the same
        // objects as in the pieces' annotations.
        Annotation subset = new Annotation(analysed);
        subset.set(CoreAnnotations.SentencesAnnotation.class, chosen);
        parser.annotate(subset);
        List<Sentence> parsed = new ArrayList<>();
        for (int i = 0; i < coreSentences.size(); i++) {
            Sentence s = tagged.sentences().get(i);
            parsed.add(new Sentence(s.index(), s.start(), s.end(), s.tokenStart(), s.tokenEnd(),
                ReducedPassives.relabel(dependencies(coreSentences.get(i), s.tokenStart()), tagged.tokens())));
        }
        return new AnnotatedText(tagged.index(), tagged.tokens(), parsed, tagged.mentions(), tagged.timexes(),
            tagged.notes());
    }

    /** A stretch of the analysed text tagged on its own: where it starts (a char offset) and its annotation. */
    private record Piece(int offset, CoreDocument doc) {}

    /**
     * Tags {@code text}: as one annotation when every sentence CoreNLP's splitter finds is within
     * bounds and opens with no dateline, else in pieces cut after each dateline that opens a
     * paragraph ({@link DatelineBreaks}) and inside the over-long sentences at the places {@link
     * TextLimits#sentenceBreaks} chooses, each piece tagged by CoreNLP from its tokens on, so that
     * its sentences are CoreNLP's own.
     */
    private List<Piece> tag(String text, LocalDate documentDate, List<String> notes) {
        Annotation whole = annotation(text, documentDate);
        splitter.annotate(whole);
        List<Integer> cuts = datelineCuts(text, whole);
        int split = 0;
        for (CoreMap sentence : whole.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            if (tokens.size() <= config.maxTaggedSentenceTokens()) {
                continue;
            }
            List<TextLimits.Extent> extents = new ArrayList<>(tokens.size());
            for (CoreLabel t : tokens) {
                extents.add(new TextLimits.Extent(t.beginPosition(), t.endPosition(), t.originalText()));
            }
            List<Integer> starts = TextLimits.sentenceBreaks(text, extents, config.maxTaggedSentenceTokens());
            for (int k = 1; k < starts.size(); k++) {
                cuts.add(tokens.get(starts.get(k)).beginPosition());
            }
            split++;
        }
        if (cuts.isEmpty()) {
            finishTagging(whole);
            return List.of(new Piece(0, new CoreDocument(whole)));
        }
        cuts = cuts.stream().distinct().sorted().toList();
        if (split > 0) {
            notes.add(split + (split == 1 ? " sentence" : " sentences") + " of more than " + config.maxTaggedSentenceTokens()
                + " tokens without sentence punctuation (a table, a list or a run of tags?) tagged in parts, split at"
                + " line breaks, semicolons, list separators or spaces");
        }
        List<Piece> pieces = new ArrayList<>();
        int from = 0;
        for (int to : Stream.concat(cuts.stream(), Stream.of(text.length())).toList()) {
            Annotation piece = annotation(text.substring(from, to), documentDate);
            tag(piece);
            pieces.add(new Piece(from, new CoreDocument(piece)));
            from = to;
        }
        return pieces;
    }

    /**
     * Where the ledes after datelines start ({@link DatelineBreaks}), as char offsets; empty when no
     * paragraph opens with a dateline. A text with one is tokenized twice, whole and then piece by
     * piece (its tagging and parsing run once).
     */
    private static List<Integer> datelineCuts(String text, Annotation whole) {
        List<TextLimits.Extent> extents = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        for (CoreMap sentence : whole.get(CoreAnnotations.SentencesAnnotation.class)) {
            starts.add(extents.size());
            for (CoreLabel t : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                extents.add(new TextLimits.Extent(t.beginPosition(), t.endPosition(), t.originalText()));
            }
        }
        return DatelineBreaks.after(text, extents, starts);
    }

    private static Annotation annotation(String text, LocalDate documentDate) {
        Annotation annotation = new Annotation(text);
        if (documentDate != null) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class, documentDate.toString());
        }
        return annotation;
    }

    /** Tokens, POS, lemmas, NER with fine-grained types, entity mentions: CoreNLP's own annotation. */
    void tag(Annotation annotation) {
        splitter.annotate(annotation);
        finishTagging(annotation);
    }

    /** Everything after tokens and sentences. */
    private void finishTagging(Annotation annotation) {
        tagger.annotate(annotation);
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            fineGrained.annotate(sentence.get(CoreAnnotations.TokensAnnotation.class));
        }
        entityMentions.annotate(annotation);
    }

    private static String tooLong(String text, int cut, int max) {
        int analysed = text.codePointCount(0, cut);
        int total = text.codePointCount(0, text.length());
        return "text too long for language analysis: only its first " + analysed + " of " + total
            + " characters were analysed (the limit is " + max + "); no entities, dates, statements or events"
            + " are given after character " + analysed;
    }

    /**
     * Our own types from CoreNLP's, over the pieces of {@code text} in order: offsets become code
     * points into the whole text, and token and sentence indices run on across pieces.
     */
    private static AnnotatedText convert(String text, List<Piece> pieces, List<String> notes) {
        TextIndex index = new TextIndex(text);
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<NerMention> mentions = new ArrayList<>();
        List<Timex> timexes = new ArrayList<>();
        for (Piece piece : pieces) {
            int offset = piece.offset();
            for (CoreSentence s : piece.doc().sentences()) {
                int first = tokens.size();
                for (CoreLabel t : s.tokens()) {
                    tokens.add(new Token(tokens.size(), sentences.size(), index.toCodePoint(offset + t.beginPosition()),
                        index.toCodePoint(offset + t.endPosition()), t.originalText(), t.tag(), t.lemma(),
                        t.ner() == null ? "O" : t.ner()));
                }
                sentences.add(new Sentence(sentences.size(), index.toCodePoint(offset + s.charOffsets().first()),
                    index.toCodePoint(offset + s.charOffsets().second()), first, tokens.size(), List.of()));
            }
            for (CoreEntityMention m : piece.doc().entityMentions()) {
                int start = index.toCodePoint(offset + m.charOffsets().first());
                int end = index.toCodePoint(offset + m.charOffsets().second());
                int tokenStart = tokens.size();
                int tokenEnd = 0;
                for (CoreLabel t : m.tokens()) {
                    int i = AnnotatedText.firstTokenFrom(tokens, index.toCodePoint(offset + t.beginPosition()));
                    tokenStart = Math.min(tokenStart, i);
                    tokenEnd = Math.max(tokenEnd, i + 1);
                }
                String type = m.entityType();
                if (TEMPORAL.contains(type)) {
                    edu.stanford.nlp.time.Timex t = m.coreMap().get(TimeAnnotations.TimexAnnotation.class);
                    if (t != null) {
                        timexes.add(new Timex(start, end, tokenStart, tokenEnd, m.text(),
                            TimexType.fromWire(t.timexType()), t.value()));
                    }
                } else {
                    mentions.add(new NerMention(start, end, tokenStart, tokenEnd, type, m.text()));
                }
            }
        }
        return new AnnotatedText(index, tokens, sentences, mentions, timexes, notes);
    }

    private static List<Dependency> dependencies(CoreSentence s, int firstToken) {
        SemanticGraph graph = s.coreMap().get(
            edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        if (graph == null) {
            return List.of();
        }
        List<Dependency> edges = new ArrayList<>();
        for (var root : graph.getRoots()) {
            edges.add(new Dependency(-1, firstToken + root.index() - 1, "root"));
        }
        for (SemanticGraphEdge e : graph.edgeIterable()) {
            edges.add(new Dependency(firstToken + e.getGovernor().index() - 1,
                firstToken + e.getDependent().index() - 1, e.getRelation().toString()));
        }
        return edges;
    }

    /** Package-visible so a test can run CoreNLP's own fine-grained step on the same tokens. */
    static Properties taggerProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        // Paragraphs are separated by blank lines; a single newline inside one is a soft wrap.
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=true");
        // sentences a scraped text glued together ("Philadelphia.It happened") are told apart
        // between tokenizing and sentence splitting
        p.setProperty("tokenize.postProcessor", GluedSentences.Processor.class.getName());
        // Offline and quiet: no KBP-style web gazetteers, no per-document date guessing.
        p.setProperty("ner.docdate.useFixedDate", "");
        // CoreNLP's fine-grained step (COUNTRY, CITY, NATIONALITY, TITLE, ...) costs half of the
        // tagging; FineGrainedNer gives the same labels from the same gazetteers, and entity
        // mentions are built after it.
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        return p;
    }

    /**
     * One stage of the tagging properties: the same settings, so that the splitter and the tagger
     * together do exactly what one pipeline of all their annotators does (CoreNLP shares the models
     * of equal annotators between pipelines).
     */
    private static Properties stage(Properties all, String annotators) {
        Properties p = new Properties();
        p.putAll(all);
        p.setProperty("annotators", annotators);
        p.setProperty("enforceRequirements", "false");
        return p;
    }

    private static Properties entityMentionProperties() {
        Properties p = new Properties();
        p.setProperty("ner.entitymentions.language", "en");
        return p;
    }

    private static Properties parserProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "depparse");
        p.setProperty("enforceRequirements", "false");
        return p;
    }
}
