package org.dateline.analyze.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dateline.model.TimexType;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;
import org.junit.jupiter.api.Test;

class TimeAnchoringTest {
    /** Tokens of "Talks resumed 10:30 on Monday ." with their offsets, as the tagger gives them. */
    private static DocContext doc() {
        String text = "Talks resumed 10:30 on Monday .";
        String[] words = text.split(" ");
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < words.length; i++) {
            tokens.add(new Token(i, 0, at, at + words[i].length(), words[i], "NN", words[i].toLowerCase(), "O"));
            at += words[i].length() + 1;
        }
        Sentence s = new Sentence(0, 0, text.length(), 0, tokens.size(), List.of());
        return DocContext.of(new AnnotatedText(text, tokens, List.of(s), List.of(), List.of()), LocalDate.of(2023, 3, 1));
    }

    /** Regression: a TIME whose value SUTime left empty threw a NullPointerException, failing the article. */
    @Test
    void aTimeWithoutValueIsLeftAsItIs() {
        Mention clock = new Mention(14, 19, 2, 3, TimexType.TIME, null);
        Mention monday = new Mention(23, 29, 4, 5, TimexType.DATE, "2023-02-27");

        assertThat(new TimeAnchoring().apply(doc(), List.of(clock, monday))).containsExactly(clock, monday);
    }

    @Test
    void aClockTimeTakesItsDayFromTheDateBesideIt() {
        Mention clock = new Mention(14, 19, 2, 3, TimexType.TIME, "2023-03-01T10:30");
        Mention monday = new Mention(23, 29, 4, 5, TimexType.DATE, "2023-02-27");

        assertThat(new TimeAnchoring().apply(doc(), List.of(clock, monday)))
            .extracting(Mention::value).containsExactly("2023-02-27T10:30", "2023-02-27");
    }
}
