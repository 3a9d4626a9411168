package org.sitrep.extract.event;

import edu.stanford.nlp.ling.CoreLabel;
import org.sitrep.extract.Claim;
import org.sitrep.extract.Datelines;
import org.sitrep.extract.DocumentContext;
import org.sitrep.extract.EntityType;
import org.sitrep.extract.Location;
import org.sitrep.extract.Mention;
import org.sitrep.extract.gazetteer.Gazetteer;
import org.sitrep.extract.place.PlaceResolver;
import org.sitrep.model.Span;
import org.sitrep.places.Place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Where an event happened: the place its sentence names for it, resolved in the light of the document's countries. */
final class EventPlaces {

    private final PlaceResolver places;
    private final Gazetteer gazetteer;

    EventPlaces(PlaceResolver places, Gazetteer gazetteer) {
        this.places = places;
        this.gazetteer = gazetteer;
    }

    /**
     * The event's place. With a parse, a place counts only where it attaches to the event's clause ("drove into a
     * crowd in Manhattan"), or else stands in the trigger's own clause after a locative word; a place of another
     * clause ("who lives in Paterson", "as the president flew to Beijing") or one that only modifies a thing
     * ("lobbying for Ukraine", "his Fifth Avenue flat") is not where the event happened, and no place beats a wrong one.
     * With {@code forceful} false (a sanction, a charge, a protest) a place after "on" or "against" is what the act is
     * aimed at ("sanctions on Pyongyang", "a march against Israel in London"), not where it happened. {@code hits}
     * are the sentence's lexicon triggers, read once by the caller: a place before one ("the Kabul bombing") is kept.
     */
    Location location(DocumentContext doc, int s, List<CoreLabel> tokens, List<TriggerLexicon.Hit> hits,
                      Set<String> docCountries, Optional<EventClause> clause, boolean forceful) {
        Mention best = null;
        int bestRank = Integer.MAX_VALUE;
        int proper = Datelines.end(tokens);
        List<Span> contents = claimContentsIn(doc, s);
        Set<Integer> eventNouns = hits.stream().map(TriggerLexicon.Hit::start).collect(Collectors.toSet());
        for (Mention m : doc.mentionsIn(s)) {
            if (!m.type().isLocation()) {
                continue;
            }
            if (m.tokenStart() < proper || isWhereSomeoneIsBased(tokens, m) || insideName(doc, s, tokens, m)
                    || isWhereSomeoneSpeaks(tokens, m) || isActor(tokens, m)
                    || modifiesAThing(tokens, m, eventNouns)) {
                continue;
            }
            String prev = m.tokenStart() > 0 ? tokens.get(m.tokenStart() - 1).word().toLowerCase(Locale.ROOT) : "";
            if (!forceful && AIMED_AT.contains(prev)) {
                continue;
            }
            boolean locative = LOCATIVES.contains(prev);
            // Where the sentence reports what someone said, the place the speaker stands is not that of the event.
            boolean outsideContent = !contents.isEmpty()
                    && contents.stream().noneMatch(c -> c.start() <= m.span().start() && m.span().end() <= c.end());
            int rank = (outsideContent ? 4 : 0) + (m.type() == EntityType.COUNTRY ? 2 : 0) + (locative ? 0 : 1);
            if (clause.isPresent()) {
                if (!clause.get().placesEvent(m.tokenStart(), m.tokenEnd())) {
                    if (!locative || !clause.get().inTriggerClause(m.tokenStart(), m.tokenEnd())) {
                        continue;
                    }
                    rank += 8;
                }
            }
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
        Optional<String> statedCountry = statedCountry(doc, s, tokens, best);
        Optional<Place> place = Optional.empty();
        for (String spelling : spellings) {
            place = statedCountry.isPresent()
                    ? places.resolve(spelling, Set.of(statedCountry.get()))
                            .filter(p -> p.country().equals(statedCountry.get()))
                    : places.resolve(spelling, docCountries).filter(p -> plausibleIn(p, docCountries));
            if (place.isPresent()) {
                break;
            }
        }
        String precision = best.type() == EntityType.COUNTRY ? "country"
                : best.type() == EntityType.FACILITY ? "exact" : "unknown";
        if (place.isEmpty() && statedCountry.isPresent()) {
            // "Al Barakah, Syria": a place the geocoder does not know there is still in the country the text names
            return new Location(doc.entityOf(best), name, statedCountry.get(), null, null, precision);
        }
        if (place.isPresent()) {
            Place p = place.get();
            String resolved = best.type() == EntityType.FACILITY ? "town" : p.precision().label();
            // The name readers know (the document's or the gazetteer's), not the geocoder's transliteration.
            return new Location(doc.entityOf(best), name, p.country(), p.latitude(), p.longitude(), resolved);
        }
        return new Location(doc.entityOf(best), name, null, null, null, precision);
    }

    /**
     * The country the text itself puts a place in, by naming it right after a comma ("Al Barakah, Syria", "Logar,
     * Afghanistan"): the geocoder must find the place there or not at all.
     */
    private Optional<String> statedCountry(DocumentContext doc, int s, List<CoreLabel> tokens, Mention place) {
        if (place.type() == EntityType.COUNTRY || place.tokenEnd() >= tokens.size()
                || !tokens.get(place.tokenEnd()).word().equals(",")) {
            return Optional.empty();
        }
        for (Mention m : doc.mentionsIn(s)) {
            if (m.type() == EntityType.COUNTRY && m.tokenStart() == place.tokenEnd() + 1) {
                String country = m.canonical() != null ? m.canonical() : m.text();
                return places.resolve(country, Set.of()).filter(p -> p.precision() == Place.Precision.COUNTRY)
                        .map(Place::country);
            }
        }
        return Optional.empty();
    }

    /** Words before "in" that make a place someone's seat, not where things happened. */
    private static final Set<String> SEAT_WORDS = Set.of("based", "headquartered", "located", "registered", "office",
            "offices", "headquarters", "embassy", "embassies", "consulate", "mission", "bureau", "correspondent",
            "ambassador", "envoy", "exile", "exiled", "living", "lives", "born");

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

    /** Words after which a place is what a measure or a protest is aimed at. */
    private static final Set<String> AIMED_AT = Set.of("on", "upon", "against");
    private static final Set<String> LOCATIVES = Set.of("in", "near", "at", "around", "outside", "on", "of", "into",
            "across", "from", "inside", "to", "towards", "toward", "over", "between");

    /**
     * A town the geocoder found in a country the document does not name is kept only if it is known beyond its
     * country (a capital or a large town) or listed by Sitrep's own alias layer: a small namesake abroad (a village
     * of India for a district of Afghanistan) is a worse answer than none.
     */
    private static boolean plausibleIn(Place p, Set<String> docCountries) {
        if (p.precision() != Place.Precision.TOWN || p.geonamesId() == null || docCountries.contains(p.country())) {
            return true;
        }
        return p.population() >= FAMOUS_TOWN;
    }

    private static final long FAMOUS_TOWN = 100_000;

    /** The claimed contents of the claims whose cue is in sentence {@code s}. */
    private static List<Span> claimContentsIn(DocumentContext doc, int s) {
        Span sentence = doc.sentenceSpan(s);
        List<Span> contents = new ArrayList<>();
        for (Claim c : doc.claims()) {
            if (c.cue() != null && c.content() != null && c.content().length() > 0
                    && sentence.start() <= c.cue().start() && c.cue().end() <= sentence.end()) {
                contents.add(c.content());
            }
        }
        return contents;
    }

    /** Words of a month or weekday: capitalised, yet not part of a name beside them. */
    private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "and", "or");

