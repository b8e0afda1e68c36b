package org.dateline.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.dateline.model.ArticleRecord;
import org.dateline.store.Store;
import org.dateline.store.StoreWriter;
import org.dateline.store.testing.SampleRecords;

/** A server on a free loopback port over a store of hand-built records (the sample records unless given). */
final class TestServer implements AutoCloseable {
    final Store store;
    final ApiServer server;
    final HttpClient client = HttpClient.newHttpClient();

    TestServer(Path dir) throws IOException {
        this(dir, SampleRecords.all());
    }

    /** A server over a store of {@code records}, put in this order. */
    TestServer(Path dir, List<ArticleRecord> records) throws IOException {
        try (StoreWriter w = StoreWriter.open(dir)) {
            for (ArticleRecord r : records) {
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
