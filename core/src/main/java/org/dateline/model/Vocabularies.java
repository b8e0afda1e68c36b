package org.dateline.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Looking up a vocabulary value by its wire name, naming the allowed ones when it is not there,
 * and writing values back as wire names. Each vocabulary is indexed once, on first use: every
 * stored record read back passes its values through here.
 */
public final class Vocabularies {
    /** A vocabulary's values by wire name, exact and lower-cased, and its wire names in declaration order. */
    private record Index(Map<String, Object> exact, Map<String, Object> anyCase, List<String> names) {}

    private static final ClassValue<Index> INDEX = new ClassValue<>() {
        @Override
        protected Index computeValue(Class<?> type) {
            Map<String, Object> exact = new HashMap<>();
            Map<String, Object> anyCase = new HashMap<>();
            for (Object value : type.getEnumConstants()) {
                String name = ((WireName) value).wireName();
                exact.put(name, value);
                anyCase.put(name.toLowerCase(Locale.ROOT), value);
            }
            List<String> names = Arrays.stream(type.getEnumConstants()).map(v -> ((WireName) v).wireName()).toList();
            return new Index(Map.copyOf(exact), Map.copyOf(anyCase), names);
        }
    };

    private Vocabularies() {}

    /** The exact wire name's value: what JSON readers use, so a stored record holds nothing else. */
    public static <E extends Enum<E> & WireName> E fromWire(Class<E> type, String name, String what) {
        Object value = name == null ? null : INDEX.get(type).exact().get(name);
        if (value == null) {
            throw new UnknownValueException(what, name, wireNames(type));
        }
        return type.cast(value);
    }

    /**
     * The value whose wire name matches in any case: what people type ({@code protest},
     * {@code Asserted}) on the command line and in API queries.
     */
    public static <E extends Enum<E> & WireName> E fromWireIgnoringCase(Class<E> type, String name, String what) {
        Object value = name == null ? null : INDEX.get(type).anyCase().get(name.strip().toLowerCase(Locale.ROOT));
        if (value == null) {
            throw new UnknownValueException(what, name, wireNames(type));
        }
        return type.cast(value);
    }

    /** Every wire name of the vocabulary, in declaration order. */
    public static <E extends Enum<E> & WireName> List<String> wireNames(Class<E> type) {
        return INDEX.get(type).names();
    }

    /** The value's wire name, or null for no value: how tables and index fields write it. */
    public static String wireName(WireName value) {
        return value == null ? null : value.wireName();
    }

    /** The values' wire names, in order. */
    public static List<String> wireNames(List<? extends WireName> values) {
        return values.stream().map(WireName::wireName).toList();
    }
}
