/** The ingest stage: named inputs to {@link org.dateline.ingest.RawDocument}s. Knows nothing of language. */
package org.dateline.ingest;
