package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.dateline.json.RecordJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Issue 5's acceptance run: one folder holding every form news comes in, and broken files beside
 * them. Every article comes out (WARC ones with offsets that read the record again), each broken
 * file is named with its reason, and the exit code says something failed.
 */
class MixedFolderTest {
    @TempDir
    static Path dir;

    static final String[] STORIES = {
        "Azerbaijan and Armenia resumed border talks in Brussels on Tuesday, officials said.",
        "Protesters gathered outside parliament in Tbilisi for a third night against the foreign agents bill.",
        "The European Union announced new sanctions against twelve companies accused of supplying drones.",
        "Flooding in the Kherson region forced thousands of residents to leave their homes overnight.",
        "Turkey's central bank raised its key interest rate for the fourth time this year on Thursday."};

    static final String[] DETAILS = {
        "The two delegations were led by deputy foreign ministers.", "Mediators from the European Council attended.",
        "Both sides agreed to meet again before the end of March.", "A joint statement praised the constructive atmosphere.",
        "Police estimated the crowd at twenty thousand people.", "Several opposition leaders addressed the rally from a truck.",
        "The bill passed its first reading last week despite criticism.", "Riot police used water cannon shortly before midnight.",
        "The measures freeze assets and ban exports of dual-use goods.", "Officials in Brussels said more listings would follow.",
        "Three of the companies are registered in the United Arab Emirates.", "Moscow called the sanctions illegal and promised a response.",
        "Rescue teams evacuated patients from two hospitals by boat.", "The regional governor declared a state of emergency on Monday.",
        "Water levels rose by almost five metres within a day.", "Volunteers distributed drinking water and blankets at the railway station.",
        "Analysts had expected a smaller increase of two percentage points.", "The lira weakened slightly against the dollar after the decision.",
        "Annual inflation stood at nearly forty percent in August.", "The bank said tightening would continue until prices stabilised."};

    static String body(int i) {
        return STORIES[i] + " " + String.join(" ", Arrays.asList(DETAILS).subList(i * 4, i * 4 + 4));
    }

