package org.dateline.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Looking up a vocabulary value by its wire name, and naming the allowed ones when it is not there. */
public final class Vocabularies {
    private Vocabularies() {}

    /** The exact wire name's value: what JSON readers use, so a stored record holds nothing else. */
    public static <E extends Enum<E> & WireName> E fromWire(Class<E> type, String name, String what) {
        for (E e : type.getEnumConstants()) {
            if (e.wireName().equals(name)) {
                return e;
            }
        }
        throw new UnknownValueException(what, name, wireNames(type));
    }

    /**
     * The value whose wire name matches in any case: what people type ({@code protest},
     * {@code Asserted}) on the command line and in API queries.
     */
    public static <E extends Enum<E> & WireName> E fromWireIgnoringCase(Class<E> type, String name, String what) {
        String folded = name.strip().toLowerCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.wireName().toLowerCase(Locale.ROOT).equals(folded)) {
                return e;
            }
        }
        throw new UnknownValueException(what, name, wireNames(type));
    }

    /** Every wire name of the vocabulary, in declaration order. */
    public static <E extends Enum<E> & WireName> List<String> wireNames(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(WireName::wireName).toList();
    }
}
