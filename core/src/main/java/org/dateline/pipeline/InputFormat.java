package org.dateline.pipeline;

import java.util.Locale;

/** How to read an input's text: the {@code --as} option. */
public enum InputFormat {
    /** Decide per input from its content. */
    AUTO,
    /** A news page scraped as plain text, with bylines, timestamps and share lines to lift out. */
    PAGE,
    /** The article body itself, verbatim: offsets then refer to the file's own text. */
    BODY,
    /** An HTML page. */
    HTML;

    /** What AUTO makes of a text: HTML when it opens like markup, else a scraped page. */
    public static InputFormat detect(String text) {
        String head = text.stripLeading();
        head = head.substring(0, Math.min(head.length(), 1024)).toLowerCase(Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml")
            && head.contains("<html") || head.startsWith("<head") || head.startsWith("<body")) {
            return HTML;
        }
        return PAGE;
    }

    /** The contract's {@code input.format} value. */
    public String contractName() {
        return this == HTML ? "html" : "text";
    }
}
