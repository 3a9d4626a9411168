package org.sitrep.extract.event;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import org.sitrep.extract.Claim;
import org.sitrep.extract.Datelines;
import org.sitrep.extract.Dependencies;
import org.sitrep.extract.DocumentContext;
import org.sitrep.extract.Entity;
import org.sitrep.extract.EntityType;
import org.sitrep.extract.Event;
import org.sitrep.extract.EventDate;
import org.sitrep.extract.EventType;
import org.sitrep.extract.ExtractionStage;
import org.sitrep.extract.Fatalities;
import org.sitrep.extract.Location;
import org.sitrep.extract.Mention;
import org.sitrep.extract.Modality;
import org.sitrep.extract.ParseNeed;
import org.sitrep.extract.gazetteer.Gazetteer;
import org.sitrep.extract.place.PlaceResolver;
import org.sitrep.model.Span;
import org.sitrep.places.Place;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds events sentence by sentence: trigger words from the lexicon, refined by context, then the event's actors and
 * targets from the dependency parse (falling back to word order), its place, date, toll, count, tags and modality.
 * One event per sub-event type per sentence: several triggers of one kind in a sentence describe one event.
 */
public final class EventFinder implements ExtractionStage, ParseNeed {

    private static final Set<String> DEATH_LEMMAS = Set.of("kill", "die", "dead", "death", "fatality", "life",
            "execute", "massacre", "behead", "slay", "toll", "body");
    private static final Set<String> CIVILIAN_LEMMAS = Set.of("civilian", "child", "woman", "resident", "villager",
            "family", "worker", "hospital", "school", "market", "mosque", "church", "refugee", "displace", "aid",
            "doctor", "patient", "journalist", "bakery", "camp");
    private static final Set<String> AIR_LEMMAS = Set.of("warplane", "jet", "aircraft", "plane", "helicopter", "drone",
            "air", "airstrike", "aerial");
    private static final Set<String> GOODS_LEMMAS = Set.of("asset", "fund", "money", "cash", "shipment", "cargo",
            "weapon", "arm", "oil", "fuel", "vessel", "ship", "tanker", "property", "account", "good", "drug",
            "ammunition", "truck", "consignment");
    private static final Set<String> CEASEFIRE_LEMMAS = Set.of("ceasefire", "truce", "cease-fire", "cessation");
    private static final Set<String> VIOLATION_LEMMAS = Set.of("violation", "violate", "breach", "break");
    private static final Set<String> FUTURE_LEMMAS = Set.of("plan", "intend", "threaten", "prepare", "vow", "aim",
            "expect", "seek", "propose", "pledge");
    private static final Set<String> HYPOTHETICAL_WORDS = Set.of("would", "could", "might", "may", "if", "unless",
            "should");
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})");
    private static final Pattern TIMEX = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?|-W(\\d{2}))?");

    private final TriggerLexicon lexicon = new TriggerLexicon();
    private final DateCues dateCues = new DateCues();
    private final PlaceResolver places;
    private final Gazetteer gazetteer;

    public EventFinder(PlaceResolver places, Gazetteer gazetteer) {
        this.places = places;
        this.gazetteer = gazetteer;
    }

    /** Which sentences need their dates resolved: those that may carry an event and hold a date word or number. */
    public ParseNeed dateNeed() {
        return (doc, sentence) -> needsParse(doc, sentence) && dateCues.anyIn(doc.tokens(sentence));
    }

    @Override
    public boolean needsParse(DocumentContext doc, int sentence) {
        return lexicon.hasTrigger(doc.tokens(sentence)) || violationAt(doc.tokens(sentence)) >= 0;
    }

    /**
     * The token naming a breach of an agreement ("15 violations", "breached the truce", "violated the deal"), or -1.
     * "Break" counts only with a truce word right after it, as it has many other senses.
     */
    private static int violationAt(List<CoreLabel> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            String lemma = TriggerLexicon.lemma(tokens.get(i));
            if (lemma.equals("violation") || lemma.equals("breach") || lemma.equals("violate")) {
                return i;
            }
            if (lemma.equals("break")) {
                for (int k = i + 1; k < Math.min(tokens.size(), i + 4); k++) {
                    if (CEASEFIRE_LEMMAS.contains(TriggerLexicon.lemma(tokens.get(k)))) {
                        return i;
                    }
                }
            }
        }
        return -1;
    }

    /** Whether the document is about a truce, so that bare "violations" in it are breaches of that truce. */
    private static boolean aboutCeasefire(DocumentContext doc) {
        for (int s = 0; s < doc.sentences().size(); s++) {
            if (anyLemma(doc.tokens(s), CEASEFIRE_LEMMAS)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void process(DocumentContext doc) {
        Set<String> docCountries = countriesOf(doc);
        boolean ceasefireDoc = aboutCeasefire(doc);
        for (int s = 0; s < doc.sentences().size(); s++) {
            List<CoreLabel> tokens = doc.tokens(s);
            List<TriggerLexicon.Hit> hits = lexicon.find(tokens);
            int violation = violationAt(tokens);
            boolean breach = violation >= 0 && (ceasefireDoc || anyLemma(tokens, CEASEFIRE_LEMMAS));
            if (hits.isEmpty() && !breach) {
                continue;
            }
            Optional<Dependencies> deps = doc.parse(s).map(Dependencies::new);
            Set<EventType> seen = new LinkedHashSet<>();
            List<TriggerLexicon.Hit> refinedHits = new ArrayList<>();
            for (TriggerLexicon.Hit hit : hits) {
                EventType type = refine(hit, tokens, doc, s, deps);
                if (type != null && seen.add(type)) {
                    refinedHits.add(new TriggerLexicon.Hit(hit.start(), hit.end(), type));
                }
            }
            // A sentence about an air strike that killed people is one event, not an attack and a strike.
            if (refinedHits.size() > 1) {
                refinedHits.removeIf(h -> h.type() == EventType.ATTACK_ON_CIVILIANS && hasViolentOtherThan(refinedHits, h));
                refinedHits.removeIf(h -> h.type() == EventType.ARMED_CLASH && hasRemoteViolence(refinedHits));
            }
            boolean tally = breach && (count(tokens) != null || tokens.get(violation).tag().startsWith("VB"));
            if (tally && refinedHits.stream().noneMatch(h -> h.type().isViolent())) {
                // A tally of breaches names no kind of violence; ACLED would file it as fighting.
                refinedHits.add(new TriggerLexicon.Hit(violation, violation + 1, EventType.ARMED_CLASH));
            }
            for (TriggerLexicon.Hit hit : refinedHits) {
                doc.events().add(build(doc, s, tokens, hit, deps, docCountries, breach && hit.type().isViolent()));
            }
        }
    }

    private static boolean hasViolentOtherThan(List<TriggerLexicon.Hit> hits, TriggerLexicon.Hit self) {
        return hits.stream().anyMatch(h -> h != self && h.type().isViolent());
    }

    private static boolean hasRemoteViolence(List<TriggerLexicon.Hit> hits) {
        return hits.stream().anyMatch(h -> h.type().type().equals("Explosions/Remote violence"));
    }

    /** Context decides what ambiguous triggers mean; null drops the trigger. */
    private EventType refine(TriggerLexicon.Hit hit, List<CoreLabel> tokens, DocumentContext doc, int s,
                             Optional<Dependencies> deps) {
        String lemma = TriggerLexicon.lemma(tokens.get(hit.start()));
        boolean civilians = anyLemma(tokens, CIVILIAN_LEMMAS);
        boolean air = anyLemma(tokens, AIR_LEMMAS);
        return switch (hit.type()) {
            case ARMED_CLASH -> {
                if (lemma.equals("attack") || lemma.equals("assault")) {
                    if (air) {
                        yield EventType.AIR_DRONE_STRIKE;
                    }
                    yield civilians && !hasArmedGroup(doc, s, 2) ? EventType.ATTACK_ON_CIVILIANS : EventType.ARMED_CLASH;
                }
                if (lemma.equals("fight") || lemma.equals("fighting") || lemma.equals("offensive")) {
                    yield hasArmedGroup(doc, s, 1) ? EventType.ARMED_CLASH : null;
                }
                yield EventType.ARMED_CLASH;
            }
            case ATTACK_ON_CIVILIANS -> {
                if (lemma.equals("kill")) {
                    if (air) {
                        yield EventType.AIR_DRONE_STRIKE;
                    }
                    if (civilians) {
                        yield EventType.ATTACK_ON_CIVILIANS;
                    }
                    yield hasArmedGroup(doc, s, 1) ? EventType.ARMED_CLASH : null;
                }
                yield EventType.ATTACK_ON_CIVILIANS;
            }
            case AIR_DRONE_STRIKE -> lemma.equals("bomb") && !air && !tokens.get(hit.start()).tag().startsWith("VB")
                    ? EventType.REMOTE_EXPLOSIVE : EventType.AIR_DRONE_STRIKE;
            case NON_STATE_ACTOR_OVERTAKES_TERRITORY, GOVERNMENT_REGAINS_TERRITORY -> {
                if (anyLemma(tokens, GOODS_LEMMAS)) {
                    yield EventType.SEIZURE;
                }
                List<Mention> actors = RoleFinder.find(doc, s, hit.start(), hit.end(), deps).agents();
                boolean stateActor = actors.stream().anyMatch(m -> isStateSide(m));
                boolean nonStateActor = actors.stream().anyMatch(m -> m.type() == EntityType.ARMED_GROUP && !isStateSide(m));
                if (stateActor && !nonStateActor) {
                    yield EventType.GOVERNMENT_REGAINS_TERRITORY;
                }
                if (nonStateActor) {
                    yield EventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY;
                }
                yield hit.type();
            }
            case AGREEMENT -> {
                if ((lemma.equals("ceasefire") || lemma.equals("truce") || lemma.equals("cessation"))
                        && anyLemma(tokens, VIOLATION_LEMMAS)) {
                    yield null; // the violation is the event; the tag says which agreement it broke
                }
                if (lemma.equals("deal") || lemma.equals("agreement") || lemma.equals("sign")) {
                    yield EventType.AGREEMENT;
                }
                yield EventType.AGREEMENT;
            }
            case SEIZURE -> lemma.equals("freeze") && !anyLemma(tokens, GOODS_LEMMAS) ? null : EventType.SEIZURE;
            default -> hit.type();
        };
    }

    /** State forces, governments and states themselves. */
    private static boolean isStateSide(Mention m) {
        if (m.type() == EntityType.COUNTRY || m.type() == EntityType.GOVERNMENT_BODY) {
            return true;
        }
        String name = (m.canonical() != null ? m.canonical() : m.text()).toLowerCase(Locale.ROOT);
        return m.type() == EntityType.ARMED_GROUP && (name.contains("army") || name.contains("armed forces")
                || name.contains("air force") || name.contains("aerospace") || name.contains("security forces")
                || name.contains("government") || name.contains("regime") || name.contains("military")
                || name.contains("national defence") || name.contains("coalition"));
    }

    private static boolean hasArmedGroup(DocumentContext doc, int s, int atLeast) {
        return doc.mentionsIn(s).stream()
                .filter(m -> m.type() == EntityType.ARMED_GROUP || m.type() == EntityType.COUNTRY)
                .count() >= atLeast;
    }

    private static boolean anyLemma(List<CoreLabel> tokens, Set<String> lemmas) {
        for (CoreLabel t : tokens) {
            if (lemmas.contains(TriggerLexicon.lemma(t))) {
                return true;
            }
        }
        return false;
    }

    private Event build(DocumentContext doc, int s, List<CoreLabel> tokens, TriggerLexicon.Hit hit,
                        Optional<Dependencies> deps, Set<String> docCountries, boolean breach) {
        RoleFinder.Roles roles = RoleFinder.find(doc, s, hit.start(), hit.end(), deps);
        List<Mention> actorMentions = roles.agents();
        List<Mention> targetMentions = roles.patients();
        Set<String> actors = new LinkedHashSet<>();
        actorMentions.forEach(m -> actors.add(doc.entityOf(m)));
        Set<String> targets = new LinkedHashSet<>();
        targetMentions.forEach(m -> {
            String id = doc.entityOf(m);
            if (!actors.contains(id)) {
                targets.add(id);
            }
        });
        Span evidence = doc.sentenceSpan(s);
        Optional<Claim> claim = doc.claimCovering(doc.tokenSpan(s, hit.start(), hit.end()));
        Modality modality = claim.map(c -> c.stance().modalityOfContent())
                .orElseGet(() -> modality(doc, s, tokens, hit, deps));
        List<String> tags = new ArrayList<>();
        if (breach) {
            tags.add("ceasefire_violation");
        }
        String id = "v" + (doc.events().size() + 1);
        return new Event(id, hit.type(), List.copyOf(actors), List.copyOf(targets),
                location(doc, s, tokens, docCountries), date(doc, s), fatalities(othersWordsMasked(doc, s, tokens, claim)),
                count(tokens), tags,
                modality, claim.map(Claim::id).orElse(null), evidence);
    }

    /**
     * The sentence with the words of competing claims blanked out: in "accounts diverged, with rescuers saying
     * dozens died and the army saying it killed eight", neither figure is the narrator's toll.
     */
    private static List<CoreLabel> othersWordsMasked(DocumentContext doc, int s, List<CoreLabel> tokens,
                                                     Optional<Claim> own) {
        Span sentence = doc.sentenceSpan(s);
        List<Claim> others = doc.claims().stream()
                .filter(c -> own.isEmpty() || !own.get().id().equals(c.id()))
                .filter(c -> c.content().start() >= sentence.start() && c.content().end() <= sentence.end())
                .toList();
        if (others.size() < 2) {
            return tokens; // one other voice may well give the narrator's toll; two are competing accounts
        }
        List<CoreLabel> out = null;
        for (Claim c : others) {
            for (int j = 0; j < tokens.size(); j++) {
                Span t = doc.tokenSpan(s, j, j + 1);
                if (c.content().start() <= t.start() && t.end() <= c.content().end()) {
                    if (out == null) {
                        out = new ArrayList<>(tokens);
                    }
                    CoreLabel blank = new CoreLabel(tokens.get(j));
                    blank.setWord("_");
                    blank.setLemma("_");
                    out.set(j, blank);
                }
            }
        }
        return out == null ? tokens : out;
    }

    private Location location(DocumentContext doc, int s, List<CoreLabel> tokens, Set<String> docCountries) {
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
    private Set<String> countriesOf(DocumentContext doc) {
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

    /** The first date SUTime resolved in the sentence, else the document's date standing for the week before it. */
    private static EventDate date(DocumentContext doc, int s) {
        for (String value : timexValues(doc, s)) {
            Matcher m = TIMEX.matcher(value);
            if (!m.find()) {
                continue;
            }
            if (m.group(3) != null) {
                return new EventDate(m.group(1) + "-" + m.group(2) + "-" + m.group(3), "day");
            }
            if (m.group(2) != null) {
                return new EventDate(m.group(1) + "-" + m.group(2), "month");
            }
            if (m.group(4) != null) {
                return new EventDate(m.group(1) + "-W" + m.group(4), "week");
            }
            return new EventDate(m.group(1), "year");
        }
        if (doc.date().isKnown()) {
            return new EventDate(doc.date().value().toString(), "week");
        }
        return EventDate.UNKNOWN;
    }

    /** Normalised values of the sentence's date expressions ("2016-02-21", "2015-11", "2014"). */
    private static List<String> timexValues(DocumentContext doc, int s) {
        List<String> values = new ArrayList<>();
        for (CoreMap t : doc.timexes(s)) {
            Timex timex = t.get(TimeAnnotations.TimexAnnotation.class);
            if (timex != null && "DATE".equals(timex.timexType()) && timex.value() != null) {
                values.add(timex.value());
            }
        }
        return values;
    }

    /** Deaths: the number nearest a death word ("killed at least 30", "30 people died", "a toll of 30"). */
    private static Fatalities fatalities(List<CoreLabel> tokens) {
        Fatalities best = null;
        int bestDistance = Integer.MAX_VALUE;
        Fatalities bestPart = null;
        int bestPartDistance = Integer.MAX_VALUE;
        for (int i = 0; i < tokens.size(); i++) {
            if (!DEATH_LEMMAS.contains(TriggerLexicon.lemma(tokens.get(i)))) {
                continue;
            }
            for (int j = Math.max(0, i - 8); j < Math.min(tokens.size(), i + 9); j++) {
                Quantities.Reading r = Quantities.readAt(tokens, j);
                if (r == null || isInjuredNumber(tokens, r)) {
                    continue;
                }
                int distance = Math.abs(j - i);
                int breakdown = breakdownStart(tokens, r);
                if (breakdown >= 0) {
                    // the whole the breakdown belongs to stands right before it, however far from the death word
                    Quantities.Reading whole = wholeBefore(tokens, breakdown);
                    if (whole != null && distance < bestDistance) {
                        best = whole.range();
                        bestDistance = distance;
                    } else if (whole == null && distance < bestPartDistance) {
                        bestPart = r.range();
                        bestPartDistance = distance;
                    }
                } else if (distance < bestDistance) {
                    best = r.range();
                    bestDistance = distance;
                }
            }
        }
        return best != null ? best : bestPart;
    }

    /**
     * Where a breakdown of the dead begins when {@code r} is part of one — "At least 23 civilians, among them seven
     * children and four women", "11 people, five of them medical workers" — else -1.
     */
    private static int breakdownStart(List<CoreLabel> tokens, Quantities.Reading r) {
        if (r.end() + 1 < tokens.size() && tokens.get(r.end()).word().equalsIgnoreCase("of")
                && Set.of("them", "whom", "those").contains(tokens.get(r.end() + 1).word().toLowerCase(Locale.ROOT))) {
            return r.start();
        }
        for (int k = r.start() - 1; k >= Math.max(0, r.start() - 8); k--) {
            CoreLabel t = tokens.get(k);
            String w = t.word().toLowerCase(Locale.ROOT);
            if (t.tag() != null && t.tag().startsWith("VB") || w.equals(".") || w.equals(";")) {
                return -1; // a clause of its own ("including an air strike, killed 23"), not a breakdown
            }
            if (w.equals("including") || w.equals("among") || w.equals("incl.")) {
                return k;
            }
        }
        return -1;
    }

    /** The number a breakdown starting at {@code breakdown} divides: "23 civilians, among ...". */
    private static Quantities.Reading wholeBefore(List<CoreLabel> tokens, int breakdown) {
        for (int k = breakdown - 1; k >= Math.max(0, breakdown - 6); k--) {
            Quantities.Reading r = Quantities.readAt(tokens, k);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    /** "30 wounded" counts the injured, not the dead. */
    private static boolean isInjuredNumber(List<CoreLabel> tokens, Quantities.Reading r) {
        for (int k = r.end(); k < Math.min(tokens.size(), r.end() + 3); k++) {
            String l = TriggerLexicon.lemma(tokens.get(k));
            if (l.equals("wound") || l.equals("injure") || l.equals("injured") || l.equals("wounded")
                    || l.equals("hurt") || l.equals("percent") || l.equals("%") || l.equals("km")
                    || l.equals("kilometer") || l.equals("mile") || l.equals("year") || l.equals("hour")) {
                return true;
            }
            if (l.equals("kill") || l.equals("die") || l.equals("dead")) {
                return false;
            }
        }
        return false;
    }

    /** How many: a number right before a counted thing ("26 air raids", "15 violations") or "times". */
    private Integer count(List<CoreLabel> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Long n = Quantities.numberValue(tokens.get(i));
            if (n == null) {
                continue;
            }
            if (i + 1 < tokens.size() && tokens.get(i + 1).word().equalsIgnoreCase("times") && n > 1) {
                return n.intValue();
            }
            for (int k = i + 1; k < Math.min(tokens.size(), i + 4); k++) {
                if (lexicon.isCountedThing(tokens.get(k))) {
                    return n.intValue();
                }
                if (!tokens.get(k).tag().startsWith("JJ") && !tokens.get(k).tag().startsWith("NN")) {
                    break;
                }
            }
        }
        return null;
    }

    private static Modality modality(DocumentContext doc, int s, List<CoreLabel> tokens, TriggerLexicon.Hit hit,
                                     Optional<Dependencies> deps) {
        int head = hit.end() - 1;
        if (deps.isPresent()) {
            Dependencies d = deps.get();
            if (!d.children(head, "neg").isEmpty() || hasNegatingAdverb(tokens, d.children(head, "advmod", "det"))) {
                return Modality.NEGATED;
            }
            int gov = d.head(head);
            if (gov >= 0 && FUTURE_LEMMAS.contains(TriggerLexicon.lemma(tokens.get(gov)))) {
                return Modality.FUTURE;
            }
            // "will launch an offensive": the auxiliary sits on the verb that governs a nominal trigger.
            List<Integer> auxiliaries = new ArrayList<>(d.children(head, "aux"));
            if (gov >= 0 && !tokens.get(head).tag().startsWith("VB")) {
                auxiliaries.addAll(d.children(gov, "aux"));
            }
            for (int aux : auxiliaries) {
                String w = tokens.get(aux).word().toLowerCase(Locale.ROOT);
                if (w.equals("will") || w.equals("'ll") || w.equals("shall")) {
                    return Modality.FUTURE;
                }
                if (HYPOTHETICAL_WORDS.contains(w)) {
                    return Modality.HYPOTHETICAL;
                }
            }
            for (int mark : d.children(head, "mark")) {
                if (tokens.get(mark).word().equalsIgnoreCase("if")) {
                    return Modality.HYPOTHETICAL;
                }
            }
        } else {
            for (int k = Math.max(0, hit.start() - 3); k < hit.start(); k++) {
                String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
                if (w.equals("not") || w.equals("n't") || w.equals("never") || w.equals("no")) {
                    return Modality.NEGATED;
                }
                if (w.equals("will")) {
                    return Modality.FUTURE;
                }
                if (HYPOTHETICAL_WORDS.contains(w)) {
                    return Modality.HYPOTHETICAL;
                }
            }
        }
        if (doc.date().isKnown()) {
            int docYear = doc.date().value().getYear();
            for (String value : timexValues(doc, s)) {
                Matcher y = YEAR.matcher(value);
                if (y.find() && Integer.parseInt(y.group(1)) < docYear) {
                    return Modality.HISTORICAL;
                }
            }
        }
        return Modality.ASSERTED;
    }

    private static boolean hasNegatingAdverb(List<CoreLabel> tokens, List<Integer> modifiers) {
        for (int m : modifiers) {
            String w = tokens.get(m).word().toLowerCase(Locale.ROOT);
            if (w.equals("not") || w.equals("n't") || w.equals("never") || w.equals("no")) {
                return true;
            }
        }
        return false;
    }
}
