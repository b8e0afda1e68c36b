package org.dateline.spark;

import java.io.Serializable;

/**
 * One input as it travels to an executor: where it came from and its bytes, plus what a JSON
 * Lines record already says about it (null otherwise). Serializable because Spark ships it.
 *
 * @param format "text", "html" or "jsonl": how {@link Chain} reads the bytes
 */
public record InputDoc(String path, String format, byte[] bytes, String url, String title, String published)
    implements Serializable {
    public static InputDoc file(String path, byte[] bytes) {
        return new InputDoc(path, "text", bytes, null, null, null);
    }
}
