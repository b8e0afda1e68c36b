package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.dateline.json.RecordJson;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Issue 14's acceptance, as a property: a folder holding a random mix of good inputs in every form
 * and hostile ones (FIFOs, sockets, devices, dangling and looping links, entity bombs, damaged
 * archives, cut gzip, binary, empty files), under random names so that they come in any order.
 * Whatever the mix and the order, every good document comes out exactly once (each carries its own
 * story number), every bad input is named on stderr with its reason, the summary counts both, the
 * exit code says whether anything failed, and the run ends in bounded time. Each seed's folder is
 * generated here; nothing outside the repository is read.
 */
class HostileFolderTest {
    @TempDir
    Path dir;

    /** What the folder should give: story numbers expected in records, stderr lines expected to fail. */
    private final List<Integer> stories = new ArrayList<>();
    private final List<Pattern> failures = new ArrayList<>();
    private int next;
    private Random random;

    private static final String[] PLACES = {"Brussels", "Tbilisi", "Baku", "Yerevan", "Kherson", "Ankara", "Geneva"};
    private static final String[] GROUPS = {"Officials", "Protesters", "Delegations", "Rescue teams", "Ministers"};
    private static final String[] DEEDS = {"met for talks", "gathered outside parliament", "announced new measures",
        "evacuated residents", "signed an agreement", "rejected the proposal"};

    /** A new story's text: its number makes it findable, its words make it an English news paragraph. */
    private String story() {
        int n = ++next;
        stories.add(n);
        return storyText(n);
    }

    private String storyText(int n) {
        Random r = new Random(n * 7919L);
        StringBuilder b = new StringBuilder("Story " + n + ": ");
        for (int i = 0; i < 4; i++) {
            b.append(GROUPS[r.nextInt(GROUPS.length)]).append(" in ").append(PLACES[r.nextInt(PLACES.length)]).append(' ')
                .append(DEEDS[r.nextInt(DEEDS.length)]).append(" on ").append(i % 2 == 0 ? "Monday" : "Tuesday")
                .append(", a spokesperson said. ");
        }
        return b.toString().strip();
    }

