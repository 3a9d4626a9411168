package org.sitrep.extract.place;

import org.sitrep.places.Place;

import java.util.Collection;
import java.util.Optional;

/** Turns a place name found in text into coordinates and a country. */
@FunctionalInterface
public interface PlaceResolver {

    /** Resolves nothing: locations keep their names and precision {@code unknown}. */
    PlaceResolver NONE = (name, preferred) -> Optional.empty();

    /**
     * The place {@code name} most likely means, preferring places in {@code preferredCountries} (ISO alpha-2
     * codes of countries the document is about).
     */
    Optional<Place> resolve(String name, Collection<String> preferredCountries);
}
