/**
 * The nlp stage: the only package that imports CoreNLP ({@code edu.stanford}). It turns text into
 * {@link org.dateline.nlp.AnnotatedText}, Dateline's own immutable view with code-point offsets.
 */
package org.dateline.nlp;
