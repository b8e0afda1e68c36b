package org.dateline.model;

import java.util.List;

/** A value outside a closed vocabulary; its message names the values that are allowed. */
public final class UnknownValueException extends IllegalArgumentException {
    private final String what;
    private final List<String> allowed;

    public UnknownValueException(String what, String value, List<String> allowed) {
        super("unknown " + what + " '" + value + "'; allowed: " + String.join(", ", allowed));
        this.what = what;
        this.allowed = List.copyOf(allowed);
    }

    /** The vocabulary's name as the message gives it, e.g. {@code event type}. */
    public String what() {
        return what;
    }

    public List<String> allowed() {
        return allowed;
    }
}
