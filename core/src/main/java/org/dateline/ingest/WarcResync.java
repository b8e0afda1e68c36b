package org.dateline.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;

/**
 * Where a record may start again after damage in a WARC file, as far as the format allows: in a
 * WARC compressed record by record, at the next gzip member header; in an uncompressed one, at the
 * next line that opens with a WARC version. These are candidates only; the reader tries each and
 * goes on to the next when it does not read. ARC files and one-stream gzip have no such marks, and
 * a stream cannot be searched: those end at their first damage.
 */
final class WarcResync implements Closeable {
    private static final byte[] GZIP_MEMBER = {0x1F, (byte) 0x8B, 0x08};
    private static final byte[] WARC_LINE = "WARC/".getBytes(StandardCharsets.US_ASCII);
    private static final int CHUNK = 1 << 16;

    private final FileChannel file;
    private final byte[] mark;
    /** A WARC version line must open a line: the byte before it is a line feed. */
    private final boolean lineStart;

    WarcResync(FileChannel file, boolean gzip) {
        this.file = file;
        this.mark = gzip ? GZIP_MEMBER : WARC_LINE;
        this.lineStart = !gzip;
    }

    /** The first candidate at or after {@code from}, or -1 when there is none before the end of the file. */
    long next(long from) throws IOException {
        long size = file.size();
        // Each chunk starts one byte early, for the line feed before a WARC line, and overlaps the
        // next by the mark's length, so a mark across two chunks is still seen.
        ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
        for (long start = Math.max(0, from - 1); start < size; start += CHUNK - mark.length - 1) {
            buffer.clear();
            int n = 0;
            while (buffer.hasRemaining()) {
                int r = file.read(buffer, start + n);
                if (r < 0) {
                    break;
                }
                n += r;
            }
            byte[] bytes = buffer.array();
            for (int i = 0; i + mark.length <= n; i++) {
                long at = start + i;
                if (at >= from && matches(bytes, i) && (!lineStart || at == 0 || (i > 0 && bytes[i - 1] == '\n'))) {
                    return at;
                }
            }
            if (start + n >= size) {
                break;
            }
        }
        return -1;
    }

    private boolean matches(byte[] bytes, int at) {
        for (int k = 0; k < mark.length; k++) {
            if (bytes[at + k] != mark[k]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
