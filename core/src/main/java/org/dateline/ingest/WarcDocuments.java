package org.dateline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import org.dateline.model.InputRef;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The HTML responses of a WARC or ARC file, one document each, with the record's place in the file
 * ({@code input.warc}: offset and length in the file as stored, compressed or not) so a replay tool
 * or {@code WarcReader.position(offset)} reads it again. Other records (requests, metadata, images,
 * redirects and errors) are skipped: they are not articles.
 *
 * <p>A record's length is only known once the next one starts, so each response is held until its
 * successor's offset is read; only that one payload is in memory at a time. Broken data (a file cut
 * short, junk between records) ends the file with one failure named by the offset from which
 * nothing more came out; every record before it still comes out, the one whose successor could not
 * be read included.
 */
final class WarcDocuments extends DocumentStream {
    private final String name;
    private final WarcReader reader;
    private WarcRecord held;
    private long heldOffset;
    /** Where the last record started; jwarc must move past it, or the file is given up. */
    private long lastStart = -1;
    /** Why and where reading stopped before the end of the file; reported once it is reached. */
    private InputFailure broken;
    private long brokenAt;
    private boolean ended;

    WarcDocuments(String name, WarcReader reader) {
        this.name = name;
        this.reader = reader;
    }

    @Override
    protected String name() {
        return name;
    }

    @Override
    protected Ingested read() {
        if (ended) {
            return null;
        }
        while (true) {
            WarcRecord record = held;
            long offset = heldOffset;
            held = null;
            if (record == null) {
                // The record before (if any) was skipped: it may be the one that broke, so it is named.
                Optional<WarcRecord> next = broken != null ? Optional.empty() : advance(lastStart);
                if (next.isEmpty()) {
                    ended = true;
                    return broken;
                }
                record = next.get();
                offset = reader.position();
            }
            if (offset <= lastStart) {
                return stall(offset);
            }
            lastStart = offset;
            if (!(record instanceof WarcResponse response) || !isHtml(response)) {
                continue;
            }
            Ingested doc = document(response, offset);
            Optional<WarcRecord> next = advance(-1);
            if (next.isPresent()) {
                held = next.get();
                heldOffset = reader.position();
            }
            long end = next.isPresent() ? heldOffset : broken == null ? reader.position() : brokenAt;
            if (broken != null && end <= offset) {
                // The break is inside this very record: it is the failure, whatever of it was read.
                ended = true;
                return broken;
            }
            if (doc instanceof RawDocument raw) {
                return new RawDocument(new InputRef(name, Container.WARC.recordFormat(), new InputRef.Warc(name, offset, end - offset)),
                    raw.bytes(), raw.payload(), raw.meta());
            }
            return doc;
        }
    }

    /**
     * The next record, or none at the end of the file or at broken data. The break is named by
     * {@code skipped}, the start of a record that was read but gave nothing, when there is one;
     * otherwise by jwarc's position after the error, which is where the unreadable record or the
     * junk starts (or, on some cut gzip members, where the data ends).
     */
    private Optional<WarcRecord> advance(long skipped) {
        try {
            return reader.next();
        } catch (IOException | RuntimeException e) {
            brokenAt = skipped >= 0 ? skipped : reader.position();
            broken = new InputFailure(name + "@" + brokenAt, Failures.reason(e) + "; rest of the file skipped");
            return Optional.empty();
        }
    }

    /**
     * jwarc (0.31 to 0.36 at least) hands back records at the same place forever on some malformed
     * files, which the fuzzer found: the rest of such a file becomes one named failure.
     */
    private Ingested stall(long offset) {
        ended = true;
        return new InputFailure(name + "@" + offset, "WARC reader made no progress at offset " + offset
            + " (malformed record?); rest of the file skipped");
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
        reader.close();
    }
}
