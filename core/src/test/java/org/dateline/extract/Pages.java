package org.dateline.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.dateline.model.Article;
import org.dateline.model.InputRef;

/** Reads the page fixtures under src/test/resources/pages/. */
final class Pages {
    private Pages() {}

    static String read(String name) {
        try (InputStream in = Pages.class.getResourceAsStream("/pages/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Article extract(String name) {
        return new PageTextExtractor().extract(InputRef.of("pages/" + name, InputRef.Format.TEXT), read(name));
    }
}
