package org.dateline.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.dateline.json.RecordJson;
import org.dateline.model.EventType;
import org.dateline.store.query.StoreQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ApiRoutes#searchQuery} asks the store what {@code GET /search} with the same query string
 * asks: the benchmark (SearchCost) times the store's search through it beside the request, and
 * takes their difference for the request's own cost, which holds only if both get the same answer.
 */
class SearchQueryTest {
    private static final List<String> QUERIES = List.of("q=blockade", "q=Lachin+road&limit=5&offset=1",
        "q=%22Lachin+road%22", "type=protest&type=ACCUSE", "q=said&from=2023-01-01&to=2023-12-31", "actor=AZE&source=Alpha",
        "q=T%C3%BCrk", "q=road+-Lachin&factuality=reported", "");

    @Test
    void theRoutesAnswerIsTheStoresAnswerToTheSameQuery(@TempDir Path dir) throws Exception {
        try (TestServer t = new TestServer(dir)) {
            for (String q : QUERIES) {
                var r = t.get("/api/v1/search?" + q);
                assertThat(r.statusCode()).as(q).isEqualTo(200);
                // as bytes, as the server writes it (Jackson's byte writer escapes a surrogate pair, its String writer does not)
                String stored = new String(RecordJson.mapper().writeValueAsBytes(t.store.search(ApiRoutes.searchQuery(q))),
                    java.nio.charset.StandardCharsets.UTF_8);
                assertThat(r.body()).as(q).isEqualTo(stored);
            }
            assertThat(t.get("/api/v1/search?q=blockade").body()).contains("\"total\":2");
        }
    }

    @Test
    void parametersReadAsTheRouteReadsThem() {
        StoreQuery q = ApiRoutes.searchQuery("q=Lachin+road&type=protest&offset=40&limit=5&from=2023-02-01");
        assertThat(q.text()).isEqualTo("Lachin road");
        assertThat(q.filters().types()).containsExactly(EventType.PROTEST);
        assertThat(q.offset()).isEqualTo(40);
        assertThat(q.limit()).isEqualTo(5);
        assertThat(q.filters().from()).hasToString("2023-02-01");
        assertThat(ApiRoutes.searchQuery("q=x").limit()).isEqualTo(ApiRoutes.SEARCH_LIMIT);
    }

    @Test
    void whatTheRouteRefusesItRefuses() {
        assertThatThrownBy(() -> ApiRoutes.searchQuery("q=%zz")).isInstanceOf(ApiException.class).hasMessageContaining("'q'");
        assertThatThrownBy(() -> ApiRoutes.searchQuery("limit=1000")).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> ApiRoutes.searchQuery("type=NOPE")).isInstanceOf(ApiException.class);
    }
}
