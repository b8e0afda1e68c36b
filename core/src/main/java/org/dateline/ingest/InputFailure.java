package org.dateline.ingest;

/** An input that could not be read or analysed: its name and a reason a person can act on. */
public record InputFailure(String path, String reason) implements Ingested {
    @Override
    public String toString() {
        return path + ": " + reason;
    }
}
