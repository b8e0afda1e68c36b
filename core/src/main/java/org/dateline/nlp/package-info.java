/**
 * The nlp stage: the only package that imports CoreNLP ({@code edu.stanford}). It turns text into
 * {@link org.dateline.nlp.AnnotatedText}, Dateline's own immutable view with code-point offsets.
 *
 * <p>Only {@link org.dateline.nlp.CoreNlpAnnotator} and its helpers touch CoreNLP; the pipeline
 * reaches it through {@link org.dateline.nlp.Annotator}. What the analysis stages read is free of
 * it: the annotated text, its tokens and sentences, each sentence's
 * {@link org.dateline.nlp.DependencyTree} (built once, shared by the stages), and
 * {@link org.dateline.nlp.TokenSpan}, a view of a token range with its text, offsets and head.
 */
package org.dateline.nlp;
