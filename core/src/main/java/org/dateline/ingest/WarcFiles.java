package org.dateline.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongPredicate;
import java.util.zip.GZIPInputStream;
import org.netpreserve.jwarc.WarcReader;

/**
 * Opens a WARC or ARC file the way its compression allows.
 *
 * <p>The WARC standard compresses record by record (each record one gzip member), which is what
 * makes {@code input.warc}'s offsets seekable; jwarc reads such files, and a file on disk is read
 * through a channel so that after damage reading can resume at the next member. A whole file
 * gzipped as one stream ({@code gzip crawl.warc}, common in the wild) has no record boundaries in
 * its compressed bytes: jwarc's positions then mean nothing, and it used to stop after two records.
 * Such a file is read through one decompressing stream instead; its records come out with offsets
 * that count in the decompressed data, and each says so in a warning, since no byte range of the
 * file as stored holds one record.
 */
final class WarcFiles {
    static final String ONE_STREAM = "WARC compressed as one gzip stream, not record by record:"
        + " input.warc offset and length count in the decompressed data";

    /**
     * How much of a stream's compressed head the one-stream test may look at: enough for the first
     * two records of any usual crawl (a warcinfo, then a page), so that the test is undecided only
     * when the first record alone is larger than this compressed.
     */
    static final int STREAM_PROBE = 4 << 20;

    private WarcFiles() {}

    /**
     * The documents of a WARC whose first bytes {@code in} is at (marked, so it can be reset after
     * a look at its head). {@code file}, when given, is where {@code in} comes from.
     */
    static DocumentStream open(String name, InputStream in, Path file, boolean gzip) throws IOException {
        if (file != null) {
            in.close();
            if (gzip && !perRecord(file)) {
                return oneStream(name, Files.newInputStream(file));
            }
            WarcReader reader = new WarcReader(FileChannel.open(file));
            return new WarcDocuments(name, reader, new WarcResync(FileChannel.open(file), gzip), List.of());
        }
        if (gzip) {
            in.mark(STREAM_PROBE + 1); // a BufferedInputStream grows its buffer up to the mark's limit
            byte[] head = in.readNBytes(STREAM_PROBE);
            in.reset();
            if (!perRecord(new WarcReader(new ByteArrayInputStream(head)),
                    at -> at < head.length - 2 && startsMember(head, (int) at))) {
                return oneStream(name, in);
            }
        }
        return new WarcDocuments(name, new WarcReader(in));
    }

    private static DocumentStream oneStream(String name, InputStream compressed) throws IOException {
        return new WarcDocuments(name, new WarcReader(new GZIPInputStream(compressed, 1 << 16)), null, List.of(ONE_STREAM));
    }

    /** Whether a gzipped file is compressed record by record: its second record starts a gzip member. */
    private static boolean perRecord(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file)) {
            return perRecord(new WarcReader(channel), at -> {
                ByteBuffer three = ByteBuffer.allocate(3);
                try {
                    while (three.hasRemaining() && channel.read(three, at + three.position()) > 0) {
                        // read on until three bytes or the end
                    }
                } catch (IOException e) {
                    return false;
                }
                return !three.hasRemaining() && startsMember(three.array(), 0);
            });
        }
    }

    /**
     * Reads the first two records. Record by record, jwarc's position for the second is the start
     * of its own gzip member; in one stream it is wherever decompression had got to. A file with
     * fewer than two records, or one that does not read this far, counts as record by record: the
     * reader proper then reads or names it.
     */
    private static boolean perRecord(WarcReader probe, LongPredicate memberStartsAt) {
        try (probe) {
            if (probe.next().isEmpty() || probe.next().isEmpty()) {
                return true;
            }
            long second = probe.position();
            return second > 0 && memberStartsAt.test(second);
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    private static boolean startsMember(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) == 0x1F && (bytes[at + 1] & 0xFF) == 0x8B && bytes[at + 2] == 0x08;
    }
}
