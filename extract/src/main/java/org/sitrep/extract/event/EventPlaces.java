package org.sitrep.extract.event;

import edu.stanford.nlp.ling.CoreLabel;
import org.sitrep.extract.Datelines;
import org.sitrep.extract.DocumentContext;
import org.sitrep.extract.Entity;
import org.sitrep.extract.EntityType;
import org.sitrep.extract.Location;
import org.sitrep.extract.Mention;
import org.sitrep.extract.gazetteer.Gazetteer;
import org.sitrep.extract.place.PlaceResolver;
import org.sitrep.places.Place;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Where an event happened: the place its sentence names for it, resolved in the light of the document's countries. */
final class EventPlaces {

    private final PlaceResolver places;
    private final Gazetteer gazetteer;

    EventPlaces(PlaceResolver places, Gazetteer gazetteer) {
        this.places = places;
        this.gazetteer = gazetteer;
    }

    Location location(DocumentContext doc, int s, List<CoreLabel> tokens, Set<String> docCountries) {
        Mention best = null;
        int bestRank = Integer.MAX_VALUE;
        int proper = Datelines.end(tokens);
        for (Mention m : doc.mentionsIn(s)) {
            if (!m.type().isLocation()) {
                continue;
            }
            if (m.tokenStart() < proper || isWhereSomeoneIsBased(tokens, m)) {
                continue;
            }
            String prev = m.tokenStart() > 0 ? tokens.get(m.tokenStart() - 1).word().toLowerCase(Locale.ROOT) : "";
            boolean locative = Set.of("in", "near", "at", "around", "outside", "on", "of", "into", "across", "from")
                    .contains(prev);
            int rank = (m.type() == EntityType.COUNTRY ? 2 : 0) + (locative ? 0 : 1);
            if (rank < bestRank) {
                best = m;
                bestRank = rank;
            }
        }
        if (best == null) {
            return null;
        }
        String name = best.canonical() != null ? best.canonical() : best.text();
        // The geocoder may know the place by another of its spellings ("Darayya" for "Daraya").
        List<String> spellings = new ArrayList<>(List.of(name, best.text()));
        gazetteer.lookup(name).ifPresent(entry -> spellings.addAll(entry.aliases()));
        Optional<Place> place = Optional.empty();
        for (String spelling : spellings) {
            place = places.resolve(spelling, docCountries);
            if (place.isPresent()) {
                break;
            }
        }
        String precision = best.type() == EntityType.COUNTRY ? "country"
                : best.type() == EntityType.FACILITY ? "exact" : "unknown";
        if (place.isPresent()) {
            Place p = place.get();
            String resolved = best.type() == EntityType.FACILITY ? "town" : p.precision().label();
            // The name readers know (the document's or the gazetteer's), not the geocoder's transliteration.
            return new Location(doc.entityOf(best), name, p.country(), p.latitude(), p.longitude(), resolved);
        }
        return new Location(doc.entityOf(best), name, null, null, null, precision);
    }

    /** Words before "in" that make a place someone's seat, not where things happened. */
    private static final Set<String> SEAT_WORDS = Set.of("based", "headquartered", "located", "registered", "office",
            "offices", "headquarters", "embassy", "exile", "exiled");

    /**
     * "a monitoring group based in Turkey", "the Riyadh-based committee", "its office in Moscow": the place says where
     * a party sits, not where the event happened.
     */
    private static boolean isWhereSomeoneIsBased(List<CoreLabel> tokens, Mention m) {
        int before = m.tokenStart() - 1;
        if (before >= 1 && tokens.get(before).word().equalsIgnoreCase("in")
                && SEAT_WORDS.contains(tokens.get(before - 1).word().toLowerCase(Locale.ROOT))) {
            return true;
        }
        int after = m.tokenEnd();
        if (after < tokens.size() && tokens.get(after).word().toLowerCase(Locale.ROOT).matches("-?based")) {
            return true;
        }
        return after + 1 < tokens.size() && tokens.get(after).word().equals("-")
                && tokens.get(after + 1).word().equalsIgnoreCase("based");
    }

    /**
     * Countries whose towns win when a place name is ambiguous: Syria and Iraq, which Sitrep's reporting is mostly
     * about, and the neighbouring countries the document names. Distant countries a document names (the United
     * States, Russia) are not preferred: a town named there rarely shares its name with the place of a Syrian event.
     */
    Set<String> countriesOf(DocumentContext doc) {
        Set<String> codes = new LinkedHashSet<>(List.of("SY", "IQ"));
        for (Entity e : doc.entities()) {
            if (e.type() == EntityType.COUNTRY) {
                places.resolve(e.name(), Set.of()).map(Place::country).filter(REGION::contains).ifPresent(codes::add);
            }
        }
        return codes;
    }

    private static final Set<String> REGION = Set.of("SY", "IQ", "TR", "LB", "JO", "IL", "PS", "IR", "SA", "YE",
            "EG", "LY", "KW", "QA", "AE", "BH", "OM");

}
