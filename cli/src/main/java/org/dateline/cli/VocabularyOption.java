package org.dateline.cli;

import java.util.Iterator;
import org.dateline.model.AcledEventType;
import org.dateline.model.AcledSubEventType;
import org.dateline.model.EventType;
import org.dateline.model.Factuality;
import org.dateline.model.Sector;
import org.dateline.model.UnknownValueException;
import org.dateline.model.Vocabularies;
import org.dateline.model.WireName;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Options whose values are one of the contract's vocabularies, read in any case by wire name (so
 * {@code --factuality reported} works, where picocli's own enum reading would want
 * {@code REPORTED}), and listed by wire name in help and in the usage error for an unknown value.
 * picocli makes converters and candidate lists from their classes, hence one small class each.
 */
final class VocabularyOption {
    private VocabularyOption() {}

    /** Reads one value of a vocabulary; an unknown one is a usage error (exit 2) naming the allowed. */
    abstract static class Converter<E extends Enum<E> & WireName> implements ITypeConverter<E> {
        private final Class<E> type;
        private final String what;

        Converter(Class<E> type, String what) {
            this.type = type;
            this.what = what;
        }

        @Override
        public E convert(String value) {
            try {
                return Vocabularies.fromWireIgnoringCase(type, value, what);
            } catch (UnknownValueException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** A vocabulary's wire names, for {@code ${COMPLETION-CANDIDATES}} in help and for shell completion. */
    abstract static class Names<E extends Enum<E> & WireName> implements Iterable<String> {
        private final Class<E> type;

        Names(Class<E> type) {
            this.type = type;
        }

        @Override
        public Iterator<String> iterator() {
            return Vocabularies.wireNames(type).iterator();
        }
    }

    static final class EventTypes extends Converter<EventType> {
        EventTypes() {
            super(EventType.class, "event type");
        }
    }

    static final class EventTypeNames extends Names<EventType> {
        EventTypeNames() {
            super(EventType.class);
        }
    }

    static final class Factualities extends Converter<Factuality> {
        Factualities() {
            super(Factuality.class, "factuality");
        }
    }

    static final class FactualityNames extends Names<Factuality> {
        FactualityNames() {
            super(Factuality.class);
        }
    }

    static final class Sectors extends Converter<Sector> {
        Sectors() {
            super(Sector.class, "sector");
        }
    }

    static final class SectorNames extends Names<Sector> {
        SectorNames() {
            super(Sector.class);
        }
    }

    static final class AcledEventTypes extends Converter<AcledEventType> {
        AcledEventTypes() {
            super(AcledEventType.class, "ACLED event type");
        }
    }

    static final class AcledEventTypeNames extends Names<AcledEventType> {
        AcledEventTypeNames() {
            super(AcledEventType.class);
        }
    }

    static final class AcledSubEventTypes extends Converter<AcledSubEventType> {
        AcledSubEventTypes() {
            super(AcledSubEventType.class, "ACLED sub-event type");
        }
    }

    static final class AcledSubEventTypeNames extends Names<AcledSubEventType> {
        AcledSubEventTypeNames() {
            super(AcledSubEventType.class);
        }
    }
}
