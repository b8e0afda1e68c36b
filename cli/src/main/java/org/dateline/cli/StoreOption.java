package org.dateline.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option every store command shares. */
final class StoreOption {
    static final String DEFAULT = "dateline-data";

    @Option(names = "--store", paramLabel = "DIR", defaultValue = DEFAULT,
        description = "The store folder (an embedded Lucene index). Default: ./${DEFAULT-VALUE}.")
    Path dir;
}
