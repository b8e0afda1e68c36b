package org.dateline.nlp;

import java.time.LocalDate;

/**
 * What the pipeline needs from language processing: a text in, an {@link AnnotatedText} out. The
 * pipeline is given one rather than reaching for a global, so that it can run over another
 * annotator (a test's, a cached one) without loading CoreNLP.
 */
@FunctionalInterface
public interface Annotator {
    /**
     * Annotates {@code text}; relative dates are normalised against {@code documentDate} (may be
     * null). Only sentences the filter asks for need be parsed.
     */
    AnnotatedText annotate(String text, LocalDate documentDate, ParseFilter filter);
}
