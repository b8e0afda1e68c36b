package org.dateline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dateline.model.InputRef;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;

/**
 * The HTML responses of a WARC or ARC file, one document each, with the record's place in the file
 * ({@code input.warc}: offset and length in the file as stored, compressed or not) so a replay tool
 * or {@code WarcReader.position(offset)} reads it again. Other records (requests, metadata, images,
 * redirects and errors) are skipped: they are not articles. See {@link WarcFiles} for how a file is
 * opened (and what a WARC gzipped as one stream gets instead).
 *
 * <p>A record's length is only known once the next one starts, so each response is held until its
 * successor's offset is read; only that one payload is in memory at a time.
 *
 * <p>Damage is named, never silent. A record that is cut (its HTTP body shorter than its
 * Content-Length, its WARC Content-Length ending short of the record, or marked
 * {@code WARC-Truncated} by the crawler) comes out with a warning saying so. Broken data (junk
 * between records, a damaged gzip member, a file cut short) is a failure named by the offset where
 * it starts; in a file, reading then resumes at the next record where the format shows one
 * ({@link WarcResync}), and the failure says how much was skipped. Every record before the damage
 * still comes out, the one whose successor could not be read included.
 */
final class WarcDocuments extends DocumentStream {
    private final String name;
    private final WarcReader reader;
    /** Null when the input cannot be searched for the next record: then damage ends it. */
    private final WarcResync resync;
    /** What every record of this file is told (a one-stream gzip's offsets, say). */
    private final List<String> fileWarnings;
    private final Deque<Ingested> out = new ArrayDeque<>();
    /** jwarc's complaints about the trailer of the record just read: its Content-Length was wrong. */
    private final List<String> trailerWarnings = new ArrayList<>();
    private Found held;
    /** Where the last record started; jwarc must move past it, or the file is searched on from there. */
    private long lastStart = -1;
    /** Candidates before this were tried already. */
    private long scanFrom;
    private boolean ended;

    private record Found(WarcRecord record, long offset) {}

    /** Where reading broke, why, and the record it resumed at (null when nothing more could be read). */
    private record Break(long at, String reason, Found resumed) {
        InputFailure failure(String name) {
            return new InputFailure(name + "@" + at, reason + (resumed == null ? "; rest of the file skipped"
                : "; skipped " + (resumed.offset() - at) + " bytes, up to the next record at offset " + resumed.offset()));
        }
    }

    WarcDocuments(String name, WarcReader reader, WarcResync resync, List<String> fileWarnings) {
        this.name = name;
        this.reader = reader;
        this.resync = resync;
        this.fileWarnings = List.copyOf(fileWarnings);
        if (reader.compression() == WarcCompression.ZSTD) {
            // jwarc reads zstd only with zstd-jni on the class path, which Dateline does not ship:
            // without it the first read threw NoClassDefFoundError, which the fuzzer found.
            out.add(new InputFailure(name, "zstd-compressed WARC: not supported; decompress it first (zstd -d)"));
            ended = true;
        }
        reader.onWarning(w -> {
            if (w.contains("trailer")) {
                trailerWarnings.add(w);
            }
        });
    }

    WarcDocuments(String name, WarcReader reader) {
        this(name, reader, null, List.of());
    }

    @Override
    protected String name() {
        return name;
    }

    @Override
    protected Ingested read() {
        while (out.isEmpty() && !ended) {
            step();
        }
        return out.poll();
    }

    /** Reads on by one record, adding what it yields (a document, failures) to {@link #out}. */
    private void step() {
        Found current = held;
        held = null;
        if (current == null) {
            current = following(lastStart);
            if (current == null) {
                ended = true;
                return;
            }
        }
        if (current.offset() <= lastStart) {
            // jwarc (0.31 to 0.36 at least) hands back records at the same place forever on some
            // malformed files, which the fuzzer found.
            Break stuck = resume(current.offset(), stalled(current.offset()));
            out.add(stuck.failure(name));
            current = stuck.resumed();
            if (current == null) {
                ended = true;
                return;
            }
        }
        lastStart = current.offset();
        if (!(current.record() instanceof WarcResponse response) || !isHtml(response)) {
            return;
        }
        long offset = current.offset();
        Ingested doc = document(response, offset);
        trailerWarnings.clear();
        Break broke = null;
        try {
            held = nextRecord();
            if (held != null && held.offset() <= offset) {
                // Stuck on this record: where it ends is unknown, so it is the failure.
                broke = resume(held.offset(), stalled(held.offset()));
                held = broke.resumed();
            }
        } catch (IOException | RuntimeException e) {
            broke = resume(reader.position(), Failures.reason(e));
            held = broke.resumed();
        }
        ended = held == null;
        if (broke != null && broke.at() <= offset) {
            // The break is inside this very record: it is the failure, whatever of it was read.
            out.add(broke.failure(name));
            return;
        }
        List<String> warnings = damage(response);
        long end = broke != null ? broke.at() : held != null ? held.offset() : reader.position();
        if (broke != null && held != null && broke.at() == held.offset()) {
            // Nothing lies between: what did not read was inside this record's own gzip member.
            warnings.add("data after the record in its gzip member is not a WARC record (" + broke.reason() + ")");
            broke = null;
        }
        out.add(placed(doc, offset, end, warnings));
        if (broke != null) {
            out.add(broke.failure(name));
        }
    }

