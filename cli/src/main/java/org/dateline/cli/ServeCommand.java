package org.dateline.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dateline.server.ApiServer;
import org.dateline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dateline serve}: the API and the web page over a store, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the store's JSON API (/api/v1) and web page. Read-only; loopback unless --host says otherwise.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--port", defaultValue = "" + ApiServer.DEFAULT_PORT, description = "Port. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--host", defaultValue = ApiServer.DEFAULT_HOST,
        description = "Address to bind. Default: ${DEFAULT-VALUE} (this machine only).")
    String host;

    @Override
    public Integer call() throws IOException, InterruptedException {
        return serve(store, host, port);
    }

    static int serve(StoreOption store, String host, int port) throws IOException, InterruptedException {
        Store s = Store.open(store.dir);
        ApiServer server = new ApiServer(s).start(host, port);
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
        System.err.println("dateline: serving " + store.dir + " (" + s.stats().articles() + " articles) on http://"
            + host + ":" + server.port() + "/  (Ctrl-C stops)");
        stopped.await();
        return 0;
    }
}
