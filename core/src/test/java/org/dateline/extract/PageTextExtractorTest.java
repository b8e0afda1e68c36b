package org.dateline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.dateline.model.Article;
import org.dateline.model.Author;
import org.dateline.model.InputRef;
import org.junit.jupiter.api.Test;

/** Rules that need the whole page: ordering, body assembly, attaching bios and follow lines. */
class PageTextExtractorTest {
    private static final InputRef INPUT = InputRef.of("page.txt", InputRef.Format.TEXT);

    private static Article extract(String page) {
        return new PageTextExtractor().extract(INPUT, page);
    }

    @Test
    void paragraphsAreKeptVerbatimAndJoinedByABlankLine() {
        String odd = "He said:  “a  \"blockade\"” — of the road…  (sic)";
        Article a = extract("\n\n" + odd + "\n\n\n\nSecond paragraph, line one\nline two of the same paragraph.\n\n");
        assertThat(a.text()).isEqualTo(odd + "\n\nSecond paragraph, line one\nline two of the same paragraph.");
    }

    @Test
    void windowsLineEndingsBecomeNewlines() {
        assertThat(extract("One.\r\n\r\nTwo.\r\n").text()).isEqualTo("One.\n\nTwo.");
    }

    @Test
    void furnitureInsideABlockSplitsIt() {
        Article a = extract("First paragraph.\nShare this article\nSecond paragraph.");
        assertThat(a.text()).isEqualTo("First paragraph.\n\nSecond paragraph.");
    }

    @Test
    void dateInABodySentenceIsNeverThePublishedTime() {
        Article a = extract("On March 5, 2024 at 10:12 a.m. EST the minister resigned.\n\nHe left.");
        assertThat(a.published()).isNull();
        assertThat(a.warnings()).containsExactly("no published time found");
        assertThat(a.text()).startsWith("On March 5, 2024");
    }

    @Test
    void publishedWinsOverAnEarlierUpdatedLine() {
        Article a = extract("Updated: 13 Jan 2024, 10:00 GMT\nPublished: 12 Jan 2024, 09:30 GMT\n\nBody.");
        assertThat(a.published().toIso()).isEqualTo("2024-01-12T09:30:00+00:00");
        assertThat(a.warnings()).containsExactly("updated: 2024-01-13T10:00:00+00:00");
    }

    @Test
    void onlyUpdatedIsUsedWithAWarning() {
        Article a = extract("Updated: 13 Jan 2024, 10:00 CET\n\nBody.");
        assertThat(a.published().toIso()).isEqualTo("2024-01-13T10:00:00+01:00");
        assertThat(a.warnings()).singleElement().asString().startsWith("only an updated time found");
    }

    @Test
    void missingOffsetIsWarned() {
        Article a = extract("12 Jan 2024 09:30\n\nBody.");
        assertThat(a.warnings()).containsExactly("published time has no UTC offset");
    }

    @Test
    void compositeHeaderLine() {
        Article a = extract("By Jane Doe | 12 Jan 2024 09:30 GMT | 3 min read\n\nBody.");
        assertThat(a.authors()).extracting(Author::name).containsExactly("Jane Doe");
        assertThat(a.published().toIso()).isEqualTo("2024-01-12T09:30:00+00:00");
        assertThat(a.text()).isEqualTo("Body.");
    }

    @Test
    void bylineWithAgencyGivesTheSource() {
        Article a = extract("Published: 12 Jan 2024, 09:30 GMT\nBy Jane Doe, Reuters\n\nBody.");
        assertThat(a.source().name()).isEqualTo("Reuters");
        assertThat(a.authors()).containsExactly(new Author("Jane Doe", null, null));
    }

    @Test
    void bioAttachesToTheAuthorItNames() {
        Article a = extract("By Jane Doe and John Roe\n\nBody one.\n\nBody two.\n\n"
            + "John Roe is the Daily Planet's energy reporter. Follow him @jroe");
        assertThat(a.authors()).containsExactly(new Author("Jane Doe", null, null),
            new Author("John Roe", "@jroe", "John Roe is the Daily Planet's energy reporter. Follow him @jroe"));
        assertThat(a.source().name()).isEqualTo("Daily Planet");
        assertThat(a.text()).isEqualTo("Body one.\n\nBody two.");
    }

    @Test
    void capitalisedBylineStillMatchesItsBio() {
        Article a = extract("By JANE DOE\n\nBody.\n\n---\n\nJane Doe is a staff journalist, follow her on Twitter: @jd");
        assertThat(a.authors()).containsExactly(
            new Author("Jane Doe", "@jd", "Jane Doe is a staff journalist, follow her on Twitter: @jd"));
    }

    @Test
    void followHerLineGivesTheSoleAuthorAHandle() {
        Article a = extract("By Jane Doe\n\nBody.\n\nFollow her on X: @jdoe\nFollow us on Twitter @Planet");
        assertThat(a.authors()).containsExactly(new Author("Jane Doe", "@jdoe", null));
        assertThat(a.source().handles()).containsExactly("@Planet");
    }

    @Test
    void addressAsInputPathIsTheUrl() {
        Article a = new PageTextExtractor().extract(InputRef.of("https://www.azernews.az/nation/1.html", InputRef.Format.HTML),
            "Body.\n\nSabina Mammadli is AzerNews’ staff journalist, follow her on Twitter: @SabinaMmdl");
        assertThat(a.url()).isEqualTo("https://www.azernews.az/nation/1.html");
        assertThat(a.source().domain()).isEqualTo("azernews.az");
        assertThat(a.source().name()).isEqualTo("AzerNews");
    }

    @Test
    void pageOfFurnitureOnlyIsWarned() {
        Article a = extract("Share this article\n\nAdvertisement\n");
        assertThat(a.text()).isEmpty();
        assertThat(a.warnings()).containsExactly("no published time found",
            "no body text left after removing page furniture");
    }

    @Test
    void firstParagraphIsNeverTakenForABio() {
        Article a = extract("By Jane Doe\n\nJane Doe is a reporter who was detained on Monday, her editor said.");
        assertThat(a.text()).startsWith("Jane Doe is a reporter");
        assertThat(a.authors()).containsExactly(new Author("Jane Doe", null, null));
    }

    @Test
    void languageIsEnglish() {
        assertThat(extract("Body.").language()).isEqualTo("en");
    }
}
