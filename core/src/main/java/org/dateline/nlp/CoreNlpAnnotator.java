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
    private final StanfordCoreNLP tagger;
    private final FineGrainedNer fineGrained;
    private final EntityMentionsAnnotator entityMentions;
    private final StanfordCoreNLP parser;

    private CoreNlpAnnotator(NlpConfig config) {
        this.config = config;
        // The gazetteer loads on its own core while CoreNLP loads its models on this one.
        CompletableFuture<KbpGazetteer> gazetteer = CompletableFuture.supplyAsync(KbpGazetteer::shared);
        this.tagger = new StanfordCoreNLP(taggerProperties());
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
     */
    @Override
    public AnnotatedText annotate(String text, LocalDate documentDate, ParseFilter filter) {
        Annotation annotation = new Annotation(text);
        if (documentDate != null) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class, documentDate.toString());
        }
        tag(annotation);
        CoreDocument doc = new CoreDocument(annotation);
        AnnotatedText tagged = convert(text, doc);
        if (parser == null) {
            return tagged;
        }
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        List<CoreMap> chosen = new ArrayList<>();
        for (Sentence s : tagged.sentences()) {
            if (s.tokenEnd() - s.tokenStart() <= config.maxSentenceTokens() && filter.wantsParse(tagged, s)) {
                chosen.add(sentences.get(s.index()));
            }
        }
        if (chosen.isEmpty()) {
            return tagged;
        }
        // The parser writes its graphs onto the sentence maps it is given, which are the same
        // objects as in the full annotation.
        Annotation subset = new Annotation(text);
        subset.set(CoreAnnotations.SentencesAnnotation.class, chosen);
        parser.annotate(subset);
        List<Sentence> parsed = new ArrayList<>();
        for (int i = 0; i < doc.sentences().size(); i++) {
            Sentence s = tagged.sentences().get(i);
            parsed.add(new Sentence(s.index(), s.start(), s.end(), s.tokenStart(), s.tokenEnd(),
                dependencies(doc.sentences().get(i), s.tokenStart())));
        }
        return new AnnotatedText(tagged.index(), tagged.tokens(), parsed, tagged.mentions(), tagged.timexes());
    }

    /** Tokens, POS, lemmas, NER with fine-grained types, entity mentions: CoreNLP's own annotation. */
    void tag(Annotation annotation) {
        tagger.annotate(annotation);
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            fineGrained.annotate(sentence.get(CoreAnnotations.TokensAnnotation.class));
        }
        entityMentions.annotate(annotation);
    }

    private static AnnotatedText convert(String text, CoreDocument doc) {
        TextIndex index = new TextIndex(text);
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        for (CoreSentence s : doc.sentences()) {
            int first = tokens.size();
            for (CoreLabel t : s.tokens()) {
                tokens.add(new Token(tokens.size(), sentences.size(), index.toCodePoint(t.beginPosition()),
                    index.toCodePoint(t.endPosition()), t.originalText(), t.tag(), t.lemma(),
                    t.ner() == null ? "O" : t.ner()));
            }
            sentences.add(new Sentence(sentences.size(), index.toCodePoint(s.charOffsets().first()),
                index.toCodePoint(s.charOffsets().second()), first, tokens.size(), List.of()));
        }
        List<NerMention> mentions = new ArrayList<>();
        List<Timex> timexes = new ArrayList<>();
        for (CoreEntityMention m : doc.entityMentions()) {
            int start = index.toCodePoint(m.charOffsets().first());
            int end = index.toCodePoint(m.charOffsets().second());
            int tokenStart = tokens.size();
            int tokenEnd = 0;
            for (CoreLabel t : m.tokens()) {
                int i = AnnotatedText.firstTokenFrom(tokens, index.toCodePoint(t.beginPosition()));
                tokenStart = Math.min(tokenStart, i);
                tokenEnd = Math.max(tokenEnd, i + 1);
            }
            String type = m.entityType();
            if (TEMPORAL.contains(type)) {
                edu.stanford.nlp.time.Timex t = m.coreMap().get(TimeAnnotations.TimexAnnotation.class);
                if (t != null) {
                    timexes.add(new Timex(start, end, tokenStart, tokenEnd, m.text(), TimexType.fromWire(t.timexType()),
                        t.value()));
                }
            } else {
                mentions.add(new NerMention(start, end, tokenStart, tokenEnd, type, m.text()));
            }
        }
        return new AnnotatedText(index, tokens, sentences, mentions, timexes);
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
        // Offline and quiet: no KBP-style web gazetteers, no per-document date guessing.
        p.setProperty("ner.docdate.useFixedDate", "");
        // CoreNLP's fine-grained step (COUNTRY, CITY, NATIONALITY, TITLE, ...) costs half of the
        // tagging; FineGrainedNer gives the same labels from the same gazetteers, and entity
        // mentions are built after it.
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
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
