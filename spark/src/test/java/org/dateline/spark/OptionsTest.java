package org.dateline.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.dateline.pipeline.InputFormat;
import org.junit.jupiter.api.Test;

/** The job's command line, checked before any cluster is asked for. */
class OptionsTest {
    @Test
    void helpListsEveryInputKind() {
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            DatelineJob.main(new String[] {"--help"});
        } finally {
            System.setOut(out);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("--input-kind text|jsonl|warc")
            .contains("warc: WARC or ARC files, gzipped or not");
    }

    @Test
    void warcIsAnInputKind() {
        var o = DatelineJob.Options.parse("--input", "s3a://crawl/*.warc.gz", "--output", "out", "--input-kind", "warc");
        assertThat(o.inputKind()).isEqualTo("warc");
        assertThat(DocumentSource.named("warc")).isInstanceOf(FileDocuments.class);
    }

    @Test
    void anUnknownKindOrFormatFailsWithWhatIsAllowed() {
        assertThatThrownBy(() -> DatelineJob.Options.parse("--input", "in", "--output", "out", "--input-kind", "arc"))
            .hasMessageContaining("text,jsonl,warc");
        assertThatThrownBy(() -> DatelineJob.Options.parse("--input", "in", "--output", "out", "--as", "warc"))
            .hasMessageContaining("auto, page, body or html");
        assertThat(DatelineJob.Options.parse("--input", "in", "--output", "out", "--as", "HTML").format())
            .isEqualTo(InputFormat.HTML);
    }

    @Test
    void localFilesAreNamedByTheirPathOthersByTheirUri() {
        assertThat(FileDocuments.name("file:/data/crawl 1.warc.gz")).isEqualTo("/data/crawl 1.warc.gz");
        assertThat(FileDocuments.name("hdfs://nn:8020/news/crawl.warc.gz")).isEqualTo("hdfs://nn:8020/news/crawl.warc.gz");
    }
}
