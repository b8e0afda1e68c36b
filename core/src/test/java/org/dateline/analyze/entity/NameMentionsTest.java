package org.dateline.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Span;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.TextBuilder;
import org.junit.jupiter.api.Test;

/** Name mentions on hand-built tags: what is kept of the tagger's mentions. */
class NameMentionsTest {
    private static final EntityAnalyzer ANALYZER = EntityAnalyzer.standard();

    private static List<String> names(List<Entity> entities, EntityType type) {
        return entities.stream().filter(e -> e.type() == type)
            .flatMap(e -> e.mentions().stream()).map(Span::text).toList();
    }

    @Test
    void allCapitalPrepositionsAndConjunctionsAreNoPlaces() {
        // the tagger's labels on an all-capital caption: "IN" and "OR" as places of their own,
        // and "IN" joined to the city after it
        AnnotatedText text = TextBuilder.parse("""
            A     DT  - - - O
            WOMAN NNP - - - O
            WAS   VBD - - - O
            SHOT  VBN - - - O
            IN    NNP - - - LOCATION
            TULSA NNP - - - CITY
            ,     ,   - - - O
            TWO   CD  - - - NUMBER
            OR    NNP - - - STATE_OR_PROVINCE
            THREE CD  - - - NUMBER
            TIMES NNS - - - O
            IN    NNP - - - LOCATION
            ALL   DT  - - - O
            .     .   - - - O
            """);
        List<Entity> found = ANALYZER.analyze(text, null);
        assertThat(names(found, EntityType.LOCATION)).containsExactly("TULSA");
    }

    @Test
    void aStateCodeAfterACommaStaysAPlace() {
        AnnotatedText text = TextBuilder.parse("""
            He       PRP - - - O
            moved    VBD - - - O
            to       TO  - - - O
            Portland NNP - - - CITY
            ,        ,   - - - O
            OR       NNP - - - STATE_OR_PROVINCE
            .        .   - - - O
            """);
        List<Entity> found = ANALYZER.analyze(text, null);
        assertThat(names(found, EntityType.LOCATION)).containsExactly("Portland", "OR");
    }
}
