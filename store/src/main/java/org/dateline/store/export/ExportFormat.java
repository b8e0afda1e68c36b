package org.dateline.store.export;

import java.util.Locale;

/** The {@code --format} of {@code dateline export}. */
public enum ExportFormat {
    JSONL, CSV, PARQUET;

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ExportFormat parse(String s) {
        return valueOf(s.strip().toUpperCase(Locale.ROOT));
    }
}
