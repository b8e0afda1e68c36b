package org.dateline.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.dateline.extract.HtmlExtractor;
import org.dateline.model.InputRef;
import org.netpreserve.jwarc.WarcReader;

/**
 * The readers that take untrusted bytes must fail only as {@link InputFailure}s or
 * {@link InputException}s, never with an exception that escapes them. In {@code mvn test} these
 * replay the kept inputs under {@code ReadersFuzzTestInputs/} (every crash found is kept there as a
 * regression); {@code JAZZER_FUZZ=1 mvn test -pl core -Dtest=ReadersFuzzTest} fuzzes for real.
 */
class ReadersFuzzTest {
    private static final HtmlExtractor HTML = new HtmlExtractor();

    @FuzzTest(maxDuration = "60s")
    void html(byte[] data) {
        try {
            TextDecoder.Decoded page = HtmlCharset.decode(data, null);
            HTML.extract(InputRef.of("fuzz", InputRef.Format.HTML), page.text());
        } catch (InputException e) {
            // refused with a reason: fine
        }
    }

    @FuzzTest(maxDuration = "60s")
    void feed(byte[] data) throws IOException {
        try {
            drain(FeedDocuments.read("fuzz", data));
        } catch (InputException e) {
            // refused with a reason: fine
        }
    }

    @FuzzTest(maxDuration = "60s")
    void warc(byte[] data) throws IOException {
        WarcReader reader;
        try {
            reader = new WarcReader(new ByteArrayInputStream(data));
        } catch (IOException e) {
            return; // InputSources reports this as "cannot read"
        }
        drain(new WarcDocuments("fuzz", reader));
    }

    @FuzzTest(maxDuration = "60s")
    void sniffAndOpen(byte[] data) throws IOException {
        drain(new InputSources(new ByteArrayInputStream(data)).open("-", null));
    }

    private static void drain(DocumentStream docs) throws IOException {
        try (docs) {
            while (docs.hasNext()) {
                docs.next();
            }
        }
    }
}
