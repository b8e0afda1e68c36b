package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SnifferTest {
    private static Container of(String head) {
        return Sniffer.detect(head.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void warcAndArcByTheirFirstLine() {
        assertThat(of("WARC/1.1\r\nWARC-Type: warcinfo\r\n")).isEqualTo(Container.WARC);
        assertThat(of("filedesc://crawl.arc 0.0.0.0 20230301 text/plain 76\n")).isEqualTo(Container.WARC);
    }

    @Test
    void feedsByTheirRootElementAfterDeclarationsAndComments() {
        assertThat(of("\uFEFF<?xml version=\"1.0\"?>\n<!-- generator --><rss version=\"2.0\">")).isEqualTo(Container.RSS);
        assertThat(of("<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"x\">")).isEqualTo(Container.RSS);
        assertThat(of("<feed xmlns=\"http://www.w3.org/2005/Atom\">")).isEqualTo(Container.ATOM);
    }

    @Test
    void pagesThatMentionFeedsStayDocuments() {
        assertThat(of("<!DOCTYPE html><html><link rel=alternate href=/rss><feed>")).isEqualTo(Container.DOCUMENT);
        assertThat(of("Baku, March 1. <rss> is a format.")).isEqualTo(Container.DOCUMENT);
    }

    @Test
    void jsonLinesOpenWithAnObject() {
        assertThat(of("  {\"url\": \"https://a.example\"}\n")).isEqualTo(Container.JSONL);
    }

    /** Regression: a regular expression skipped the prolog and overflowed the stack on thousands of comments. */
    @Test
    void thousandsOfCommentsOrInstructionsBeforeTheRootDoNotOverflow() {
        assertThat(of("<!---->".repeat(5000) + "<html><body>text</body></html>")).isEqualTo(Container.DOCUMENT);
        assertThat(of("<?x?>".repeat(5000) + "<html>")).isEqualTo(Container.DOCUMENT);
        assertThat(of("<?xml version=\"1.0\"?>" + "<!-- c -->".repeat(200) + "<rss version=\"2.0\">")).isEqualTo(Container.RSS);
    }

    /** Regression: a feed whose prolog outran the head was one article of raw XML. */
    @Test
    void aPrologLongerThanTheHeadIsFollowedToItsRootOnlyForFeeds() {
        String comments = "<?xml version=\"1.0\"?>" + "<!-- c -->".repeat(1000);
        assertThat(afterLongProlog(comments + "<rss version=\"2.0\">")).isEqualTo(Container.RSS);
        assertThat(afterLongProlog(comments + "<feed xmlns=\"http://www.w3.org/2005/Atom\">")).isEqualTo(Container.ATOM);
        assertThat(afterLongProlog(comments + "<html><body>text</body></html>")).isNull();
        assertThat(afterLongProlog("Baku, March 1. ".repeat(1000) + "<rss>")).isNull();
        assertThat(afterLongProlog("<html>" + "<!-- c -->".repeat(1000) + "<rss>")).isNull();
        assertThat(afterLongProlog("<?xml version=\"1.0\"?><rss>" + " ".repeat(10_000))).isNull(); // the head found it
        // regression (review): the head ending inside the root's name ("<rs") read as a root "rs"
        for (int cut = 1; cut <= 4; cut++) {
            String prolog = "<?xml version=\"1.0\"?>" + " ".repeat(Sniffer.HEAD - 21 - cut);
            assertThat(afterLongProlog(prolog + "<rss version=\"2.0\">")).as("cut %d", cut).isEqualTo(Container.RSS);
        }
    }

    private static Container afterLongProlog(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return Sniffer.feedAfterLongProlog(Arrays.copyOf(bytes, Math.min(bytes.length, Sniffer.HEAD)), bytes);
    }

    /** Regression: RSS 0.91 with the Netscape doctype, and a feed with an internal DTD, were not feeds. */
    @Test
    void feedsWithADoctypeAreFeeds() {
        assertThat(of("<?xml version=\"1.0\"?>\n<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\"\n"
            + " \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n<rss version=\"0.91\">")).isEqualTo(Container.RSS);
        assertThat(of("<?xml version=\"1.0\"?><!DOCTYPE rss [ <!ENTITY who \"officials > all\"> <!-- ] > -->\n"
            + "<!ELEMENT rss ANY> ]>\n<rss version=\"2.0\">")).isEqualTo(Container.RSS);
        assertThat(of("<!DOCTYPE feed [ <!ENTITY a \"b\"> ]><feed xmlns=\"http://www.w3.org/2005/Atom\">")).isEqualTo(Container.ATOM);
    }

    /** A doctype whose internal subset is longer than the head: its root name decides. */
    @Test
    void aHeadEndingInsideTheDoctypeGoesByTheDoctypesName() {
        assertThat(of("<?xml version=\"1.0\"?><!DOCTYPE rss [" + "<!ENTITY e \"x\">".repeat(1000))).isEqualTo(Container.RSS);
        assertThat(of("<!DOCTYPE html>" + "<!-- c -->".repeat(1000))).isEqualTo(Container.DOCUMENT);
    }

    @Test
    void utf16IsLookedThroughWithOrWithoutAByteOrderMark() {
        for (var charset : java.util.List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            assertThat(Sniffer.detect(("\uFEFF{\"url\": 1}\n").getBytes(charset))).isEqualTo(Container.JSONL);
            assertThat(Sniffer.detect(("{\"url\": 1}\n").getBytes(charset))).isEqualTo(Container.JSONL);
            assertThat(Sniffer.detect(("\uFEFF<?xml version=\"1.0\"?><rss>").getBytes(charset))).isEqualTo(Container.RSS);
            assertThat(Sniffer.charset(("\uFEFF{}").getBytes(charset))).isEqualTo(charset);
        }
        assertThat(Sniffer.charset("{}".getBytes(StandardCharsets.UTF_8))).isEqualTo(StandardCharsets.UTF_8);
    }
}
