package org.dateline.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dateline.store.Store;
import org.dateline.store.export.ExportFormat;
import org.dateline.store.export.Exporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dateline export}: the store as four tables joined on article_id, and its stories, incidents and claims. */
@Command(name = "export", mixinStandardHelpOptions = true,
    header = "Write the store's articles, facts and stories as tables.",
    description = {"Write the store as four tables, articles, entities, statements and events, joined on article_id, "
        + "and four per-story tables: stories (one row per story: title, days, article_ids, sources, entity_keys, "
        + "event_types; each article's story_id), incidents (one row per incident: fused date, location, killed, "
        + "injured, article_ids, sources, the fields sources disagree on with each version), incident_reports (one "
        + "row per source's account of an incident) and claims (who asserts, denies or reports a proposition, the "
        + "framings used), one file each in the output folder.",
        "Events carry both taxonomies (type, mode; acled_disorder_type, acled_event_type, acled_sub_event_type) and "
            + "casualty counts with their words (fatalities, fatalities_text, injured, injured_text); every column is "
            + "listed in docs/CONTRACT.md (Tables).",
        "In CSV a text cell starting with =, +, -, @, tab or CR gets a leading ' so spreadsheets do not run it as a formula."})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl", description = "jsonl, csv or parquet. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "dateline-export", description = "Output folder. Default: ./${DEFAULT-VALUE}.")
    Path out;

    @Override
    public Integer call() throws IOException {
        ExportFormat f;
        try {
            f = ExportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            System.err.println("dateline export: unknown --format '" + format + "' (jsonl, csv, parquet)");
            return 2;
        }
        try (Store s = Store.open(store.dir)) {
            Map<String, Long> counts = Exporter.run(s, out, f);
            counts.forEach((table, n) -> System.err.println("dateline: " + out.resolve(table + "." + f.extension()) + ": " + n + " rows"));
        }
        return 0;
    }
}
