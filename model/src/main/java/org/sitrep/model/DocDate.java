package org.sitrep.model;

import java.time.LocalDate;
import java.util.Locale;

/**
 * When a document was written, as far as anyone can tell.
 *
 * @param value     the date, or null when unknown; for coarse precisions the first day of the period
 * @param precision how much of {@code value} is meaningful
 * @param source    where the date came from
 */
public record DocDate(LocalDate value, Precision precision, Source source) {

    public enum Precision {
        DAY, WEEK, MONTH, YEAR, UNKNOWN;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Precision parse(String label) {
            return valueOf(label.toUpperCase(Locale.ROOT));
        }
    }

    /** {@code GIVEN}: by the user (e.g. {@code --date}); {@code TEXT}: read from a dateline or header; {@code NONE}: unknown. */
    public enum Source {
        GIVEN, TEXT, NONE;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Source parse(String label) {
            return valueOf(label.toUpperCase(Locale.ROOT));
        }
    }

    public static final DocDate UNKNOWN = new DocDate(null, Precision.UNKNOWN, Source.NONE);

    public DocDate {
        if (value == null && precision != Precision.UNKNOWN) {
            throw new IllegalArgumentException("a date with precision " + precision + " needs a value");
        }
    }

    public static DocDate given(LocalDate day) {
        return new DocDate(day, Precision.DAY, Source.GIVEN);
    }

    public static DocDate fromText(LocalDate value, Precision precision) {
        return new DocDate(value, precision, Source.TEXT);
    }

    public boolean isKnown() {
        return value != null;
    }

    /** ISO form cut to the precision: {@code 2016-02-25}, {@code 2016-02}, {@code 2016}, or null. */
    public String isoValue() {
        if (value == null) {
            return null;
        }
        return switch (precision) {
            case YEAR -> String.valueOf(value.getYear());
            case MONTH -> value.toString().substring(0, 7);
            default -> value.toString();
        };
    }
}