    private static String stalled(long offset) {
        return "WARC reader made no progress at offset " + offset + " (malformed record?)";
    }

    private Found nextRecord() throws IOException {
        Optional<WarcRecord> record = reader.next();
        return record.isEmpty() ? null : new Found(record.get(), reader.position());
    }

    /**
     * The record after one that gave nothing (or the first). A break here is named by the skipped
     * record's start: its own data may be what broke, and on some cut gzip members jwarc's position
     * is already where the data ends.
     */
    private Found following(long skipped) {
        try {
            return nextRecord();
        } catch (IOException | RuntimeException e) {
            Break b = resume(skipped >= 0 ? skipped : reader.position(), Failures.reason(e));
            out.add(b.failure(name));
            return b.resumed();
        }
    }

    /** After damage at {@code at}: the next record that reads, searched for where the format allows. */
    private Break resume(long at, String reason) {
        if (resync == null) {
            return new Break(at, reason, null);
        }
        try {
            long from = Math.max(scanFrom, Math.max(lastStart + 1, at));
            for (long candidate = resync.next(from); candidate >= 0; candidate = resync.next(candidate + 1)) {
                scanFrom = candidate + 1;
                Found found = attempt(candidate);
                if (found != null) {
                    return new Break(at, reason, found);
                }
            }
        } catch (IOException | RuntimeException e) {
            // the file cannot be searched further: the rest is skipped
        }
        return new Break(at, reason, null);
    }

    private Found attempt(long candidate) {
        try {
            reader.position(candidate);
            Optional<WarcRecord> record = reader.next();
            return record.isEmpty() ? null : new Found(record.get(), candidate);
        } catch (IOException | RuntimeException e) {
            return null; // not a record after all
        }
    }

    /** What is wrong with a record that was read: cut short, or truncated by the crawler. */
    private List<String> damage(WarcResponse response) {
        List<String> warnings = new ArrayList<>(fileWarnings);
        try {
            WarcTruncationReason truncated = response.truncated();
            if (truncated != WarcTruncationReason.NOT_TRUNCATED) {
                warnings.add("WARC record truncated by the crawler (WARC-Truncated: "
                    + truncated.name().toLowerCase(Locale.ROOT) + ")");
            }
        } catch (RuntimeException e) {
            // an unreadable WARC-Truncated value says nothing either way
        }
        String cut = cutBody(response);
        if (cut != null) {
            warnings.add(cut);
        } else if (!trailerWarnings.isEmpty()) {
            warnings.add("cut or damaged WARC record: its Content-Length does not end where the record does");
        }
        return warnings;
    }

    /** A warning when the HTTP body is shorter than its Content-Length: the record was cut. */
    private static String cutBody(WarcResponse response) {
        try {
            HttpResponse http = response.http();
            Optional<String> length = http.headers().first("Content-Length");
            if (length.isEmpty() || http.headers().first("Transfer-Encoding").isPresent()) {
                return null;
            }
            long declared = Long.parseLong(length.get().strip());
            long have = http.body().size();
            return have < declared ? "cut WARC record: its HTTP body has " + have + " of the " + declared
                + " bytes its Content-Length gives" : null;
        } catch (IOException | RuntimeException e) {
            return null; // no usable Content-Length: nothing to compare
        }
    }

    private Ingested placed(Ingested doc, long offset, long end, List<String> warnings) {
        if (!(doc instanceof RawDocument raw)) {
            return doc;
        }
        ItemMeta m = raw.meta();
        List<String> all = new ArrayList<>(m.warnings());
        all.addAll(warnings);
        ItemMeta meta = new ItemMeta(m.url(), m.title(), m.published(), m.authors(), m.charset(), m.stub(), all);
        return new RawDocument(new InputRef(name, Container.WARC.recordFormat(), new InputRef.Warc(name, offset, end - offset)),
            raw.bytes(), raw.payload(), meta);
    }

    private static boolean isHtml(WarcResponse response) {
        try {
            int status = response.http().status();
            String type = response.http().contentType().base().toString().toLowerCase(Locale.ROOT);
            return status >= 200 && status < 300 && (type.contains("html"));
        } catch (IOException | IllegalArgumentException e) {
            return false; // not HTTP (DNS, gemini) or unparseable headers: not a page
        }
    }

    private Ingested document(WarcResponse response, long offset) {
        try (InputStream body = response.http().bodyDecoded().stream()) {
            byte[] bytes = body.readNBytes((int) InputSources.MAX_BYTES + 1);
            if (bytes.length > InputSources.MAX_BYTES) {
                return new InputFailure(name + "@" + offset, "response larger than "
                    + (InputSources.MAX_BYTES >> 20) + " MiB; skipped");
            }
            MediaType type = response.http().contentType();
            String charset = type.parameters().get("charset");
            ItemMeta meta = new ItemMeta(response.target(), null, null, null, charset, false);
            return new RawDocument(InputRef.of(name, Container.WARC.recordFormat()), bytes, RawDocument.Payload.HTML, meta);
        } catch (IOException | RuntimeException e) {
            return new InputFailure(name + "@" + offset, "cannot read response: " + Failures.reason(e));
        }
    }

    @Override
    public void close() throws IOException {
        try (reader) {
            if (resync != null) {
                resync.close();
            }
        }
    }
}
