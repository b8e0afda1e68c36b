package org.dateline.server;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.dateline.json.RecordJson;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.junit.jupiter.api.Test;

/**
 * The error handler on its own, behind a bare Jetty whose handler calls {@code sendError}: the path
 * an error raised inside the servlet container takes, which the API's routes never take themselves.
 */
class ProblemErrorHandlerTest {
    @Test
    void anErrorSentInsideJettyIsAProblemWithTheHeadersWhateverTheClientAccepts() throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setErrorHandler(new ProblemErrorHandler());
        server.setHandler(new AbstractHandler() {
            @Override
            public void handle(String target, Request base, HttpServletRequest request, HttpServletResponse response)
                    throws java.io.IOException {
                response.sendError(503, "store unavailable");
            }
        });
        server.start();
        try {
            HttpClient client = HttpClient.newHttpClient();
            for (String accept : new String[] {"text/html", "image/png", "*/*"}) {
                for (String method : new String[] {"GET", "DELETE"}) {
                    HttpResponse<String> r = client.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/x?y=1"))
                        .header("Accept", accept).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                        HttpResponse.BodyHandlers.ofString());
                    String what = method + " " + accept;
                    assertThat(r.statusCode()).as(what).isEqualTo(503);
                    assertThat(r.headers().firstValue("Content-Type")).as(what).hasValueSatisfying(v -> assertThat(v).startsWith(Problems.TYPE));
                    assertThat(r.headers().firstValue("Content-Security-Policy")).as(what).contains(SecurityHeaders.CSP);
                    var json = RecordJson.mapper().readTree(r.body());
                    assertThat(json.get("status").asInt()).as(what).isEqualTo(503);
                    assertThat(json.get("detail").asText()).as(what).isEqualTo("store unavailable");
                    assertThat(json.get("instance").asText()).as(what).isEqualTo("/x");
                }
            }
        } finally {
            server.stop();
        }
    }

    @Test
    void jettysReasonIsKeptOnlyWhenItSaysMoreThanTheStatus() {
        assertThat(ProblemErrorHandler.detail(400, "Bad Request")).isNull();
        assertThat(ProblemErrorHandler.detail(400, null)).isNull();
        assertThat(ProblemErrorHandler.detail(400, "No Host")).isEqualTo("No Host");
        assertThat(ProblemErrorHandler.detail(400, "x".repeat(500))).hasSize(ProblemErrorHandler.MAX_DETAIL + 1);
    }
}
