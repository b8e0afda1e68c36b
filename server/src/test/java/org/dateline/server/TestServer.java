package org.dateline.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.dateline.model.ArticleRecord;
import org.dateline.store.Store;
import org.dateline.store.StoreWriter;
import org.dateline.store.testing.SampleRecords;

/** A server on a free loopback port over a store of the hand-built sample records. */
final class TestServer implements AutoCloseable {
    final Store store;
    final ApiServer server;
    final HttpClient client = HttpClient.newHttpClient();

    TestServer(Path dir) throws IOException {
        try (StoreWriter w = StoreWriter.open(dir)) {
            for (ArticleRecord r : SampleRecords.all()) {
                w.put(r);
            }
        }
        store = Store.open(dir);
        server = new ApiServer(store).start("127.0.0.1", 0);
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).GET().build());
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws IOException {
        server.close();
        store.close();
    }
}
