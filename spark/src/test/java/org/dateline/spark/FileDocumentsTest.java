package org.dateline.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FileDocumentsTest {
    @Test
    void aLocalInputIsNamedUpToItsFirstGlobPart() {
        assertThat(FileDocuments.named("/data/crawl")).containsExactly("/data/crawl");
        assertThat(FileDocuments.named("/data/crawl/")).containsExactly("/data/crawl");
        assertThat(FileDocuments.named("/data/crawl/*.warc.gz")).containsExactly("/data/crawl");
        assertThat(FileDocuments.named("file:///data/2023-*/x.warc.gz")).containsExactly("/data");
        assertThat(FileDocuments.named("/data/{a,b}/x.jsonl")).containsExactly("/data");
        assertThat(FileDocuments.named("data/crawl")).containsExactly(Path.of("data/crawl").toAbsolutePath().toString());
    }

    @Test
    void otherFileSystemsKeepTheirUris() {
        assertThat(FileDocuments.named("s3a://crawl/2023/*.warc.gz")).isEmpty();
        assertThat(FileDocuments.named("hdfs://nn/news")).isEmpty();
    }
}