    private String page(String text) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>News</title></head><body><article>"
            + "<h1>News</h1><p>" + text.replace(". ", ".</p><p>") + "</p></article></body></html>";
    }

    /** A random file name, so that the walk's name order puts the entries in any order. */
    private Path name(String suffix) {
        String letters = "abcdefghijklmnopqrstuvwxyz";
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            b.append(letters.charAt(random.nextInt(letters.length())));
        }
        return dir.resolve("in").resolve(b + suffix);
    }

    private void fails(Path path, String where, String reason) {
        failures.add(Pattern.compile("dateline: failed: " + Pattern.quote(path.toString()) + where + ": .*"
            + Pattern.quote(reason) + ".*"));
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(bytes);
        }
        return out.toByteArray();
    }

    private static byte[] warcMember(String url, String type, byte[] body, WarcCompression compression) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter w = new WarcWriter(Channels.newChannel(out), compression)) {
            HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse(type), body).build();
            w.write(new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2023-03-01T12:00:00Z")).body(http).build());
        }
        return out.toByteArray();
    }

    private byte[] htmlRecord(WarcCompression compression) throws IOException {
        String text = story();
        return warcMember("https://news.example/" + next, "text/html; charset=utf-8", page(text).getBytes(StandardCharsets.UTF_8),
            compression);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Arrays.stream(parts).forEach(out::writeBytes);
        return out.toByteArray();
    }

    private String rssItem(String text) {
        return "<item><title>Story " + next + "</title><link>https://wire.example/" + next + "</link>"
            + "<content:encoded><![CDATA[" + page(text) + "]]></content:encoded></item>";
    }

    private String jsonLine(String text) {
        return RecordJson.mapper().createObjectNode().put("url", "https://lines.example/" + next).put("title", "Story " + next)
            .put("maintext", text).toString();
    }

    /** One entry of the folder, good or hostile, chosen by {@code kind}. */
    private void make(int kind) throws IOException, InterruptedException {
        switch (kind) {
            case 0 -> Files.writeString(name(".txt"), story());
            case 1 -> Files.writeString(name(".html"), page(story()));
            case 2 -> Files.write(name(".html.gz"), gzip(page(story()).getBytes(StandardCharsets.UTF_8)));
            case 3 -> Files.writeString(name(".xml"), "<?xml version=\"1.0\"?><rss version=\"2.0\" "
                + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Wire</title>"
                + "<link>https://wire.example/</link><description>d</description>" + rssItem(story()) + rssItem(story())
                + "</channel></rss>");
            case 4 -> Files.writeString(name(".rss"), "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<!DOCTYPE rss PUBLIC "
                + "\"-//Netscape Communications//DTD RSS 0.91//EN\" \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n"
                + "<rss version=\"0.91\"><channel><title>Caf&eacute; wire</title><link>https://old.example/</link>"
                + "<description>d</description><language>en-us</language><item><title>Story</title>"
                + "<link>https://old.example/" + next + "</link><description>" + story() + "</description></item></channel></rss>",
                StandardCharsets.ISO_8859_1);
            case 5 -> Files.writeString(name(".xml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [ <!ENTITY src \"a spokesperson\">"
                + " <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>\n<rss version=\"2.0\" "
                + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>W&xxe;</title>"
                + "<link>https://dtd.example/</link><description>d</description><item><title>Story</title>"
                + "<link>https://dtd.example/" + next + "</link><description>" + story().replace("a spokesperson", "&src;")
                + "</description></item></channel></rss>");
            case 6 -> Files.write(name(".jsonl"), concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                (jsonLine(story()) + "\n" + jsonLine(story()) + "\n").getBytes(StandardCharsets.UTF_8)));
            case 7 -> {
                var charset = random.nextBoolean() ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
                Files.write(name(".json"), ("\uFEFF" + jsonLine(story()) + "\r\n" + jsonLine(story()) + "\r\n").getBytes(charset));
            }
            case 8 -> Files.write(name(".warc.gz"), concat(htmlRecord(WarcCompression.GZIP),
                warcMember("https://news.example/logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, WarcCompression.GZIP),
                htmlRecord(WarcCompression.GZIP)));
            case 9 -> Files.write(name(".warc.gz"), gzip(concat(htmlRecord(WarcCompression.NONE), htmlRecord(WarcCompression.NONE))));
            case 10 -> Files.writeString(name(".html"), "<!---->".repeat(3000) + page(story()));
            case 11 -> {
                Path p = name(".txt");
                Files.write(p, new byte[0]);
                fails(p, "", "empty input");
            }
            case 12 -> {
                Path p = name(".bin");
                Files.write(p, new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0});
                fails(p, "", "binary data");
            }
            case 13 -> {
                Path p = name(".html.gz");
                byte[] whole = gzip(page(storyText(0)).getBytes(StandardCharsets.UTF_8));
                Files.write(p, Arrays.copyOf(whole, whole.length / 2));
                fails(p, "", "truncated gzip");
            }
            case 14 -> {
                Path p = Files.createSymbolicLink(name(".txt"), Path.of("nowhere.txt"));
                fails(p, "", "dangling symbolic link");
            }
            case 15 -> {
                Path p = name("");
                Files.createSymbolicLink(p, p.getFileName());
                fails(p, "", "symbolic link loop");
            }
            case 16 -> {
                Path p = name(".fifo");
                Process mk = new ProcessBuilder("mkfifo", p.toString()).redirectErrorStream(true).start();
                if (mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0) {
                    fails(p, "", "a named pipe (FIFO)");
                }
            }
            case 17 -> {
                Path p = name(".sock");
                try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
                    server.bind(UnixDomainSocketAddress.of(p)); // the socket file stays once closed
                }
                fails(p, "", "a socket");
            }
            case 18 -> {
                if (Files.exists(Path.of("/dev/null"))) {
                    Path p = Files.createSymbolicLink(name(".txt"), Path.of("/dev/null"));
                    fails(p, "", "a character device");
                }
            }
            case 19 -> {
                Path p = name(".xml");
                StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY l0 \"lol\">");
                for (int i = 1; i <= 9; i++) {
                    laughs.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
                }
                Files.writeString(p, laughs + "]><rss version=\"2.0\"><channel><title>&l9;</title><item><title>T</title>"
                    + "<description>d</description></item></channel></rss>");
                fails(p, "", "refused: the feed's DTD entities expand past the limits");
            }
            case 20 -> {
                Path p = name(".jsonl");
                Files.writeString(p, jsonLine(story()) + "\n{\"maintext\": \n");
                fails(p, ":2", "not JSON");
            }
            case 21 -> {
                byte[] damaged = htmlRecord(WarcCompression.GZIP);
                stories.remove(stories.size() - 1); // its story is lost with its member
                for (int k = 30; k < 60 && k < damaged.length; k++) {
                    damaged[k] ^= 0x55;
                }
                Path p = name(".warc.gz");
                Files.write(p, concat(htmlRecord(WarcCompression.GZIP), damaged, htmlRecord(WarcCompression.GZIP)));
                fails(p, "@\\d+", "up to the next record at offset");
            }
            default -> throw new IllegalArgumentException("no kind " + kind);
        }
    }

    static final int KINDS = 22;

    /** The seed's folder: a dozen entries of random kinds, at least one hostile. */
    private Path folder(int seed) throws IOException, InterruptedException {
        random = new Random(seed);
        Files.createDirectories(dir.resolve("in"));
        make(11 + random.nextInt(KINDS - 11));
        for (int i = 0; i < 11; i++) {
            make(random.nextInt(KINDS));
        }
        return dir.resolve("in");
    }

    private record Outcome(int exit, List<JsonNode> records, List<String> failed, String summary) {}

    private static Outcome run(String... args) throws IOException {
        CliRun r = assertTimeoutPreemptively(Duration.ofMinutes(10), () -> CliRun.run(args));
        List<JsonNode> records = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            if (!line.isBlank()) {
                records.add(RecordJson.mapper().readTree(line));
            }
        }
        List<String> failed = r.err().lines().filter(l -> l.startsWith("dateline: failed: ")).toList();
        String summary = r.err().lines().filter(l -> l.matches("dateline: \\d+ (articles?|added).*")).reduce((a, b) -> b).orElse("");
        return new Outcome(r.exit(), records, failed, summary);
    }

    /** The story numbers in the records' texts, each record exactly one. */
    private static List<Integer> storiesIn(List<JsonNode> records) {
        Pattern number = Pattern.compile("Story (\\d+):");
        List<Integer> found = new ArrayList<>();
        for (JsonNode record : records) {
            String text = record.get("text").asText();
            Matcher m = number.matcher(text);
            assertThat(m.find()).as("a record without a story: %s", text).isTrue();
            found.add(Integer.parseInt(m.group(1)));
            assertThat(m.find()).as("one story per record: %s", text).isFalse();
            assertThat(text).as("no raw markup comes out as an article").doesNotContain("<rss", "<?xml", "{\"url\"", "WARC/1");
            assertThat(text).doesNotContain("root:"); // nothing of /etc/passwd
        }
        return found;
    }

    private void check(Outcome o) {
        check(o, o.records());
    }

    /** {@code records}: what came out, on standard output or (for ingest) in the store. */
    private void check(Outcome o, List<JsonNode> records) {
        assertThat(storiesIn(records)).as(String.join("\n", o.failed())).containsExactlyInAnyOrderElementsOf(stories);
        assertThat(o.failed()).as("failures named").hasSize(failures.size());
        for (Pattern expected : failures) {
            assertThat(o.failed()).as("a line matching %s", expected).anyMatch(l -> expected.matcher(l).matches());
        }
        assertThat(o.summary()).contains(" " + failures.size() + " failed");
        assertThat(o.exit()).isEqualTo(failures.isEmpty() ? 0 : 1);
    }

    /** Extraction only: cheap, so many seeds (many mixes and orders). */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void extractGivesEveryGoodDocumentAndNamesEveryBadInput(int seed) throws Exception {
        Outcome o = run("extract", folder(seed).toString());
        check(o);
    }

    @ParameterizedTest
    @ValueSource(ints = {11, 12})
    void analyzeGivesEveryGoodDocumentAndNamesEveryBadInput(int seed) throws Exception {
        Outcome o = run("analyze", "--threads", "2", folder(seed).toString());
        check(o);
        assertThat(o.records()).allSatisfy(r -> assertThat(r.get("entities").isArray()).isTrue());
    }

    @ParameterizedTest
    @ValueSource(ints = {21})
    void ingestStoresEveryGoodDocumentAndNamesEveryBadInput(int seed) throws Exception {
        Path folder = folder(seed);
        String store = dir.resolve("store").toString();
        Outcome o = run("ingest", "--store", store, folder.toString());
        assertThat(run("export", "--store", store, "--format", "jsonl", "--out", dir.resolve("out").toString()).exit()).isZero();
        List<JsonNode> stored = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("out/articles.jsonl"))) {
            stored.add(RecordJson.mapper().readTree(line));
        }
        check(o, stored);
        Matcher counts = Pattern.compile("dateline: (\\d+) added, (\\d+) already stored").matcher(o.summary());
        assertThat(counts.find()).as(o.summary()).isTrue();
        assertThat(Integer.parseInt(counts.group(1)) + Integer.parseInt(counts.group(2))).isEqualTo(stories.size());
    }
}
