package org.sitrep.places;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class GeocoderTest {

    private static Geocoder geocoder;

    @BeforeAll
    static void load() {
        geocoder = Geocoder.load();
    }

    @Test
    void holdsTheGeoNamesTownTable() {
        assertThat(geocoder.size()).isGreaterThan(130_000);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Raqqa|Ar Raqqah|SY|town",
            "Ar Raqqah|Ar Raqqah|SY|town",
            "Rakka|Ar Raqqah|SY|town",
            "Deir ez-Zor|Deir ez-Zor|SY|town",
            "Deir al-Zor|Deir ez-Zor|SY|town",
            "Dayr az Zawr|Deir ez-Zor|SY|town",
            "Khmeimim|Hmeimim Air Base|SY|exact",
            "Hmeimim|Hmeimim Air Base|SY|exact",
            "Palmyra|Tadmur|SY|town",
            "Tal Rifaat|Tall Rif‘at|SY|town",
            "Maarat al-Numan|Ma‘arrat an Nu‘mān|SY|town",
            "Aleppo|Aleppo|SY|town",
            "Mosul|Mosul|IQ|town",
            "Syria|Syria|SY|country",
            "Russian Federation|Russia|RU|country",
            "U.S.|United States|US|country",
            "Idlib province|Idlib|SY|province",
    })
    void resolvesExonymsAndTransliterations(String query, String name, String country, String precision) {
        Place place = geocoder.lookup(query, Set.of("SY", "IQ")).orElseThrow();
        assertThat(place.name()).isEqualTo(name);
        assertThat(place.country()).isEqualTo(country);
        assertThat(place.precision().label()).isEqualTo(precision);
        assertThat(place.latitude()).isNotZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Myanmar|MM", "Burma|MM", "Trinidad and Tobago|TT", "Bosnia and Herzegovina|BA", "Saint Lucia|LC",
            "DR Congo|CD", "Republic of the Congo|CG", "Guinea-Bissau|GW",
    })
    void countriesAreFoundUnderTheNamesReportingUses(String name, String code) {
        assertThat(geocoder.country(name).orElseThrow().country()).isEqualTo(code);
    }

    @Test
    void foldingAndSkeletonsFindUnlistedSpellings() {
        assertThat(geocoder.lookup("Maarrat al-Nouman", Set.of("SY")).orElseThrow().name()).isEqualTo("Ma‘arrat an Nu‘mān");
        assertThat(geocoder.lookup("Hamah", Set.of("SY")).orElseThrow().name()).isEqualTo("Ḩamāh");
    }

    @Test
    void preferredCountriesDecideBetweenNamesakes() {
        assertThat(geocoder.lookup("Tripoli", Set.of("LB")).orElseThrow().country()).isEqualTo("LB");
        assertThat(geocoder.lookup("Tripoli", Set.of("LY")).orElseThrow().country()).isEqualTo("LY");
    }

    @Test
    void provincesStandForTheWholeArea() {
        Place province = geocoder.province("Hama", Set.of("SY")).orElseThrow();
        assertThat(province.precision()).isEqualTo(Place.Precision.PROVINCE);
        assertThat(province.country()).isEqualTo("SY");
    }

    @Test
    void provincesContainTheirTownsAndNotTheirNeighbours() {
        Place maarat = geocoder.lookup("Maarat al-Numan", Set.of("SY")).orElseThrow();
        Place aleppo = geocoder.lookup("Aleppo", Set.of("SY")).orElseThrow();
        for (String name : new String[] {"Idlib", "Idlib province"}) {
            Area idlib = geocoder.area(name, Set.of("SY")).orElseThrow();
            assertThat(idlib.kind()).isEqualTo(Area.Kind.PROVINCE);
            assertThat(geocoder.contains(idlib, maarat.latitude(), maarat.longitude(), "SY")).isTrue();
            assertThat(geocoder.contains(idlib, aleppo.latitude(), aleppo.longitude(), "SY")).isFalse();
        }
    }

    @Test
    void countriesAndTownRadii() {
        Place maarat = geocoder.lookup("Maarat al-Numan", Set.of("SY")).orElseThrow();
        Area syria = geocoder.area("Syria", Set.of()).orElseThrow();
        assertThat(syria.kind()).isEqualTo(Area.Kind.COUNTRY);
        assertThat(geocoder.contains(syria, maarat.latitude(), maarat.longitude(), null)).isTrue();
        assertThat(geocoder.contains(geocoder.area("Iraq", Set.of()).orElseThrow(), maarat.latitude(),
                maarat.longitude(), "SY")).isFalse();
        Area near = geocoder.area("Maarat al-Numan", Set.of("SY"), 20).orElseThrow();
        assertThat(near.kind()).isEqualTo(Area.Kind.RADIUS);
        assertThat(geocoder.contains(near, maarat.latitude() + 0.1, maarat.longitude(), "SY")).isTrue();
        assertThat(geocoder.contains(near, maarat.latitude() + 0.5, maarat.longitude(), "SY")).isFalse();
    }

    @Test
    void unknownNamesAreNotGuessed() {
        assertThat(geocoder.lookup("Qwertzuiop Xylophone")).isEmpty();
        assertThat(geocoder.lookup("  ")).isEmpty();
    }

    @Test
    void aSmallNamesakeAbroadGivesWayToTheWellKnownPlace() {
        // GeoNames spells the Swiss city "Genève"; the American towns spelled "Geneva" are small.
        assertThat(geocoder.lookup("GENEVA", Set.of("SY", "IQ")).orElseThrow().country()).isEqualTo("CH");
        assertThat(geocoder.lookup("San Francisco").orElseThrow().country()).isEqualTo("US");
        assertThat(geocoder.lookup("Washington").orElseThrow().name()).isEqualTo("Washington, D.C.");
        assertThat(geocoder.lookup("Texas").orElseThrow().precision()).isEqualTo(Place.Precision.PROVINCE);
    }

    @Test
    void aConsonantSkeletonAbroadMustAlsoBeSpelledAlike() {
        // "Husseiniyah" shares its skeleton with a large town of North Korea, but not its spelling.
        assertThat(geocoder.lookup("Husseiniyah", Set.of("SY", "IQ")).map(Place::country)).isNotEqualTo(
                java.util.Optional.of("KP"));
        assertThat(Geocoder.likeness("geneva", "geneve")).isGreaterThan(0.8);
        assertThat(Geocoder.likeness("husseiniyah", "hyesan")).isLessThan(0.6);
    }

    @Test
    void earlierPreferredCountriesWinInAnOrderedPreference() {
        // "Tripoli" is the capital of Libya and a large town of Lebanon: a document about Lebanon means the latter.
        assertThat(geocoder.lookup("Tripoli", new java.util.LinkedHashSet<>(java.util.List.of("LB", "LY")))
                .orElseThrow().country()).isEqualTo("LB");
        assertThat(geocoder.lookup("Tripoli", new java.util.LinkedHashSet<>(java.util.List.of("LY", "LB")))
                .orElseThrow().country()).isEqualTo("LY");
    }
}
