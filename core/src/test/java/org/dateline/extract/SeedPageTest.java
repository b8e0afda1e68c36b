package org.dateline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.model.Article;
import org.dateline.model.Author;
import org.dateline.model.InputRef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The project's seed page (examples/azernews-2023-03-01.txt), every field asserted. */
class SeedPageTest {
    private static final Path SEED = Path.of("..", "examples", "azernews-2023-03-01.txt");
    private static final InputRef INPUT = InputRef.of("examples/azernews-2023-03-01.txt", InputRef.Format.TEXT);
    private static Article article;

    @BeforeAll
    static void extract() throws IOException {
        article = new PageTextExtractor().extract(INPUT, Files.readString(SEED, StandardCharsets.UTF_8));
    }

    @Test
    void fixtureCopyIsTheSeed() throws IOException {
        assertThat(Pages.read("azernews-seed.txt")).isEqualTo(Files.readString(SEED, StandardCharsets.UTF_8));
    }

    @Test
    void publishedKeepsTheAzerbaijanOffset() {
        assertThat(article.published().toIso()).isEqualTo("2023-03-01T14:07:00+04:00");
    }

    @Test
    void authorCarriesHandleAndBio() {
        assertThat(article.authors()).containsExactly(new Author("Sabina Mammadli", "@SabinaMmdl",
            "Sabina Mammadli is AzerNews’ staff journalist, follow her on Twitter: @SabinaMmdl"));
    }

    @Test
    void sourceIsTheOutletAsItSpellsItself() {
        assertThat(article.source().name()).isEqualTo("AzerNews");
        assertThat(article.source().handles()).containsExactly("@AzerNewsAz");
        assertThat(article.source().domain()).isNull();
    }

    @Test
    void bodyIsTheArticleOnly() {
        String text = article.text();
        assertThat(text).startsWith("Azerbaijani Deputy Foreign Minister Elnur Mammadov")
            .endsWith("birth of a new movement.")
            .doesNotContain("Read more", "UTC+04:00", "---", "staff journalist", "Follow us", "@");
        assertThat(text.split("\n\n")).hasSize(8);
        assertThat(text).contains("by its position about a “blockade” of the road and the \"humanitarian crisis\"");
    }

    @Test
    void everyOtherField() {
        assertThat(article.input()).isEqualTo(INPUT);
        assertThat(article.url()).isNull();
        assertThat(article.title()).isNull();
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.warnings()).isEmpty();
    }
}
