package org.dateline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.dateline.ingest.InputException;
import org.dateline.ingest.RawDocument;
import org.dateline.model.Article;
import org.dateline.model.InputRef;
import org.junit.jupiter.api.Test;

class ExtractionTest {
    private static Article extract(String text) throws InputException {
        return new Extraction().extract(new RawDocument(InputRef.of("t.txt", InputRef.Format.TEXT), text.getBytes(StandardCharsets.UTF_8)),
            InputFormat.BODY, null);
    }

    @Test
    void theTextDecidesTheLanguage() throws InputException {
        assertThat(extract("Der Außenminister sagte am Dienstag in Berlin, die Gespräche mit der Regierung in Baku "
            + "würden in der kommenden Woche fortgesetzt.").language()).isEqualTo("de");
        assertThat(extract("The foreign minister said on Tuesday in Berlin that talks with the government in Baku "
            + "would continue next week.").language()).isEqualTo("en");
    }

    @Test
    void tooLittleTextKeepsTheDeclaredLanguage() throws InputException {
        assertThat(extract("Baku, 1 March").language()).isEqualTo("en");
    }

    /** Regression: a page opening with thousands of comments was read as scraped text, its markup as the article. */
    @Test
    void aPageOpeningWithThousandsOfCommentsIsReadAsHtml() throws InputException {
        String page = "<!---->".repeat(3000) + "<?php ?>" + "<html><head><title>Talks</title></head><body><article><p>"
            + "The foreign minister said on Tuesday in Berlin that talks with the government in Baku would continue "
            + "next week.</p></article></body></html>";
        Article article = new Extraction().extract(new RawDocument(InputRef.of("p.html", InputRef.Format.TEXT),
            page.getBytes(StandardCharsets.UTF_8)), InputFormat.AUTO, null);
        assertThat(article.text()).startsWith("The foreign minister said").doesNotContain("<!--");
        assertThat(article.input().format()).isEqualTo(InputRef.Format.HTML);
    }
}