    /**
     * A place name that is only a word of a longer name the tagger did not take as a place: "France" in "Agence
     * France Presse", "Russia" in "Russia Today", "Syria" in "the Syria Campaign". A capitalised word right before or
     * after it that no place mention covers makes it part of an organisation's or a programme's name.
     */
    static boolean insideName(DocumentContext doc, int s, List<CoreLabel> tokens, Mention m) {
        int before = m.tokenStart() - 1;
        int after = m.tokenEnd();
        return before >= 1 && isNameWord(tokens.get(before)) && !coveredByPlace(doc, s, before)
                || after < tokens.size() && isNameWord(tokens.get(after)) && !coveredByPlace(doc, s, after);
    }

    private static boolean isNameWord(CoreLabel t) {
        String w = t.word();
        return w.length() > 1 && Character.isUpperCase(w.codePointAt(0)) && w.chars().anyMatch(Character::isLowerCase)
                && !CALENDAR.contains(w.toLowerCase(Locale.ROOT)) && t.tag() != null && t.tag().startsWith("NNP");
    }

    private static boolean coveredByPlace(DocumentContext doc, int s, int token) {
        return doc.mentionAt(s, token).map(x -> x.type().isLocation()).orElse(false);
    }

    /** Words of speaking and meeting: a place right after them ("told reporters in Geneva") is the speaker's. */
    private static final Set<String> SPEAKING = Set.of("said", "says", "say", "told", "tells", "speaking", "spoke",
            "speech", "conference", "briefing", "interview", "reporters", "journalists", "statement", "remarks",
            "announced", "testified");

