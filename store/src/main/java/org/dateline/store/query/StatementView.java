package org.dateline.store.query;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.dateline.model.Published;
import org.dateline.model.Statement;

/** A statement with what a reader needs beside it: its article and its resolved speaker (null if anonymous). */
@JsonPropertyOrder({"articleId", "title", "source", "published", "speaker", "statement"})
public record StatementView(String articleId, String title, String source, Published published,
                            EntityRef speaker, Statement statement) {}
