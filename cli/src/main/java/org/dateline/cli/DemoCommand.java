package org.dateline.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.pipeline.InputFormat;
import org.dateline.server.ApiServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dateline demo}: ingest the bundled sample corpus, then serve it. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    header = "Ingest the sample corpus and serve it on http://127.0.0.1:7070/.",
    description = {"Ingest the bundled sample corpus (examples/demo/articles: the seed article and sample articles written "
        + "for the project) into a store and serve it on http://127.0.0.1:7070/. A second run skips the analysis."})
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "dateline-demo-data", description = "Default: ./${DEFAULT-VALUE}.")
    Path storeDir;

    @Option(names = "--corpus", paramLabel = "DIR", description = "The corpus folder. Default: examples/demo/articles of this checkout.")
    Path corpus;

    @Option(names = "--port", defaultValue = "" + ApiServer.DEFAULT_PORT, description = "Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--no-serve", description = "Ingest only (for scripts and tests).")
    boolean noServe;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path dir = corpus != null ? corpus : findCorpus();
        if (dir == null || !Files.isDirectory(dir)) {
            System.err.println("dateline demo: no corpus folder found; pass --corpus DIR (examples/demo/articles in the repository)");
            return 2;
        }
        var summary = IngestCommand.ingest(storeDir, List.of(dir.toString()), InputFormat.AUTO, null,
            Runtime.getRuntime().availableProcessors(), System.err);
        if (noServe) {
            return summary.failures().isEmpty() ? 0 : 1;
        }
        StoreOption store = new StoreOption();
        store.dir = storeDir;
        return ServeCommand.serve(store, ApiServer.DEFAULT_HOST, port, List.of());
    }

    /** examples/demo under the working folder, else beside the checkout the jar was built in. */
    static Path findCorpus() {
        Path here = Path.of("examples", "demo", "articles");
        if (Files.isDirectory(here)) {
            return here;
        }
        try {
            Path jar = Path.of(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = jar.getParent(); p != null; p = p.getParent()) {
                if (Files.isDirectory(p.resolve("examples/demo/articles"))) {
                    return p.resolve("examples/demo/articles");
                }
            }
        } catch (java.net.URISyntaxException | SecurityException e) {
            // fall through
        }
        return null;
    }
}
