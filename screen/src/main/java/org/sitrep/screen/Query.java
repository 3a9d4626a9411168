package org.sitrep.screen;

import java.util.List;

/**
 * A party to screen.
 *
 * @param id          the caller's identifier, echoed in results (may be null)
 * @param name        the name as the caller has it, in any script
 * @param schema      Person, Organization, Company, LegalEntity, ... or null when unknown
 * @param birthDate   {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, or null
 * @param country     nationality or country: ISO 3166 alpha-2 code or an English country name, or null
 * @param identifiers passport, national-id or registration numbers; an exact match is decisive
 */
public record Query(String id, String name, String schema, String birthDate, String country, List<String> identifiers) {

    public Query {
        if (name == null) {
            throw new IllegalArgumentException("a query needs a name");
        }
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    }

    /** A query by name only. */
    public static Query ofName(String name) {
        return new Query(null, name, null, null, null, List.of());
    }
}