    static String page(int i) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Story " + i + "</title></head><body>"
            + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>Story " + i + "</h1>"
            + "<p>" + body(i).replace(". ", ".</p><p>") + "</p></article><footer>Copyright 2023</footer></body></html>";
    }

    @BeforeAll
    static void folder() throws IOException {
        Files.writeString(dir.resolve("a-feed.xml"), """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel><title>Wire</title><link>https://wire.example/</link><description>d</description>
            <item><title>Talks resume</title><link>https://wire.example/talks</link>
              <pubDate>Tue, 28 Feb 2023 14:07:00 +0400</pubDate><dc:creator>Sabina Mammadli</dc:creator>
              <content:encoded><![CDATA[%s]]></content:encoded></item>
            <item><title>Only a link</title><link>https://wire.example/link-only</link>
              <description>&lt;p&gt;A short summary of a story whose text the feed does not carry.&lt;/p&gt;</description></item>
            </channel></rss>
            """.formatted("<p>" + body(0).replace(". ", ".</p><p>") + "</p>"));
        Files.writeString(dir.resolve("b-atom.feed"), """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title><id>urn:x</id><updated>2023-03-01T10:00:00+01:00</updated>
            <entry><title>Protests</title><id>urn:1</id><link href="https://atom.example/protests"/>
              <published>2023-03-01T09:30:00+01:00</published><updated>2023-03-01T09:30:00+01:00</updated>
              <author><name>Jane Roe</name></author>
              <content type="html">%s</content></entry>
            </feed>
            """.formatted(("<p>" + body(1).replace(". ", ".</p><p>") + "</p>").replace("<", "&lt;").replace(">", "&gt;")));
        try (WarcWriter w = new WarcWriter(FileChannel.open(dir.resolve("c-crawl.warc.gz"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            for (int i = 2; i <= 3; i++) {
                w.write(response("https://news.example/" + i, "text/html; charset=utf-8", page(i).getBytes(StandardCharsets.UTF_8)));
                w.write(response("https://news.example/logo" + i + ".png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
            }
        }
        String wire = body(4);
        Files.writeString(dir.resolve("d-news.jsonl"), String.join("\n",
            json("https://one.example/rates", "Rates up", wire, "2023-03-02 11:00:00"),
            json("https://two.example/rates", "Rates up again", wire + " Reporting by the wire desk.", "2023-03-02 12:00:00"),
            json("https://three.example/rates", "Rates copy", wire, null),
            "{not json")) ;
        Files.write(dir.resolve("e-binary.bin"), new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0});
        Files.write(dir.resolve("f-empty.txt"), new byte[0]);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(gz)) {
            z.write(page(0).getBytes(StandardCharsets.UTF_8));
        }
        byte[] whole = gz.toByteArray();
        Files.write(dir.resolve("g-truncated.html.gz"), Arrays.copyOf(whole, whole.length / 2));
    }

    static WarcResponse response(String url, String type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse(type), body).build();
        return new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2023-03-01T12:00:00Z")).body(http).build();
    }

    static String json(String url, String title, String text, String date) {
        var node = RecordJson.mapper().createObjectNode().put("url", url).put("title", title).put("maintext", text);
        node.put("date_publish", date);
        node.putArray("authors").add("Wire Staff");
        return node.toString();
    }

    record Run(int exit, List<JsonNode> records, String err) {}

    static Run run(String... args) throws IOException {
        CliRun r = CliRun.run(args);
        List<JsonNode> records = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            if (!line.isBlank()) {
                records.add(RecordJson.mapper().readTree(line));
            }
        }
        return new Run(r.exit(), records, r.err());
    }

    static JsonNode byUrl(Run r, String url) {
        return r.records().stream().filter(n -> url.equals(n.get("url").asText())).findFirst().orElseThrow(
            () -> new AssertionError("no record for " + url + " in " + r.records()));
    }

    @Test
    void everyArticleComesOutAndEveryBrokenFileIsNamed() throws IOException {
        Run r = run("extract", dir.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.records()).hasSize(8);

        JsonNode rss = byUrl(r, "https://wire.example/talks");
        assertThat(rss.get("input").get("format").asText()).isEqualTo("rss");
        assertThat(rss.get("title").asText()).isEqualTo("Talks resume");
        assertThat(rss.get("published").asText()).isEqualTo("2023-02-28T14:07:00+04:00");
        assertThat(rss.get("authors").get(0).get("name").asText()).isEqualTo("Sabina Mammadli");
        assertThat(rss.get("text").asText()).startsWith("Azerbaijan and Armenia resumed border talks");
        assertThat(rss.get("language").asText()).isEqualTo("en");
        assertThat(rss.get("warnings").toString()).contains("extraction only: no language analysis")
            .doesNotContain("stub:");

        JsonNode stub = byUrl(r, "https://wire.example/link-only");
        assertThat(stub.get("text").asText()).isEqualTo("A short summary of a story whose text the feed does not carry.");
        assertThat(stub.get("warnings").toString()).contains("stub: feed item without full content");

        JsonNode atom = byUrl(r, "https://atom.example/protests");
        assertThat(atom.get("input").get("format").asText()).isEqualTo("atom");
        assertThat(atom.get("published").asText()).isEqualTo("2023-03-01T09:30:00+01:00");
        assertThat(atom.get("authors").get(0).get("name").asText()).isEqualTo("Jane Roe");
        assertThat(atom.get("text").asText()).startsWith("Protesters gathered outside parliament");

        for (int i = 2; i <= 3; i++) {
            JsonNode warc = byUrl(r, "https://news.example/" + i);
            JsonNode at = warc.get("input").get("warc");
            assertThat(warc.get("input").get("format").asText()).isEqualTo("warc");
            assertThat(at.get("file").asText()).endsWith("c-crawl.warc.gz");
            assertThat(warc.get("text").asText()).contains(STORIES[i]);
            assertThat(reread(at.get("offset").asLong(), at.get("length").asLong())).isEqualTo("https://news.example/" + i);
        }

        JsonNode first = byUrl(r, "https://one.example/rates");
        assertThat(first.get("published").asText()).isEqualTo("2023-03-02T11:00:00");
        assertThat(first.get("duplicateOf").isNull()).isTrue();
        assertThat(byUrl(r, "https://two.example/rates").get("duplicateOf").asText()).isEqualTo(first.get("id").asText());
        // the same body under another site and title: another publication, with an id of its own
        JsonNode exact = byUrl(r, "https://three.example/rates");
        assertThat(exact.get("duplicateOf").asText()).isEqualTo(first.get("id").asText());
        assertThat(exact.get("id").asText()).isNotEqualTo(first.get("id").asText()).hasSize(64);

        assertThat(r.err())
            .contains("d-news.jsonl:4: not JSON")
            .contains("e-binary.bin: binary data")
            .contains("f-empty.txt: empty input")
            .contains("g-truncated.html.gz: truncated gzip")
            .contains("dateline: 7 articles, 1 stub, 2 duplicates (1 exact, 1 near), 4 failed");
    }

    /** Reads exactly {@code length} bytes at {@code offset} and parses them as one record: its target URL. */
    static String reread(long offset, long length) throws IOException {
        try (FileChannel file = FileChannel.open(dir.resolve("c-crawl.warc.gz"))) {
            java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate((int) length);
            file.read(bytes, offset);
            try (WarcReader reader = new WarcReader(new java.io.ByteArrayInputStream(bytes.array()))) {
                WarcRecord record = reader.next().orElseThrow();
                assertThat(reader.next()).isEmpty();
                return ((WarcResponse) record).target();
            }
        }
    }

    @Test
    void formatsCanBeForcedAndAWrongOneFailsWithAReason() throws IOException {
        Run r = run("extract", "--as", "warc", dir.resolve("a-feed.xml").toString());
        assertThat(r.exit()).isEqualTo(1);
        // Read as a WARC, the feed breaks at its first byte: named, like any break in an archive, file@offset.
        assertThat(r.err()).contains("a-feed.xml@0: ", "invalid WARC record");
        Run rss = run("extract", "--as", "rss", dir.resolve("b-atom.feed").toString());
        assertThat(rss.records()).hasSize(1);
    }

    @Test
    void analyzeReadsTheSameFolder() throws IOException {
        Run r = run("analyze", dir.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.records()).hasSize(8);
        assertThat(byUrl(r, "https://news.example/2").get("entities").size()).isPositive();
        assertThat(r.err()).contains("4 failed");
    }
}
