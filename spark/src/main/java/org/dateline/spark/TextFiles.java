package org.dateline.spark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/** Every file under the path is one article (text or HTML); gzip content is unpacked, as in the CLI. */
final class TextFiles implements DocumentSource {
    @Override
    public JavaRDD<InputDoc> read(JavaSparkContext spark, String path) {
        return spark.binaryFiles(path).map(f -> InputDoc.file(f._1(), gunzipped(f._2().toArray())));
    }

    static byte[] gunzipped(byte[] bytes) {
        if (bytes.length < 2 || (bytes[0] & 0xFF) != 0x1F || (bytes[1] & 0xFF) != 0x8B) {
            return bytes;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
