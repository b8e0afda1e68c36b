/** Wires the stages into one chain: ingest, extract, nlp, analyze. */
package org.dateline.pipeline;
