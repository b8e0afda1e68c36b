package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.dateline.server.ApiServer;
import org.dateline.store.Store;
import org.dateline.store.StoreWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression: with the CLI's full class path (core with Lingua, server with Javalin) two Kotlin
 * versions met and the server failed at start with NoClassDefFoundError kotlin.enums.EnumEntriesKt.
 * The server module's own tests could not see it, since Lingua is not on their path.
 */
class ServeClasspathTest {
    @Test
    void theServerStartsAndAnswersFromTheCommandLinesClassPath(@TempDir Path dir) throws Exception {
        StoreWriter.open(dir).close();
        try (Store store = Store.open(dir)) {
            ApiServer server = new ApiServer(store).start("127.0.0.1", 0);
            try {
                HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/api/v1/search?q=talks")).build(),
                    HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).isEqualTo(200);
                assertThat(r.body()).contains("\"total\"");
            } finally {
                server.close();
            }
        }
    }
}
