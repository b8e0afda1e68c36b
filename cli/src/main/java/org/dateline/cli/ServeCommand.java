package org.dateline.cli;

import java.io.IOException;
import java.net.BindException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dateline.server.ApiServer;
import org.dateline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dateline serve}: the API and the web page over a store, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    header = "Serve the store's JSON API and web page on loopback.",
    description = {"Serve the store's JSON API (/api/v1) and web page. Read-only; loopback unless --host says otherwise.",
        "Requests naming another host than the one served (127.0.0.1:PORT, localhost:PORT) are refused with 421, "
            + "so a web page elsewhere cannot reach the server by re-pointing its own name at it (DNS rebinding).",
        "A missing store is an error, never created."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--port", defaultValue = "" + ApiServer.DEFAULT_PORT, description = "Port. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--host", defaultValue = ApiServer.DEFAULT_HOST,
        description = "Address to bind. Default: ${DEFAULT-VALUE} (this machine only). On 0.0.0.0 any IP address of"
            + " this machine is answered; a host name only with --allow-host.")
    String host;

    @Option(names = "--allow-host", paramLabel = "NAME",
        description = "Also answer requests for this host name, on any port (the name a reverse proxy or DNS gives"
            + " the server; repeatable).")
    List<String> allowedHosts = new ArrayList<>();

    @Override
    public Integer call() throws IOException, InterruptedException {
        return serve(store, host, port, allowedHosts);
    }

    static int serve(StoreOption store, String host, int port, List<String> allowedHosts) throws IOException, InterruptedException {
        Store s = Store.open(store.dir);
        ApiServer server;
        try {
            server = new ApiServer(s, allowedHosts).start(host, port);
        } catch (BindException e) {
            s.close();
            System.err.println("dateline serve: " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            try {
                s.close();
            } catch (IOException e) {
                // exiting anyway
            }
            stopped.countDown();
        }));
        System.err.println("dateline: serving " + Terminal.safe(store.dir.toString()) + " (" + s.stats().articles()
            + " articles) on http://" + host + ":" + server.port() + "/  (Ctrl-C stops)");
        stopped.await();
        return 0;
    }
}
