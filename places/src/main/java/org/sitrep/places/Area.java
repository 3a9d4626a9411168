package org.sitrep.places;

/**
 * A stretch of land a name stands for, to ask whether a point lies in it: a country, a province (first-level
 * administrative division, GeoNames admin1), or a radius around a town or site.
 *
 * @param place    the place the name resolved to (for a province, its capital or a point standing for it)
 * @param kind     what sort of area
 * @param country  ISO 3166-1 alpha-2 code
 * @param admin1   GeoNames admin1 code of a province, else null
 * @param radiusKm radius around {@code place} for {@link Kind#RADIUS}, else 0
 */
public record Area(Place place, Kind kind, String country, String admin1, double radiusKm) {

    /** How an area is bounded. */
    public enum Kind {
        COUNTRY, PROVINCE, RADIUS
    }

    /** A reader's description, e.g. "Idlib province (SY)" or "within 15 km of Tadmur (SY)". */
    public String describe() {
        return switch (kind) {
            case COUNTRY -> place.name();
            case PROVINCE -> place.name() + " province (" + country + ")";
            case RADIUS -> "within " + Math.round(radiusKm) + " km of " + place.name() + " (" + country + ")";
        };
    }
}
