package org.sitrep.cli;

import org.sitrep.screen.input.Schemas;

import java.util.List;

/** The kinds of party {@code compare} and {@code screen} accept (FollowTheMoney schema names). */
final class ScreenSchemas {

    static final List<String> NAMES = Schemas.NAMES;
    /** What a comparison is reported as when no schema was given: FollowTheMoney's any-party schema. */
    static final String UNKNOWN = "LegalEntity";

    private ScreenSchemas() {
    }

    /** The schema name with its usual capitals, or null when {@code value} is not one. */
    static String canonical(String value) {
        return Schemas.canonical(value);
    }
}
