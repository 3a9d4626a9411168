package org.sitrep.extract;

/**
 * Where an event happened.
 *
 * @param entity    the id of the entity naming the place, or null
 * @param name      the place's name: the gazetteer's canonical spelling if it has one, else as written
 * @param country   ISO 3166-1 alpha-2 code, or null when unresolved
 * @param lat       latitude, or null when unresolved
 * @param lon       longitude, or null when unresolved
 * @param precision {@code exact|town|district|province|country|unknown}
 */
public record Location(String entity, String name, String country, Double lat, Double lon, String precision) {
}
