package org.dateline.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.dateline.json.RecordJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Requests no well-behaved client sends, written byte for byte on a raw socket (an HTTP client
 * library would refuse to send most of them): every answer is a problem document with the security
 * headers, whichever layer refused it, Jetty's parser or our routes.
 */
class HostileRequestsTest {
    @TempDir
    static Path dir;
    static TestServer t;

    @BeforeAll
    static void start() throws Exception {
        t = new TestServer(dir);
    }

    @AfterAll
    static void stop() throws Exception {
        t.close();
    }

    /** A response as read off the socket: status, headers (lower-case names), body. */
    record Raw(int status, Map<String, String> headers, String body) {
        JsonNode json() throws IOException {
            return RecordJson.mapper().readTree(body);
        }
    }

    static Raw send(String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", t.server.port())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            s.getOutputStream().flush();
            InputStream in = s.getInputStream();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String[] lines = text.substring(0, end).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
            }
            return new Raw(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(end + 4));
        }
    }

    /** A request with a good Host that closes the connection after the answer. */
    static String get(String target) {
        return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + t.server.port() + "\r\nConnection: close\r\n\r\n";
    }

    static void assertProblem(Raw r, int status, String what) throws IOException {
        assertThat(r.status()).as(what).isEqualTo(status);
        assertProblemHeaders(r, what);
    }

    static void assertProblemHeaders(Raw r, String what) throws IOException {
        assertThat(r.headers().get("content-type")).as(what).startsWith(Problems.TYPE);
        assertThat(r.headers().get("content-security-policy")).as(what).isEqualTo(SecurityHeaders.CSP);
        assertThat(r.headers().get("x-content-type-options")).as(what).isEqualTo("nosniff");
        assertThat(r.headers().get("x-frame-options")).as(what).isEqualTo("DENY");
        assertThat(r.json().get("status").asInt()).as(what).isEqualTo(r.status());
    }

    @Test
    void malformedPathsAreProblemsFromJettyToo() throws Exception {
        for (String target : new String[] {"/%2e%2e/", "/%2e%2e/%2e%2e/etc/passwd", "/..;/api/v1/stats", "/%zz", "/a%00b",
                "/api/v1/search%"}) {
            assertProblem(send(get(target)), 400, target);
        }
    }

    @Test
    void overLongUrisAndHeadersAreProblems() throws Exception {
        assertProblem(send(get("/api/v1/search?q=" + "a".repeat(20_000))), 414, "long URI");
        Raw big = send("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + t.server.port() + "\r\nX-Big: " + "b".repeat(20_000)
            + "\r\nConnection: close\r\n\r\n");
        assertProblem(big, 431, "long header");
    }

    @Test
    void unparseableRequestsAreProblems() throws Exception {
        assertProblem(send("GARBAGE\r\n\r\n"), 400, "no request line");
        assertProblem(send("GET / HTTP/9.9\r\nHost: 127.0.0.1:" + t.server.port() + "\r\n\r\n"), 505, "unknown version");
        assertProblem(send("GET / HTTP/1.1\r\nConnection: close\r\n\r\n"), 400, "HTTP/1.1 without Host");
        Raw badLength = send("GET /api/v1/stats HTTP/1.1\r\nHost: 127.0.0.1:" + t.server.port()
            + "\r\nContent-Length: abc\r\nConnection: close\r\n\r\n");
        assertProblem(badLength, 400, "bad Content-Length");
        assertThat(badLength.json().get("detail").asText()).contains("Content-Length");
    }

    @Test
    void unknownAndWriteMethodsAreRefusedAsReadOnly() throws Exception {
        for (String method : new String[] {"FOO", "TRACE", "DELETE", "PUT", "OPTIONS", "PATCH"}) {
            Raw r = send(method + " /api/v1/search HTTP/1.1\r\nHost: 127.0.0.1:" + t.server.port()
                + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            assertProblem(r, 405, method);
            assertThat(r.headers().get("allow")).as(method).isEqualTo("GET, HEAD");
        }
        assertProblem(send("FOO / HTTP/1.1\r\nHost: 127.0.0.1:" + t.server.port() + "\r\nConnection: close\r\n\r\n"), 405,
            "unknown method on the page");
    }

    @Test
    void anotherHostNameIsMisdirectedEvenForThePage() throws Exception {
        int port = t.server.port();
        for (String host : new String[] {"evil.example", "evil.example:" + port, "127.0.0.1:" + (port + 1),
                "localhost.evil.example:" + port, "127.0.0.1.evil.example:" + port}) {
            for (String target : new String[] {"/", "/app.js", "/api/v1/stats"}) {
                Raw r = send("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
                assertProblem(r, 421, host + target);
                assertThat(r.body()).as(host + target).doesNotContain("\"articles\"").doesNotContain("<script");
            }
        }
        // Hosts that are no host name at all: Jetty's parser refuses some before we see them.
        for (String host : new String[] {"user@127.0.0.1:" + port, "127.0.0.1:x", "127.0.0.1:" + port + " evil"}) {
            Raw r = send("GET /api/v1/stats HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
            assertThat(r.status()).as(host).isIn(400, 421);
            assertProblemHeaders(r, host);
        }
    }

    @Test
    void theServedAddressesAreAnswered() throws Exception {
        int port = t.server.port();
        for (String host : new String[] {"127.0.0.1:" + port, "localhost:" + port, "LOCALHOST:" + port, "[::1]:" + port}) {
            Raw r = send("GET /api/v1/stats HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
            assertThat(r.status()).as(host).isEqualTo(200);
        }
        // HTTP/1.0 needs no Host, and no browser sends a request without one: it is no rebinding.
        assertThat(send("GET /api/v1/stats HTTP/1.0\r\n\r\n").status()).isEqualTo(200);
    }

    @Test
    void aBadPercentEncodingInAParameterIsA400NamingIt() throws Exception {
        Map<String, String> cases = Map.of(
            "/api/v1/search?q=%zz", "parameter 'q' has an invalid percent-encoding",
            "/api/v1/search?q=ok&type=%E2%82", "parameter 'type' is not UTF-8",
            "/api/v1/events?actor=AZE&actor=%", "parameter 'actor' has an invalid percent-encoding",
            "/api/v1/timeline?interval=da%y", "parameter 'interval' has an invalid percent-encoding",
            "/api/v1/search?q%ff=x", "the parameter name 'q%ff' is not UTF-8",
            "/app.js?v=%4", "parameter 'v' has an invalid percent-encoding");
        assertRefusedNaming(cases);
        // Well-encoded text still reads: + and %20 are spaces, multi-byte UTF-8 decodes.
        long lachinRoad = send(get("/api/v1/search?q=Lachin%20road")).json().get("total").asLong();
        assertThat(lachinRoad).isPositive();
        assertThat(send(get("/api/v1/search?q=Lachin+road")).json().get("total").asLong()).isEqualTo(lachinRoad);
        assertThat(send(get("/api/v1/search?q=T%C3%BCrk")).json().get("total").asLong()).isEqualTo(2);
    }

    /** Each request target is a 400 problem whose detail starts with its text. */
    private void assertRefusedNaming(Map<String, String> cases) throws Exception {
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Raw r = send(get(c.getKey()));
            assertProblem(r, 400, c.getKey());
            assertThat(r.json().get("detail").asText()).as(c.getKey()).startsWith(c.getValue());
        }
    }

    /** Regression: a cut UTF-8 sequence in a key was decoded to U+FFFD and answered 404 "no entity". */
    @Test
    void aBadPercentEncodingInAPathKeyIsA400NamingIt() throws Exception {
        Map<String, String> cases = Map.of(
            "/api/v1/entities/%C3", "parameter 'key' is not UTF-8",
            "/api/v1/entities/PERSON:a%C3%28", "parameter 'key' is not UTF-8",
            "/api/v1/articles/%E2%82", "parameter 'id' is not UTF-8");
        assertRefusedNaming(cases);
        // a well-encoded key still finds its entity, and a + in a path is itself, not a space
        assertThat(send(get("/api/v1/entities/PERSON:volker%20turk")).status()).isEqualTo(200);
        assertThat(send(get("/api/v1/entities/PERSON:volker+turk")).status()).isEqualTo(404);
    }

    @Test
    void errorsOfOurRoutesCarryTheHeadersToo() throws Exception {
        assertProblem(send(get("/api/v1/articles/nope")), 404, "missing article");
        assertProblem(send(get("/api/v1/nothing")), 404, "no route");
        assertProblem(send(get("/api/v1/search?limit=-1")), 400, "bad limit");
    }
}
