package org.dateline.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.util.JavalinException;
import java.net.BindException;
import java.nio.channels.UnresolvedAddressException;
import java.util.List;
import java.util.Set;
import org.dateline.store.Store;

/**
 * The HTTP server: the JSON API and the web page, both from this jar. Read-only: there are no
 * write routes, any other method is refused, and requests are size-limited (8 KiB of headers and
 * URL, no bodies worth reading), so a public port exposes nothing but searches. Every error, Jetty's
 * own included, is a problem document with the security headers ({@link ProblemErrorHandler}), and
 * a request for another host name than the server's is refused ({@link HostCheck}).
 */
public final class ApiServer implements AutoCloseable {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;
    static final int MAX_HEADER_BYTES = 8 * 1024;
    static final long MAX_BODY_BYTES = 1024;

    /** The methods answered: the API and the page are read-only, and HEAD is what link checkers send. */
    static final Set<String> METHODS = Set.of("GET", "HEAD");

    private final Javalin app;
    private final ApiRoutes routes;
    private final List<String> allowedHosts;
    private volatile HostCheck hosts;

    public ApiServer(Store store) {
        this(store, List.of());
    }

    /** A server that also answers requests for {@code allowedHosts} (names a proxy or DNS gives it), on any port. */
    public ApiServer(Store store, List<String> allowedHosts) {
        this.routes = new ApiRoutes(store);
        this.allowedHosts = List.copyOf(allowedHosts);
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.prefer405over404 = true;
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.jetty.modifyHttpConfiguration(http -> {
                http.setRequestHeaderSize(MAX_HEADER_BYTES);
                http.setSendServerVersion(false);
            });
            config.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler()));
            config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new ProblemErrorHandler()));
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/org/dateline/server/web";
                files.location = Location.CLASSPATH;
                files.headers = SecurityHeaders.ALL;
            });
        });
        app.before(SecurityHeaders::apply);
        app.before(this::checkHost);
        app.before(ctx -> {
            if (!METHODS.contains(ctx.req().getMethod())) {
                ctx.header("Allow", "GET, HEAD");
                throw new ApiException(405, "this API is read-only");
            }
        });
        app.before(ctx -> {
            // Bodies are never read; refusing them early keeps a large upload from being buffered.
            if (ctx.contentLength() > MAX_BODY_BYTES) {
                throw new ApiException(413, "request bodies are not accepted");
            }
            QueryParams.of(ctx); // a parameter that does not decode is refused before any route reads the others
        });
        app.exception(ApiException.class, (e, ctx) -> Problems.write(ctx, e.status(), e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> Problems.write(ctx, 500, "internal error"));
        for (HttpStatus s : List.of(HttpStatus.NOT_FOUND, HttpStatus.METHOD_NOT_ALLOWED, HttpStatus.CONTENT_TOO_LARGE,
                HttpStatus.BAD_REQUEST, HttpStatus.INTERNAL_SERVER_ERROR, HttpStatus.SERVICE_UNAVAILABLE)) {
            app.error(s, ctx -> {
                if (!Problems.written(ctx)) {
                    Problems.write(ctx, s.getCode(), s == HttpStatus.METHOD_NOT_ALLOWED ? "this API is read-only" : null);
                }
            });
        }
        routes.register(app);
    }

    /**
     * Starts on {@code host:port}; port 0 picks a free one (tests). A port in use or an address
     * this machine does not have is a BindException whose message says so in one line.
     */
    public ApiServer start(String host, int port) throws BindException {
        try {
            app.start(host, port);
        } catch (JavalinException e) {
            throw bindFailure(host, port, e);
        }
        hosts = new HostCheck(host, port(), allowedHosts);
        return this;
    }

    /** Javalin says "port already in use" for every bind failure; the root cause tells them apart. */
    static BindException bindFailure(String host, int port, Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String where = host + ":" + port;
        String message = root.getMessage() == null ? "" : root.getMessage();
        BindException b;
        if (root instanceof UnresolvedAddressException) {
            b = new BindException("cannot listen on " + where + ": no such host name");
        } else if (message.contains("already in use")) {
            b = new BindException("cannot listen on " + where + ": the port is already in use (another server?); "
                + "choose another with --port");
        } else if (message.contains("assign requested address")) {
            b = new BindException("cannot listen on " + where + ": not an address of this machine");
        } else if (message.contains("Permission denied")) {
            b = new BindException("cannot listen on " + where + ": permission denied (ports below 1024 need privileges)");
        } else {
            b = new BindException("cannot listen on " + where + ": " + (message.isEmpty() ? root.getClass().getSimpleName() : message));
        }
        b.initCause(e);
        return b;
    }

    private void checkHost(Context ctx) {
        HostCheck check = hosts;
        if (check == null) {
            throw new ApiException(503, "the server is starting");
        }
        if (!check.allows(ctx.req().getHeader("Host"))) {
            throw new ApiException(421, "this server does not answer for the host name in the request; "
                + "open it by the address it serves (see `dateline serve --help` for --allow-host)");
        }
    }

    public int port() {
        return app.port();
    }

    public List<ApiRoutes.Route> routes() {
        return routes.routes();
    }

    @Override
    public void close() {
        app.stop();
    }
}
