package org.dateline.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.dateline.analyze.date.DateResolver;
import org.dateline.analyze.entity.EntityAnalyzer;
import org.dateline.analyze.event.EventAnalyzer;
import org.dateline.analyze.statement.StatementAnalyzer;
import org.dateline.model.Article;
import org.dateline.model.ArticleRecord;
import org.dateline.model.DateFact;
import org.dateline.model.Entity;
import org.dateline.model.Event;
import org.dateline.model.Statement;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Annotator;
import org.dateline.nlp.CoreNlpAnnotator;
import org.dateline.nlp.NlpConfig;
import org.dateline.nlp.ParseFilter;

/**
 * The chain from an extracted article to its contract record: nlp, then each analysis stage.
 * Thread-safe; build one and share it.
 */
public final class Pipeline {
    private final Loaded nlp;
    private final EntityAnalyzer entities;
    private final DateResolver dates;
    private final StatementAnalyzer statements;
    private final EventAnalyzer events;
    /**
     * Statements, events and the entity stage's capital rule each name the sentences they need
     * parsed; any one is enough.
     */
    private final ParseFilter parseFilter;

    /**
     * Over the JVM's shared CoreNLP pipeline for {@code config}, loaded at the first article to
     * analyse: an ingest that finds every input stored (a second {@code dateline demo}) never waits
     * for the models.
     */
    public Pipeline(NlpConfig config) {
        this(() -> CoreNlpAnnotator.shared(config));
    }

    /** Over the given annotator: the analysis stages do not care where the annotation comes from. */
    public Pipeline(Annotator nlp) {
        this(() -> nlp);
    }

    /** Over the annotator {@code nlp} gives, asked once, at the first article or at {@link #load()}. */
    Pipeline(Supplier<Annotator> nlp) {
        this.nlp = new Loaded(nlp);
        this.entities = EntityAnalyzer.standard();
        this.dates = new DateResolver();
        this.statements = new StatementAnalyzer();
        this.events = new EventAnalyzer();
        ParseFilter said = statements.parseFilter();
        ParseFilter happened = events.parseFilter();
        ParseFilter capitals = entities.parseFilter();
        this.parseFilter = (text, sentence) -> said.wantsParse(text, sentence) || happened.wantsParse(text, sentence)
            || capitals.wantsParse(text, sentence);
    }

    /** The pipeline most commands use. */
    public static Pipeline standard() {
        return new Pipeline(NlpConfig.DEFAULT);
    }

    public ArticleRecord analyze(Article article) {
        List<String> warnings = new ArrayList<>(article.warnings());
        if (!"en".equals(article.language())) {
            warnings.add("language '" + article.language() + "' is not English: no language analysis");
            return ArticleRecord.of(article, List.of(), List.of(), List.of(), List.of(), warnings);
        }
        if (article.published() == null) {
            warnings.add("no published time: relative dates are left unresolved");
        }
        LocalDate documentDate = article.published() == null ? null : article.published().date();
        AnnotatedText text = nlp.get().annotate(article.text(), documentDate, parseFilter);
        // A text cut or split by the language stage's bounds: the record says so, never silently.
        warnings.addAll(text.notes());
        List<Entity> found = entities.analyze(text, article.source().name(), documentDate);
        List<DateFact> resolved = dates.resolve(text, article.published());
        List<Statement> said = statements.analyze(text, found, resolved, article.published());
        List<Event> happened = events.analyze(text, found, resolved, said, article.published());
        return ArticleRecord.of(article, found, resolved, said, happened, warnings);
    }

    /** Loads the language models now, for a caller that times articles and must not time the load. */
    public void load() {
        nlp.get();
    }

    /** The annotator, asked of its supplier once, by whichever thread needs it first. */
    private static final class Loaded {
        private final Supplier<Annotator> supplier;
        private volatile Annotator annotator;

        Loaded(Supplier<Annotator> supplier) {
            this.supplier = supplier;
        }

        Annotator get() {
            Annotator a = annotator;
            if (a == null) {
                synchronized (this) {
                    a = annotator;
                    if (a == null) {
                        a = annotator = supplier.get();
                    }
                }
            }
            return a;
        }
    }
}
