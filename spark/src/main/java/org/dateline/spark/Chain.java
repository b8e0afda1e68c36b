package org.dateline.spark;

import java.nio.charset.StandardCharsets;
import org.dateline.ingest.InputException;
import org.dateline.ingest.RawDocument;
import org.dateline.json.RecordJson;
import org.dateline.model.Article;
import org.dateline.model.InputRef;
import org.dateline.model.Published;
import org.dateline.pipeline.Extraction;
import org.dateline.pipeline.InputFormat;
import org.dateline.pipeline.Pipeline;

/**
 * The CLI's extract → nlp → analyze chain, once per executor JVM: CoreNLP's models take tens of
 * seconds and gigabytes to load, so every task on the executor shares the one pipeline (it is
 * thread-safe) instead of building its own.
 */
final class Chain {
    private static Chain shared;

    private final Extraction extraction = new Extraction();
    private final Pipeline pipeline = Pipeline.standard();

    /** One input's result: the contract record as a JSON line, or why there is none. */
    record Result(String path, String json, String error) {}

    static synchronized Chain get() {
        if (shared == null) {
            shared = new Chain();
        }
        return shared;
    }

    Result run(InputDoc doc, InputFormat format) {
        try {
            Article article = doc.format().equals("jsonl") ? fromJsonLine(doc) : extraction.extract(
                new RawDocument(InputRef.of(doc.path(), format.contractName()), doc.bytes()), format, null);
            return new Result(doc.path(), RecordJson.toLine(pipeline.analyze(article)), null);
        } catch (InputException e) {
            return new Result(doc.path(), null, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // As in the CLI's batch: a defect or an input beyond the analysers' limits fails this input only.
            return new Result(doc.path(), null, "analysis failed: " + e);
        }
    }

    private static Article fromJsonLine(InputDoc doc) throws InputException {
        String text = new String(doc.bytes(), StandardCharsets.UTF_8);
        if (text.isBlank()) {
            throw new InputException("no article text (a JSON object with \"text\" expected)");
        }
        Article body = Article.bodyOnly(new InputRef(doc.path(), "jsonl", null), text);
        Article article = new Article(body.input(), doc.url(), body.source(), doc.title(), body.authors(), null,
            body.language(), body.text(), body.warnings());
        if (doc.published() != null) {
            try {
                article = article.withPublished(Published.parse(doc.published()));
            } catch (RuntimeException e) {
                article = article.withWarning("unreadable published time '" + doc.published() + "'");
            }
        }
        return article;
    }
}