    /** "Speaking in Geneva, the envoy said", "told reporters in Moscow": the speaker's place, not the event's. */
    private static boolean isWhereSomeoneSpeaks(List<CoreLabel> tokens, Mention m) {
        int before = m.tokenStart() - 1;
        if (before < 1 || !Set.of("in", "at", "from").contains(tokens.get(before).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int i = before - 1; i >= Math.max(0, before - 3); i--) {
            String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
            if (SPEAKING.contains(w)) {
                return true;
            }
            if (w.equals(",") || w.equals(".")) {
                break;
            }
        }
        return false;
    }

    /** Nouns of dealings about a place, not at it: "the Russia probe", "Syria talks", "his Ukraine work". */
    private static final Set<String> ABOUT_NOUNS = Set.of("probe", "investigation", "inquiry", "talks",
            "negotiations", "deal", "agreement", "accord", "policy", "strategy", "plan", "envoy", "sanctions",
            "issue", "question", "file", "work", "business", "ties", "relations", "trip", "visit", "case", "dossier",
            "affair", "scandal", "programme", "program", "lobbying", "connection", "links", "contacts", "meddling",
            "interference", "hawk", "hawks", "expert", "experts", "analyst", "analysts", "desk", "portfolio");

    /**
     * A place that only says what a dealing is about ("the Russia probe", "Syria talks", "his Ukraine work"), even
     * after a locative word; before a deed or a building ("the Kabul bombing", "a Mosul hospital") it is where the
     * deed was.
     */
    private static boolean modifiesAThing(List<CoreLabel> tokens, Mention m, Set<Integer> eventNouns) {
        int after = m.tokenEnd();
        // "charged in the Russia probe": the preposition belongs to the probe
        return after < tokens.size() && !eventNouns.contains(after)
                && ABOUT_NOUNS.contains(tokens.get(after).word().toLowerCase(Locale.ROOT));
    }

    /**
     * A place name used for those who act there, as the subject of a verb ("the Kremlin said", "Turkey shelled",
     * "the Pentagon's statement"): an office or a government, not where the event happened.
     */
    private static boolean isActor(List<CoreLabel> tokens, Mention m) {
        // "in northern and southern Syria have ...": a preposition a few words before still makes it a place.
        for (int i = m.tokenStart() - 1; i >= Math.max(0, m.tokenStart() - 4); i--) {
            if (LOCATIVES.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        int after = m.tokenEnd();
        if (after >= tokens.size()) {
            return false;
        }
        CoreLabel next = tokens.get(after);
        String tag = next.tag() == null ? "" : next.tag();
        return tag.equals("POS") || tag.equals("MD") || tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP");
    }

    /**
     * Countries whose towns win when a place name is ambiguous, most weighty first: those the document names most
     * (not where a country's name is only a word of an organisation's), with the countries of the dateline and of
     * capitals and large towns it names, then Syria and Iraq, which Sitrep's reporting is mostly about.
     */
    Set<String> countriesOf(DocumentContext doc) {
        Map<String, Integer> weight = new HashMap<>();
        for (int s = 0; s < doc.sentences().size(); s++) {
            List<CoreLabel> tokens = doc.tokens(s);
            int dateline = Datelines.end(tokens);
            for (Mention m : doc.mentionsIn(s)) {
                if (!m.type().isLocation() || m.type() == EntityType.FACILITY || insideName(doc, s, tokens, m)) {
                    continue;
                }
                String name = m.canonical() != null ? m.canonical() : m.text();
                boolean inDateline = m.tokenStart() < dateline;
                // Alone, a name goes to the best-known place of that name: capitals and large towns first.
                Optional<Place> p = places.resolve(name, Set.of());
                if (p.isEmpty()) {
                    continue;
                }
                Place place = p.get();
                boolean known = place.precision() != Place.Precision.TOWN || place.geonamesId() == null
                        || place.population() >= FAMOUS_TOWN;
                if (place.precision() == Place.Precision.COUNTRY || inDateline || known) {
                    weight.merge(place.country(), inDateline ? 3 : 1, Integer::sum);
                }
            }
        }
        List<String> ordered = new ArrayList<>(weight.keySet());
        ordered.sort(Comparator.comparingInt((String c) -> -weight.get(c)).thenComparing(c -> c));
        Set<String> codes = new LinkedHashSet<>(ordered);
        codes.add("SY");
        codes.add("IQ");
        return codes;
    }

}
