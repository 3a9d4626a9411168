package org.sitrep.cli;

import java.util.List;
import java.util.Locale;

/** The kinds of party {@code compare} and {@code screen} accept (FollowTheMoney schema names). */
final class ScreenSchemas {

    static final List<String> NAMES = List.of("Person", "Organization", "Company", "LegalEntity", "PublicBody",
            "Vessel", "Airplane");
    /** What a comparison is reported as when no schema was given: FollowTheMoney's any-party schema. */
    static final String UNKNOWN = "LegalEntity";

    private ScreenSchemas() {
    }

    /** The schema name with its usual capitals, or null when {@code value} is not one. */
    static String canonical(String value) {
        if (value == null) {
            return null;
        }
        String wanted = value.trim().toLowerCase(Locale.ROOT).replace("organisation", "organization");
        for (String name : NAMES) {
            if (name.toLowerCase(Locale.ROOT).equals(wanted)) {
                return name;
            }
        }
        return null;
    }

    /** Whether {@code value} is a date of birth as the contract writes it: YYYY, YYYY-MM or YYYY-MM-DD. */
    static boolean isBirthDate(String value) {
        if (!value.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            return false;
        }
        try {
            if (value.length() == 10) {
                java.time.LocalDate.parse(value);
            } else if (value.length() == 7) {
                java.time.YearMonth.parse(value);
            }
            return true;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }
}
