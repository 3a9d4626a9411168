package org.sitrep.extract.place;

import org.sitrep.places.Geocoder;
import org.sitrep.places.Place;

import java.util.Collection;
import java.util.Optional;

/** Resolves places with Sitrep's offline GeoNames geocoder. */
public final class GeocoderPlaceResolver implements PlaceResolver {

    private final Geocoder geocoder;

    public GeocoderPlaceResolver(Geocoder geocoder) {
        this.geocoder = geocoder;
    }

    /** A resolver over the bundled place data. */
    public static GeocoderPlaceResolver bundled() {
        return new GeocoderPlaceResolver(Geocoder.load());
    }

    @Override
    public Optional<Place> resolve(String name, Collection<String> preferredCountries) {
        return geocoder.lookup(name, preferredCountries);
    }
}
