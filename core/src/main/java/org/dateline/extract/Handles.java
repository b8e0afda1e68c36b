package org.dateline.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Social-media handles as pages print them: "@SabinaMmdl", never the "@" inside an e-mail address. */
final class Handles {
    static final Pattern HANDLE = Pattern.compile("(?<![\\p{L}\\p{N}_@.])@([A-Za-z0-9_]{1,30})(?![A-Za-z0-9_@.]*[A-Za-z0-9_])");

    private Handles() {}

    static Optional<String> first(String text) {
        Matcher m = HANDLE.matcher(text);
        return m.find() ? Optional.of("@" + m.group(1)) : Optional.empty();
    }
}
