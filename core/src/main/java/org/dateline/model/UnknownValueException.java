package org.dateline.model;

import java.util.List;

/** A value outside a closed vocabulary; its message names the values that are allowed. */
public final class UnknownValueException extends IllegalArgumentException {
    public UnknownValueException(String what, String value, List<String> allowed) {
        super("unknown " + what + " '" + value + "'; allowed: " + String.join(", ", allowed));
    }
}
