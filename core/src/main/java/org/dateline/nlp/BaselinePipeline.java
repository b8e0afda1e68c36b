package org.dateline.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * CoreNLP's default pipeline (tokenize,ssplit,pos,lemma,ner with CoreNLP's own defaults), the
 * yardstick Dateline's speed is measured against. Not part of the analysis chain: it lives here
 * only because CoreNLP may be used nowhere else.
 *
 * <p>{@link #main} is the whole-process baseline: it runs the pipeline over the files it is given,
 * one after the other, as a user of CoreNLP would, and prints the token count.
 */
public final class BaselinePipeline {
    private final StanfordCoreNLP pipeline;

    public BaselinePipeline() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        this.pipeline = new StanfordCoreNLP(p);
    }

    /** Annotates {@code text} and returns its token count. */
    public int annotate(String text) {
        Annotation annotation = new Annotation(text);
        pipeline.annotate(annotation);
        return annotation.get(CoreAnnotations.TokensAnnotation.class).size();
    }

    public static void main(String[] args) throws IOException {
        BaselinePipeline baseline = new BaselinePipeline();
        long tokens = 0;
        for (String file : args) {
            tokens += baseline.annotate(Files.readString(Path.of(file), StandardCharsets.UTF_8));
        }
        System.out.println(args.length + " files, " + tokens + " tokens");
    }
}
