package org.dateline.cli.bench;

/** What one system did over the timed articles: totals, from which the rates follow. */
public final class Measure {
    private final String name;
    private int articles;
    private long tokens;
    private long nanos;
    private long peakHeapBytes;

    public Measure(String name) {
        this.name = name;
    }

    void add(long tokenCount, long elapsedNanos, long heapBytes) {
        articles++;
        tokens += tokenCount;
        nanos += elapsedNanos;
        peakHeapBytes = Math.max(peakHeapBytes, heapBytes);
    }

    public String name() {
        return name;
    }

    public int articles() {
        return articles;
    }

    public long tokens() {
        return tokens;
    }

    public double seconds() {
        return nanos / 1e9;
    }

    public double articlesPerSecond() {
        return articles / seconds();
    }

    public double tokensPerSecond() {
        return tokens / seconds();
    }

    public long peakHeapBytes() {
        return peakHeapBytes;
    }
}
