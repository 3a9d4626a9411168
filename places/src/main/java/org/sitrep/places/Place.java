package org.sitrep.places;

import java.util.Locale;

/**
 * A place a name was resolved to.
 *
 * @param name       the place's own name (GeoNames spelling, or the country's English name)
 * @param country    ISO 3166-1 alpha-2 code
 * @param latitude   WGS84 degrees
 * @param longitude  WGS84 degrees
 * @param precision  what the coordinates stand for
 * @param geonamesId the GeoNames id, or null for places from the alias layer and countries
 * @param population GeoNames population (0 when unknown)
 */
public record Place(String name, String country, double latitude, double longitude, Precision precision,
                    String geonamesId, long population) {

    /** How precise a location is; labels as in the extraction contract. */
    public enum Precision {
        EXACT, TOWN, DISTRICT, PROVINCE, COUNTRY, UNKNOWN;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Precision parse(String label) {
            return valueOf(label.strip().toUpperCase(Locale.ROOT));
        }
    }

    /** The same place standing for a wider area, e.g. a provincial capital standing for its province. */
    public Place withPrecision(Precision wider) {
        return new Place(name, country, latitude, longitude, wider, geonamesId, population);
    }
}
