package org.dateline.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.json.RecordJson;
import org.dateline.model.AcledEventType;
import org.dateline.model.AcledSubEventType;
import org.dateline.model.EventType;
import org.dateline.model.Factuality;
import org.dateline.model.Sector;
import org.dateline.store.Store;
import org.dateline.store.query.ArticleHit;
import org.dateline.store.query.Filters;
import org.dateline.store.query.SearchResult;
import org.dateline.store.query.StatementView;
import org.dateline.store.query.StoreQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline search}: full text with filters over the store. */
@Command(name = "search", mixinStandardHelpOptions = true,
    header = "Search stored articles and statements.",
    description = {"Search stored articles and statements. Words must all match; \"quotes\" for phrases, -word to exclude.",
        "word~ is fuzzy (1 edit in words of 3-5 letters, 2 in longer ones), wor* a prefix (3 letters at least, its 64 "
            + "most frequent words), \"a b\"~N near (N at most 10); at most three fuzzy or prefix words per query."})
final class SearchCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "QUERY",
        description = "The words; omit to list by filters only. A query that starts with -word goes after --"
            + " (dateline search -- \"-mining protest\"), or it is read as an option.")
    String query;

    @Mixin
    StoreOption store;

    @Option(names = "--type", paramLabel = "TYPE", converter = VocabularyOption.EventTypes.class,
        completionCandidates = VocabularyOption.EventTypeNames.class,
        description = "PLOVER event type, any case (repeatable): ${COMPLETION-CANDIDATES}.")
    List<EventType> types = new ArrayList<>();

    @Option(names = "--actor", paramLabel = "ACTOR", description = "Actor name, code (AZE, IGO) or key (repeatable).")
    List<String> actors = new ArrayList<>();

    @Option(names = "--source", paramLabel = "OUTLET", description = "Outlet name (repeatable).")
    List<String> sources = new ArrayList<>();

    @Option(names = "--factuality", paramLabel = "F", converter = VocabularyOption.Factualities.class,
        completionCandidates = VocabularyOption.FactualityNames.class,
        description = "Event factuality, any case (repeatable): ${COMPLETION-CANDIDATES}.")
    List<Factuality> factualities = new ArrayList<>();

    @Option(names = "--sector", paramLabel = "SECTOR", converter = VocabularyOption.Sectors.class,
        completionCandidates = VocabularyOption.SectorNames.class,
        description = "Articles with an actor of this sector (an event's actor or recipient, a speaker), any case "
            + "(repeatable): ${COMPLETION-CANDIDATES}.")
    List<Sector> sectors = new ArrayList<>();

    @Option(names = "--acled", paramLabel = "TYPE", converter = VocabularyOption.AcledEventTypes.class,
        completionCandidates = VocabularyOption.AcledEventTypeNames.class,
        description = "Articles with an event of this ACLED event type, any case; quote names with spaces "
            + "(repeatable): ${COMPLETION-CANDIDATES}.")
    List<AcledEventType> acled = new ArrayList<>();

    @Option(names = "--acled-sub-event", paramLabel = "SUBTYPE", converter = VocabularyOption.AcledSubEventTypes.class,
        completionCandidates = VocabularyOption.AcledSubEventTypeNames.class,
        description = "Articles with an event of this ACLED sub-event type, any case (repeatable): "
            + "${COMPLETION-CANDIDATES}.")
    List<AcledSubEventType> acledSubEvents = new ArrayList<>();

    @Option(names = "--from", paramLabel = "DATE", description = "First day, e.g. 2023-02-01.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day, inclusive.")
    LocalDate to;

    @Option(names = "--limit", defaultValue = "10", description = "Hits to show (at most 100). Default: ${DEFAULT-VALUE}.")
    int limit;

    @Option(names = "--json", description = "Print the API's JSON answer instead of text.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        StoreQuery q;
        try {
            q = new StoreQuery(query, new Filters(types, actors, sources, factualities, sectors, acled,
                acledSubEvents, from, to), 0, limit);
        } catch (IllegalArgumentException e) {
            System.err.println("dateline search: " + e.getMessage());
            return 2;
        }
        SearchResult r;
        try (Store s = Store.open(store.dir)) {
            r = s.search(q);
        }
        if (json) {
            out.println(RecordJson.mapper().writer().with(Terminal.JSON).writeValueAsString(r));
            return 0;
        }
        // Titles, outlets, snippets and quotes are the articles' words: hostile text that must not drive the terminal.
        // "about": a very common query on a large store is counted on a sample (docs/CONTRACT.md)
        out.println((r.estimated() ? "about " : "") + r.total() + (r.total() == 1 ? " article" : " articles"));
        for (ArticleHit h : r.hits()) {
            out.println();
            out.println(h.title() == null ? "(untitled)" : Terminal.line(h.title()));
            String published = h.published() == null ? null : h.published().toIso();
            out.println("  " + String.join(" · ", nonNull(Terminal.line(h.source()), published, h.id().substring(0, 12))));
            out.println("  " + Terminal.line(h.snippet()));
            for (StatementView v : h.statements()) {
                out.println("  > " + (v.speaker() == null ? "unnamed source" : Terminal.line(v.speaker().name())) + ": "
                    + Terminal.line(v.statement().content().text()));
            }
        }
        return 0;
    }

    private static List<String> nonNull(String... values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }
}
