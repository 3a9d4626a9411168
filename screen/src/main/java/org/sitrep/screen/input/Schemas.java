package org.sitrep.screen.input;

import java.util.List;
import java.util.Locale;

/** The kinds of party a query may be (FollowTheMoney schema names), as the CLI, the web app and the API take them. */
public final class Schemas {

    public static final List<String> NAMES = List.of("Person", "Organization", "Company", "LegalEntity", "PublicBody",
            "Vessel", "Airplane");

    private Schemas() {
    }

    /** The schema name with its usual capitals, or null when {@code value} is not one. */
    public static String canonical(String value) {
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
}
