package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.model.Article;
import org.dateline.model.InputRef;
import org.dateline.pipeline.Extraction;
import org.dateline.pipeline.InputFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RSS read through {@link InputSources#open}: what an item states but cannot be used is said. */
class FeedDocumentsTest {
    @TempDir
    Path dir;

    private static final String FEED = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel>
            <title>Sample Baku Daily</title>
            <link>https://baku.example/</link>
            <item>
              <title>Deputy minister meets UN rights chief</title>
              <link>https://baku.example/a</link>
              <pubDate>Wed, 01 Mar 2023 14:07:00 +0400</pubDate>
              <content:encoded><![CDATA[<p>Elnur Mammadov met Volker Türk in Geneva on Tuesday.</p>]]></content:encoded>
            </item>
            <item>
              <title>Talks resume</title>
              <link>https://baku.example/b</link>
              <pubDate>yesterday afternoon</pubDate>
              <content:encoded><![CDATA[<p>The talks resumed in Brussels, officials said.</p>]]></content:encoded>
            </item>
          </channel>
        </rss>
        """;

    /** Regression: an unreadable pubDate left the item undated without a word. */
    @Test
    void anUnreadablePubDateIsAWarningOnItsArticle() throws Exception {
        Path file = dir.resolve("feed.xml");
        Files.writeString(file, FEED);
        List<RawDocument> docs = new ArrayList<>();
        try (DocumentStream stream = new InputSources(InputStream.nullInputStream()).open(file.toString(), null)) {
            stream.forEachRemaining(d -> docs.add((RawDocument) d));
        }
        assertThat(docs).hasSize(2);
        assertThat(docs.get(0).meta().published()).hasToString("2023-03-01T14:07:00+04:00");
        assertThat(docs.get(0).meta().warnings()).isEmpty();
        assertThat(docs.get(1).meta().published()).isNull();
        assertThat(docs.get(1).meta().warnings())
            .containsExactly("unreadable published time 'yesterday afternoon' in the feed item");
        Article second = new Extraction().extract(docs.get(1), InputFormat.AUTO, null);
        assertThat(second.warnings()).contains("unreadable published time 'yesterday afternoon' in the feed item");
    }

    private List<Ingested> open(String name, String xml) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, xml, java.nio.charset.StandardCharsets.ISO_8859_1);
        List<Ingested> out = new ArrayList<>();
        try (DocumentStream stream = new InputSources(InputStream.nullInputStream()).open(file.toString(), null)) {
            stream.forEachRemaining(out::add);
        }
        return out;
    }

    private static String text(Ingested item) {
        return new String(((RawDocument) item).bytes(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Regression (a hostile-input audit): a feed whose comments before its root outran the 8 KB the
     * container is first told by came out as one article of raw XML, without a word.
     */
    @Test
    void aFeedWhoseCommentsOutrunTheHeadIsStillAFeed() throws IOException {
        Path file = dir.resolve("commented.xml");
        Files.writeString(file, FEED.replace("<rss", "<!-- c -->".repeat(1000) + "\n<rss"));
        List<Ingested> read = new ArrayList<>();
        try (DocumentStream stream = new InputSources(InputStream.nullInputStream()).open(file.toString(), null)) {
            stream.forEachRemaining(read::add);
        }
        assertThat(read).hasSize(2).allSatisfy(d -> assertThat(d).isInstanceOf(RawDocument.class));
        assertThat(((RawDocument) read.get(0)).origin().format()).isEqualTo(InputRef.Format.RSS);
        assertThat(text(read.get(0))).doesNotContain("<!--");
    }

    /** Regression: the DOCTYPE of RSS 0.91 (Netscape's) made a legitimate feed "not well-formed XML". */
    @Test
    void rss091WithTheNetscapeDoctypeReadsWithItsEntities() throws IOException {
        List<Ingested> items = open("rss091.xml", """
            <?xml version="1.0" encoding="ISO-8859-1"?>
            <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
             "http://my.netscape.com/publish/formats/rss-0.91.dtd">
            <rss version="0.91"><channel><title>Le Caf&eacute;</title><link>http://w.example/</link>
            <description>d</description><language>fr</language>
            <item><title>Pourparlers &agrave; Bruxelles</title><link>http://w.example/1</link>
            <description>Les pourparlers ont repris lundi&nbsp;&agrave; Bruxelles.</description></item>
            </channel></rss>
            """);
        assertThat(items).singleElement().isInstanceOf(RawDocument.class);
        RawDocument doc = (RawDocument) items.get(0);
        assertThat(doc.origin().format()).isEqualTo(org.dateline.model.InputRef.Format.RSS);
        assertThat(doc.meta().title()).isEqualTo("Pourparlers à Bruxelles");
        assertThat(text(doc)).isEqualTo("Les pourparlers ont repris lundi\u00A0à Bruxelles.");
    }

    /** Regression: a feed with an internal DTD was not sniffed as a feed and came out as one article of raw XML. */
    @Test
    void aFeedWithAnInternalDtdIsReadAsAFeed() throws IOException {
        List<Ingested> items = open("internal.xml", """
            <?xml version="1.0"?>
            <!DOCTYPE rss [ <!ENTITY who "officials"> <!ELEMENT rss ANY> ]>
            <rss version="2.0"><channel><title>W</title><link>http://w.example/</link><description>d</description>
            <item><title>Talks</title><link>http://w.example/2</link><description>Talks resumed, &who; said.</description></item>
            </channel></rss>
            """);
        assertThat(items).singleElement().isInstanceOf(RawDocument.class);
        assertThat(text(items.get(0))).isEqualTo("Talks resumed, officials said.");
        assertThat(((RawDocument) items.get(0)).meta().url()).isEqualTo("http://w.example/2");
    }

    /** XXE: an external entity naming a local file reads as empty; the file's content never appears. */
    @Test
    void externalEntitiesAreNeverRead() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET-CONTENT");
        for (String doctype : List.of(
                "<!DOCTYPE rss [ <!ENTITY x SYSTEM \"" + secret.toUri() + "\"> ]>",
                "<!DOCTYPE rss [ <!ENTITY % p SYSTEM \"" + secret.toUri() + "\"> %p; ]>",
                "<!DOCTYPE rss SYSTEM \"" + secret.toUri() + "\">")) {
            List<Ingested> items = open("xxe.xml", "<?xml version=\"1.0\"?>" + doctype + """
                <rss version="2.0"><channel><title>W</title><link>http://w.example/</link><description>d</description>
                <item><title>Talks</title><link>http://w.example/3</link><description>Talks resumed &x;.</description></item>
                </channel></rss>
                """.replace("&x;", doctype.contains("ENTITY x") ? "&x;" : ""));
            assertThat(items).as(doctype).singleElement().isInstanceOf(RawDocument.class);
            assertThat(text(items.get(0))).as(doctype).isEqualTo("Talks resumed .").doesNotContain("SECRET");
        }
    }

    /** An external DTD is never fetched: a server that would serve it sees no connection. */
    @Test
    void anExternalDtdIsNeverFetched() throws IOException {
        try (java.net.ServerSocket server = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(500);
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/feed.dtd";
            List<Ingested> items = open("remote.xml", """
                <?xml version="1.0"?>
                <!DOCTYPE rss PUBLIC "-//Example//DTD Feed//EN" "%s">
                <rss version="2.0"><channel><title>W</title><link>http://w.example/</link><description>d</description>
                <item><title>Talks</title><link>http://w.example/4</link><description>Talks&nbsp;resumed.</description></item>
                </channel></rss>
                """.formatted(url));
            assertThat(items).singleElement().isInstanceOf(RawDocument.class);
            assertThat(text(items.get(0))).isEqualTo("Talks\u00A0resumed.");
            org.assertj.core.api.Assertions.assertThatThrownBy(server::accept)
                .isInstanceOf(java.net.SocketTimeoutException.class);
        }
    }

    /** A billion laughs, and one big entity repeated (quadratic blow-up), are refused with a reason, fast. */
    @Test
    void entityBombsAreRefusedWithAReason() {
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY l0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        laughs.append("]><rss version=\"2.0\"><channel><title>&l9;</title><item><title>T</title><description>d</description>"
            + "</item></channel></rss>");
        String quadratic = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY big \"" + "x".repeat(20_000) + "\">]>"
            + "<rss version=\"2.0\"><channel><title>t</title><item><title>T</title><description>"
            + "&big;".repeat(1_000) + "</description></item></channel></rss>";
        for (String bomb : List.of(laughs.toString(), quadratic)) {
            List<Ingested> items = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> open("bomb.xml", bomb));
            assertThat(items).singleElement().isInstanceOf(InputFailure.class);
            assertThat(((InputFailure) items.get(0)).reason()).startsWith("refused: the feed's DTD entities expand past the limits");
        }
    }

    /** Regression (found by the fuzzer): an rss root without a channel made ROME throw a NullPointerException. */
    @Test
    void anRssWithoutAChannelIsNotAFeed() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FeedDocuments.read("x.xml",
                "<rss version=\"2.0\"><item>x</item></rss>".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
            .isInstanceOf(InputException.class).hasMessageStartingWith("not an RSS or Atom feed");
    }

    /** Regression (found by the fuzzer): JDOM's unchecked IllegalNameException escaped the reader. */
    @Test
    void aNamespaceJdomRefusesIsNotWellFormedXml() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FeedDocuments.read("x.xml",
                "<?xml version=\"1.0\"?><rss xmlns:n=\"2.0\"><channel><title>t</title></channel></rss>"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
            .isInstanceOf(InputException.class).hasMessageStartingWith("not well-formed XML");
    }
}
