package org.dateline.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.dateline.json.RecordJson;
import org.dateline.store.Store;
import org.dateline.store.query.StoreQuery;
import org.dateline.store.query.Stories;

/**
 * The JSON API under {@code /api/v1}: read-only, one store call per route. Every route is recorded
 * as it is registered, so a test can hold the OpenAPI document to what is really served.
 */
public final class ApiRoutes {
    public static final String BASE = "/api/v1";
    /** Stories one page lists at most: each listed story is summarised from all its articles. */
    static final int MAX_STORIES = 100;
    /** Hits per search page unless {@code limit} says otherwise. */
    static final int SEARCH_LIMIT = 20;

    /** A registered route: method and path in OpenAPI's {@code {param}} syntax (Javalin's own). */
    public record Route(String method, String path) {}

    private final Store store;
    private final QueryGate gate = QueryGate.forThisMachine();
    /** As many written answers as the store remembers: with its cache off no answer comes back, so none is kept. */
    private final WrittenAnswers written;
    private final List<Route> routes = new ArrayList<>();
    private final byte[] openapi;

    ApiRoutes(Store store) {
        this.store = store;
        this.written = new WrittenAnswers(store.answerCapacity());
        this.openapi = openApiDocument();
    }

    void register(Javalin app) {
        get(app, "/search", ctx -> {
            var q = RequestParams.query(ctx, SEARCH_LIMIT);
            answer(ctx, gate.run(q.expensive(), () -> store.search(q)));
        });
        get(app, "/events", ctx -> {
            var q = RequestParams.query(ctx, 50);
            answer(ctx, gate.run(q.expensive(), () -> store.events(q)));
        });
        get(app, "/timeline", ctx -> {
            var q = RequestParams.query(ctx, 0);
            var interval = RequestParams.interval(ctx);
            answer(ctx, gate.run(q.expensive(), () -> store.timeline(q, interval)));
        });
        get(app, "/articles/{id}", ctx -> {
            String id = QueryParams.lastPathSegment(ctx, "id");
            var record = store.article(id).orElseThrow(() -> ApiException.notFound("no article with this id"));
            json(ctx, ArticleJson.of(record, store.entityKeys(id), store.storyOf(id)));
        });
        get(app, "/entities/{key}", ctx -> json(ctx, store.entity(QueryParams.lastPathSegment(ctx, "key"),
            RequestParams.integer(ctx, "limit", 100, 1, 500))
            .orElseThrow(() -> ApiException.notFound("no entity with this key"))));
        get(app, "/stories", ctx -> {
            String entity = RequestParams.text(ctx, "entity");
            var filter = new Stories.Filter(entity == null || entity.isBlank() ? null : entity,
                RequestParams.date(ctx, "from"), RequestParams.date(ctx, "to"));
            int offset = RequestParams.integer(ctx, "offset", 0, 0, StoreQuery.MAX_OFFSET);
            int limit = RequestParams.integer(ctx, "limit", 20, 0, MAX_STORIES);
            json(ctx, gate.run(() -> store.stories(filter, offset, limit)));
        });
        get(app, "/stories/{id}", ctx -> {
            String id = QueryParams.lastPathSegment(ctx, "id");
            var story = gate.run(() -> StoryAnswers.story(store, id));
            if (story == null) {
                throw ApiException.notFound("no story with this id");
            }
            json(ctx, story);
        });
        get(app, "/incidents/{id}", ctx -> {
            String id = QueryParams.lastPathSegment(ctx, "id");
            var incident = gate.run(() -> StoryAnswers.incident(store, id));
            if (incident == null) {
                throw ApiException.notFound("no incident with this id");
            }
            json(ctx, incident);
        });
        get(app, "/stats", ctx -> json(ctx, store.stats()));
        get(app, "/openapi.json", ctx -> ctx.contentType("application/json").result(openapi));
    }

    /**
     * The store query {@code GET /search?QUERY} asks, from its raw (still percent-encoded) query
     * string; a benchmark searches the store with it in-process to tell the search's cost from the
     * request's. Refuses what the route refuses ({@link ApiException}).
     */
    public static StoreQuery searchQuery(String rawQuery) {
        return RequestParams.query(QueryParams.parse(rawQuery), SEARCH_LIMIT);
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }

    /**
     * A GET route, and HEAD on the same path through the same handler: Javalin answers a HEAD it has
     * no route for with 200 and no type, so a link checker took a missing story for a live one.
     * Jetty sends no body for HEAD.
     */
    private void get(Javalin app, String path, Handler handler) {
        app.get(BASE + path, handler);
        app.head(BASE + path, handler);
        routes.add(new Route("get", BASE + path));
    }

    /** A store answer as JSON; one the store remembered is the same object again, and is written once. */
    private void answer(Context ctx, Object value) throws IOException {
        ctx.contentType("application/json").result(written.json(value));
    }

    private static void json(Context ctx, Object value) throws IOException {
        ctx.contentType("application/json").result(RecordJson.mapper().writeValueAsBytes(value));
    }

    private static byte[] openApiDocument() {
        try (InputStream in = ApiRoutes.class.getResourceAsStream("openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the server jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
