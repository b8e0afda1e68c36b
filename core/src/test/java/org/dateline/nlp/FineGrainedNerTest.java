package org.dateline.nlp;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.stream.Stream;
import org.dateline.extract.HtmlExtractor;
import org.dateline.model.InputRef;
import org.dateline.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * {@link FineGrainedNer} stands in for CoreNLP's own fine-grained step, so its labels must be
 * CoreNLP's: checked token by token against CoreNLP with {@code ner.applyFineGrained} on, over the
 * seed, the demo corpus's pages ({@code examples/demo/articles}) and the news texts of the
 * statement gold set ({@code eval/statements}): all in the repository, so the check runs on any clone.
 */
class FineGrainedNerTest {
    private static final int DEMO_PAGES = 18;
    private static final int GOLD_TEXTS = 16;

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
        assertThat(texts).hasSize(1 + DEMO_PAGES + GOLD_TEXTS);
        assertThat(fineLabels).as("fine-grained and numeric labels seen").isGreaterThan(500);
        // One token in ten thousand may differ where two rows tie (CoreNLP then keeps whichever
        // its pattern index tried first).
        assertThat(differences.size()).as("differences %s of %s tokens", differences, tokens)
            .isLessThanOrEqualTo(tokens / 10_000);
    }

    private static List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>();
        texts.add(Fixtures.read(Fixtures.seed()));
        HtmlExtractor extractor = new HtmlExtractor();
        try (Stream<Path> pages = Files.list(Fixtures.repositoryRoot().resolve("examples/demo/articles"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                texts.add(extractor.extract(InputRef.of(page.toString(), InputRef.Format.HTML), Fixtures.read(page)).text());
            }
        }
        Path gold = Fixtures.repositoryRoot().resolve("core/src/test/resources/eval/statements");
        try (Stream<Path> bodies = Files.list(gold)) {
            for (Path body : bodies.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Fixtures.read(body));
            }
        }
        return texts;
    }
}
