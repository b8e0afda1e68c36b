package org.dateline.nlp;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.dateline.model.TextIndex;

/**
 * CoreNLP's coreference chains over a text, for the speaker-resolution comparison in
 * {@code org.dateline.eval.CorefSpeakerComparison}. Test scope only: it is an experiment, not part
 * of the product, and it sits in this package because only {@code org.dateline.nlp} talks to
 * CoreNLP.
 *
 * <p>Tagging is the product's own ({@link CoreNlpAnnotator#tag}); then the dependency parser runs
 * over every sentence (the product parses only the sentences its stages ask for) and then the
 * {@code coref} annotator with the given algorithm.
 * Each step is timed separately.
 */
public final class CorefChains {
    /** One coreference mention; offsets in code points, ends exclusive. */
    public record Mention(int start, int end, int headStart, int headEnd, String type, String text) {}

    public record Chain(int id, Mention representative, List<Mention> mentions) {}

    /** A token with its part of speech; offsets in code points. */
    public record Tok(int start, int end, String pos) {}

    public record Result(List<Tok> tokens, List<Chain> chains, long tagNanos, long parseNanos, long corefNanos) {}

    private final CoreNlpAnnotator tagging;
    private final StanfordCoreNLP parser;
    private final StanfordCoreNLP coref;

    /** @param algorithm CoreNLP's {@code coref.algorithm}: statistical, neural, fastneural */
    public CorefChains(String algorithm) {
        this.tagging = CoreNlpAnnotator.shared(NlpConfig.TAGGING_ONLY);
        Properties dep = new Properties();
        dep.setProperty("annotators", "depparse");
        dep.setProperty("enforceRequirements", "false");
        this.parser = new StanfordCoreNLP(dep);
        Properties c = new Properties();
        c.setProperty("annotators", "coref");
        c.setProperty("enforceRequirements", "false");
        c.setProperty("coref.algorithm", algorithm);
        c.setProperty("coref.language", "en");
        // No constituency parse: mention detection from the dependency trees, with the dependency
        // mention model (neural's default, md-model.ser, is a class this CoreNLP no longer has).
        c.setProperty("coref.md.type", "dep");
        c.setProperty("coref.useConstituencyParse", "false");
        this.coref = new StanfordCoreNLP(c);
    }

    public Result annotate(String text) {
        long t0 = System.nanoTime();
        Annotation annotation = new Annotation(text);
        tagging.tag(annotation);
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        long t1 = System.nanoTime();
        parser.annotate(annotation);
        long t2 = System.nanoTime();
        coref.annotate(annotation);
        long t3 = System.nanoTime();
        TextIndex index = new TextIndex(text);
        List<Tok> tokens = new ArrayList<>();
        for (CoreLabel t : annotation.get(CoreAnnotations.TokensAnnotation.class)) {
            tokens.add(new Tok(index.toCodePoint(t.beginPosition()), index.toCodePoint(t.endPosition()), t.tag()));
        }
        List<Chain> chains = new ArrayList<>();
        var found = annotation.get(CorefCoreAnnotations.CorefChainAnnotation.class);
        if (found != null) {
            for (CorefChain chain : found.values()) {
                List<Mention> mentions = new ArrayList<>();
                Mention representative = null;
                for (CorefChain.CorefMention m : chain.getMentionsInTextualOrder()) {
                    Mention converted = convert(index, sentences, m);
                    mentions.add(converted);
                    if (m == chain.getRepresentativeMention()) {
                        representative = converted;
                    }
                }
                chains.add(new Chain(chain.getChainID(), representative, mentions));
            }
        }
        return new Result(tokens, chains, t1 - t0, t2 - t1, t3 - t2);
    }

    private static Mention convert(TextIndex index, List<CoreMap> sentences, CorefChain.CorefMention m) {
        List<CoreLabel> tokens = sentences.get(m.sentNum - 1).get(CoreAnnotations.TokensAnnotation.class);
        CoreLabel first = tokens.get(m.startIndex - 1);
        CoreLabel last = tokens.get(m.endIndex - 2);
        CoreLabel head = tokens.get(m.headIndex - 1);
        int start = index.toCodePoint(first.beginPosition());
        int end = index.toCodePoint(last.endPosition());
        return new Mention(start, end, index.toCodePoint(head.beginPosition()), index.toCodePoint(head.endPosition()),
            m.mentionType.name(), index.slice(start, end));
    }
}
