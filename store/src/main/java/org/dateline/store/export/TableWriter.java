package org.dateline.store.export;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** Writes the rows of one table to one file. */
interface TableWriter extends Closeable {
    void write(List<Object> values) throws IOException;
}
