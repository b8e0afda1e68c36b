package org.dateline.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
import org.dateline.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * {@link FineGrainedNer} stands in for CoreNLP's own fine-grained step, so its labels must be
 * CoreNLP's: checked token by token against CoreNLP with {@code ner.applyFineGrained} on, over the
 * seed and the first bodies of the shared extraction benchmark (real news in several languages).
 */
class FineGrainedNerTest {
    private static final int SHARED_BODIES = 25;

    @Test
    void labelsEqualCoreNlpsOwnFineGrainedStep() throws IOException {
        Properties withFineGrained = CoreNlpAnnotator.taggerProperties();
        withFineGrained.setProperty("ner.applyFineGrained", "true");
        withFineGrained.setProperty("ner.buildEntityMentions", "true");
        StanfordCoreNLP coreNlp = new StanfordCoreNLP(withFineGrained);
        CoreNlpAnnotator ours = CoreNlpAnnotator.shared(NlpConfig.TAGGING_ONLY);
        List<String> texts = texts();
        int tokens = 0;
        int fineLabels = 0;
        List<String> differences = new ArrayList<>();
        for (String text : texts) {
            Annotation expected = new Annotation(text);
            coreNlp.annotate(expected);
            List<CoreLabel> want = expected.get(CoreAnnotations.TokensAnnotation.class);
            List<Token> got = ours.annotate(text, null).tokens();
            assertThat(got).hasSameSizeAs(want);
            for (int i = 0; i < want.size(); i++) {
                tokens++;
                String label = want.get(i).ner();
                if (!List.of("O", "PERSON", "ORGANIZATION", "LOCATION", "MISC").contains(label)) {
                    fineLabels++;
                }
                if (!label.equals(got.get(i).ner())) {
                    differences.add(want.get(i).word() + ": " + label + " -> " + got.get(i).ner());
                }
            }
        }
        assertThat(texts).hasSize(SHARED_BODIES + 1);
        assertThat(fineLabels).as("fine-grained and numeric labels seen").isGreaterThan(500);
        // One token in ten thousand may differ where two rows tie (CoreNLP then keeps whichever
        // its pattern index tried first).
        assertThat(differences.size()).as("differences %s of %s tokens", differences, tokens)
            .isLessThanOrEqualTo(tokens / 10_000);
    }

    private static List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>();
        texts.add(Fixtures.read(Fixtures.seed()));
        Path truth = Fixtures.repositoryRoot().resolveSibling("shared/eval/article-extraction/ground-truth.json");
        JsonNode root = new ObjectMapper().readTree(truth.toFile());
        TreeMap<String, String> bodies = new TreeMap<>();
        root.fields().forEachRemaining(e -> bodies.put(e.getKey(), e.getValue().path("articleBody").asText("")));
        bodies.values().stream().filter(b -> b.length() > 200).limit(SHARED_BODIES).forEach(texts::add);
        return texts;
    }
}
