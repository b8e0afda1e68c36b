package org.dateline.ingest;

import java.io.InputStream;

/** Child process for {@link WarcStallTest}: drains one WARC and prints what came out. */
public final class WarcStuckMain {
    private WarcStuckMain() {}

    public static void main(String[] args) throws Exception {
        try (DocumentStream docs = new InputSources(InputStream.nullInputStream()).open(args[0], Container.WARC)) {
            while (docs.hasNext()) {
                System.out.println(docs.next());
            }
        }
        System.out.println("drained");
    }
}
