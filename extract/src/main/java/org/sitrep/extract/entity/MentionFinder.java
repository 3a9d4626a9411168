package org.sitrep.extract.entity;

import edu.stanford.nlp.ling.CoreLabel;
import org.sitrep.extract.DocumentContext;
import org.sitrep.extract.EntityType;
import org.sitrep.extract.ExtractionStage;
import org.sitrep.extract.Mention;
import org.sitrep.extract.gazetteer.Gazetteer;
import org.sitrep.extract.gazetteer.GazetteerEntry;
import org.sitrep.extract.nlp.NlpPipeline;
import org.sitrep.extract.place.PlaceResolver;
import org.sitrep.places.Place;
import org.sitrep.screen.names.NameVocabulary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads names off the tagger's labels: runs of tokens with the same CRF class or gazetteer type become mentions.
 * Titles are cut off person names ("President Assad" is a mention of "Assad") and names the CRF found but the
 * gazetteer knows get the gazetteer's type and canonical name.
 */
public final class MentionFinder implements ExtractionStage {

    /**
     * Honorifics and ranks come from the screening engine's vocabulary (its {@code titles.tsv}: Mr, Sheikh, Haji,
     * General, Colonel ...), so that reading and screening cut the same words off a name; these are the offices and
     * styles reporting puts before a name besides, and the short forms of ranks the vocabulary spells out.
     */
    private static final Set<String> OFFICES = Set.of("president", "prime", "minister", "king", "prince", "emir",
            "sir", "lord", "secretary", "senator", "sen", "rep", "ambassador", "chief", "spokesman", "spokeswoman",
            "foreign", "defence", "defense", "envoy", "judge", "justice", "lt", "maj", "sergeant", "sgt", "brig", "adm");
    private static final NameVocabulary NAME_WORDS = NameVocabulary.standard();
    private static final Pattern ARMED_GROUP_WORDS = Pattern.compile(
            "\\b(Army|Armies|Forces|Force|Brigades?|Battalions?|Regiments?|Division|Front|Militias?|Guards?|Corps"
                    + "|Liwa|Jaysh|Jaish|Harakat|Kataib|Kata'ib|Mujahideen|Units|Legion|Troops)\\b");
    /** Names of military formations, which may share words with firms ("Group"). */
    private static final Pattern MILITARY_UNIT_WORDS = Pattern.compile(
            "\\b(Task Group|Task Force|Expeditionary|Squadron|Wing|Fleet|Battalion|Brigade|Regiment|Battery"
                    + "|National Guard|Special Forces|Marine Corps|Air Force|Navy)\\b");
    private static final Pattern GOVERNMENT_WORDS = Pattern.compile(
            "\\b(Ministry|Ministries|Department|Government|Parliament|Senate|Congress|Cabinet|Presidency|Office|Agency"
                    + "|Police|Treasury|Court|Embassy|Council|Command|Commission|Directorate|Intelligence|Customs)\\b");
    private static final Pattern COMPANY_WORDS = Pattern.compile(
            "\\b(Ltd\\.?|LLC|L\\.L\\.C\\.|Inc\\.?|Corp\\.?|Corporation|Company|Co\\.|GmbH|S\\.A\\.|SAL|JSC|PLC|Bank"
                    + "|Holding|Holdings|Trading|Petroleum|Oil|Gas|Shipping|Airlines|Group|Industries|Enterprises"
                    + "|Establishment|Exchange|Engineering|Construction|Contracting|Investments?)\\b");
    private static final Pattern FACILITY_WORDS = Pattern.compile(
            "\\b(Airport|Air Base|Airbase|airbase|Base|Dam|Refinery|Prison|Hospital|Port|Crossing|Bridge|Mosque"
                    + "|Stadium|Palace|Field|Oilfield|Plant|Station|University|School)\\b");

    /** Words that head a body named after a person, state or people: "the Asad regime", "Turkish troops". */
    private static final Set<String> REGIME_WORDS = Set.of("regime", "government", "administration", "authorities");
    private static final Set<String> FORCE_WORDS = Set.of("forces", "army", "military", "troops", "militias",
            "militia", "soldiers", "navy", "jets", "warplanes");
    /** First words of Arabic place names that the CRF often takes for people: "Ayn Isa", "Tal Afar". */
    private static final Set<String> TOPONYM_PREFIXES = Set.of("ayn", "ain", "tal", "tell", "tall", "dayr", "deir",
            "jabal", "jebel", "ras", "bir", "kafr", "khan", "qasr", "wadi", "hayy", "al", "ar", "as", "ad", "az", "an",
            "at", "ash", "el");
    private static final Set<String> OFFICE_WORDS = Set.of("Secretary", "Minister", "President", "Envoy",
            "Ambassador", "Chancellor", "Spokesman", "Spokeswoman", "Commander");
    private static final Set<String> OFFICE_MODIFIERS = Set.of("Foreign", "Defence", "Defense", "Home", "Prime",
            "Deputy", "Chief", "Interior", "Finance", "Vice", "Special", "General", "Development", "State", "Office",
            "Army", "Coalition", "US", "U.S.", "UK", "UN");
    private static final Set<String> HYPHEN_SUFFIXES = Set.of("held", "controlled", "led", "backed", "supported",
            "allied", "run", "linked", "affiliated", "aligned", "based", "occupied", "sponsored", "funded", "made");

    /** Words that open a noun phrase; a phrase that has one ends there on the left. */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "our",
            "their", "its", "his", "her", "my", "your", "all", "both", "other", "some", "many", "several", "each",
            "such", "any");
    /** Personal pronouns that stand for a person or a group named before; {@link EntityResolver} resolves them. */
    public static final Map<String, EntityType> PRONOUNS = Map.ofEntries(
            Map.entry("i", EntityType.PERSON), Map.entry("me", EntityType.PERSON), Map.entry("my", EntityType.PERSON),
            Map.entry("he", EntityType.PERSON), Map.entry("him", EntityType.PERSON), Map.entry("his", EntityType.PERSON),
            Map.entry("she", EntityType.PERSON), Map.entry("her", EntityType.PERSON),
            Map.entry("we", EntityType.ORGANIZATION), Map.entry("us", EntityType.ORGANIZATION),
            Map.entry("our", EntityType.ORGANIZATION), Map.entry("they", EntityType.ORGANIZATION),
            Map.entry("them", EntityType.ORGANIZATION));

    private final Gazetteer gazetteer;
    private final PlaceResolver places;
    private final ActorNouns actorNouns = new ActorNouns();

    public MentionFinder(Gazetteer gazetteer, PlaceResolver places) {
        this.gazetteer = gazetteer;
        this.places = places;
    }

    /** Common nouns that say a name is a business: "Stroytransgaz, a Russian engineering company". */
    private static final Set<String> FIRM_NOUNS = Set.of("company", "firm", "contractor", "subcontractor",
            "manufacturer", "distributor", "conglomerate", "corporation", "subsidiary", "bank");
    /** Nouns for businesses that also fit a person ("a supplier"): enough only for names not tagged as people. */
    private static final Set<String> BUSINESS_NOUNS = Set.of("supplier", "exporter", "importer", "wholesaler",
            "retailer", "shipper", "maker", "producer");

    @Override
    public void process(DocumentContext doc) {
        Set<String> businesses = new java.util.HashSet<>();
        for (int s = 0; s < doc.sentences().size(); s++) {
            List<CoreLabel> tokens = doc.tokens(s);
            List<Mention> found = new ArrayList<>();
            int i = 0;
            while (i < tokens.size()) {
                String label = tokens.get(i).ner();
                if (!isNameLabel(label)) {
                    i++;
                    continue;
                }
                int end = i + 1;
                while (end < tokens.size() && label.equals(tokens.get(end).ner())) {
                    end++;
                }
                mention(doc, s, i, end, label).ifPresent(found::add);
                i = end;
            }
            found = widenToBodies(doc, s, tokens, found);
            found.addAll(untaggedTowns(doc, s, tokens, found));
            found.addAll(hyphenPrefixes(doc, s, tokens, found));
            found.addAll(offices(doc, s, tokens, found));
            found.addAll(nominalActors(doc, s, tokens, found));
            found.addAll(countedPeople(doc, s, tokens, found));
            found.addAll(pronouns(doc, s, tokens, found));
            found.addAll(nestedNationalities(doc, s, tokens, found));
            found.addAll(nestedRulers(doc, s, tokens, found));
            found.sort(Comparator.comparingInt(Mention::tokenStart).thenComparingInt(m -> -m.tokenEnd()));
            for (Mention m : found) {
                if (m.canonical() == null && m.kind() == Mention.Kind.NAME && namedAsBusiness(tokens, m)) {
                    businesses.add(m.text());
                }
            }
            doc.mentions().addAll(found);
        }
        // What one apposition says of a name holds for every mention of it in the document.
        doc.mentions().replaceAll(m -> m.canonical() == null && m.kind() == Mention.Kind.NAME
                && m.type() != EntityType.COMPANY && businesses.contains(m.text())
                ? new Mention(m.sentence(), m.tokenStart(), m.tokenEnd(), m.span(), EntityType.COMPANY, null, m.kind()) : m);
    }

    /**
     * "X, a Russian engineering company", "the Syrian firm X", "subcontractor X": a business noun in apposition to
     * the name or right before it.
     */
    private static boolean namedAsBusiness(List<CoreLabel> tokens, Mention m) {
        int k = m.tokenEnd();
        if (k + 1 < tokens.size() && tokens.get(k).word().equals(",")) {
            k++;
            String det = tokens.get(k).word().toLowerCase(Locale.ROOT);
            if (det.equals("a") || det.equals("an") || det.equals("the")) {
                k++;
            }
            for (int n = 0; k < tokens.size() && n < 5; k++, n++) {
                CoreLabel t = tokens.get(k);
                if (isBusinessNoun(t.word(), m)) {
                    return true;
                }
                if (!(t.tag().startsWith("JJ") || t.tag().startsWith("NN") || t.word().equals("-"))) {
                    break;
                }
            }
        }
        int before = m.tokenStart() - 1;
        if (before >= 0 && tokens.get(before).word().equals(",")) {
            before--;
        }
        return before >= 0 && isBusinessNoun(tokens.get(before).word(), m);
    }

    private static boolean isBusinessNoun(String word, Mention m) {
        String w = word.toLowerCase(Locale.ROOT);
        return FIRM_NOUNS.contains(w) || m.type() != EntityType.PERSON && BUSINESS_NOUNS.contains(w);
    }

    private static boolean isNameLabel(String label) {
        return label != null && (label.startsWith(NlpPipeline.GAZETTEER_LABEL_PREFIX) || label.equals("PERSON")
                || label.equals("ORGANIZATION") || label.equals("LOCATION"));
    }

    /** Whether a word before a person's name is a title or an office, not part of the name ("Gen.", "Haji"). */
    private static boolean isTitle(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        w = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
        return NAME_WORDS.isTitle(w) || OFFICES.contains(w);
    }

    private Optional<Mention> mention(DocumentContext doc, int sentence, int start, int end, String label) {
        List<CoreLabel> tokens = doc.tokens(sentence);
        if (label.equals("PERSON")) {
            while (start < end - 1 && isTitle(tokens.get(start).word())) {
                start++;
            }
        }
        // A name never starts or ends with punctuation the tagger swept in.
        while (start < end && !Character.isLetterOrDigit(tokens.get(start).word().codePointAt(0))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(tokens.get(end - 1).word().codePointAt(0))
                && !tokens.get(end - 1).word().endsWith(".")) {
            end--;
        }
        if (start >= end) {
            return Optional.empty();
        }
        var span = doc.tokenSpan(sentence, start, end);
        String text = span.text();
        Optional<GazetteerEntry> known = gazetteer.lookup(text);
        EntityType type;
        String canonical = null;
        if (known.isPresent()) {
            type = known.get().type();
            canonical = known.get().name();
        } else if (label.startsWith(NlpPipeline.GAZETTEER_LABEL_PREFIX)) {
            type = EntityType.fromLabel(label.substring(NlpPipeline.GAZETTEER_LABEL_PREFIX.length()))
                    .orElse(EntityType.OTHER);
        } else if (!label.equals("LOCATION") && looksLikeArabicPlaceName(text)) {
            type = EntityType.PLACE;
        } else {
            type = typeOfUnknownName(label, text);
        }
        return Optional.of(new Mention(sentence, start, end, span, type, canonical));
    }

    /** Prepositions after which a capitalised name is most often where something happened. */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "outside", "at", "from");
    /** A town this large is rarely a common phrase by chance; smaller namesakes of words are everywhere. */
    private static final long TOWN_POPULATION = 20_000;

    /**
     * "in Bowling Green", "near Fort Worth": the tagger misses town names made of common words. A run of proper
     * nouns after a place preposition that the geocoder knows as a sizeable town is a place.
     */
    private List<Mention> untaggedTowns(DocumentContext doc, int s, List<CoreLabel> tokens, List<Mention> found) {
        List<Mention> towns = new ArrayList<>();
        for (int i = 1; i < tokens.size(); i++) {
            if (!PLACE_PREPOSITIONS.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT))
                    || !"NNP".equals(tokens.get(i).tag()) || isNameLabel(tokens.get(i).ner())) {
                continue;
            }
            int end = i;
            while (end < tokens.size() && end - i < 4 && "NNP".equals(tokens.get(end).tag())
                    && !isNameLabel(tokens.get(end).ner())) {
                end++;
            }
            final int from = i;
            final int to = end;
            if (to - from < 2 || found.stream().anyMatch(m -> m.tokenStart() < to && from < m.tokenEnd())) {
                continue; // one capitalised word after "in" is as often a name of anything else
            }
            var span = doc.tokenSpan(s, from, to);
            boolean town = places.resolve(span.text(), List.of())
                    .filter(p -> p.precision() == Place.Precision.TOWN && p.population() >= TOWN_POPULATION
                            && p.name().equalsIgnoreCase(span.text()))
                    .isPresent();
            if (town) {
                towns.add(new Mention(s, from, to, span, EntityType.PLACE, null));
            }
            i = to;
        }
        return towns;
    }

    /** "Tal Afar", "Ayn Isa": a toponym prefix and a town the geocoder finds in the region. */
    private boolean looksLikeArabicPlaceName(String text) {
        String[] words = text.split("[\\s-]+");
        if (words.length < 2 || !TOPONYM_PREFIXES.contains(words[0].toLowerCase(Locale.ROOT))) {
            return false;
        }
        return places.resolve(text, REGION).filter(p -> REGION.contains(p.country())).isPresent();
    }

    private static final Set<String> REGION = Set.of("SY", "IQ", "TR", "LB", "JO");

    /**
     * "the Asad regime", "Assad's brutal regime", "Kurdish forces": a person, state or people followed by a word for
     * a government or an armed force names that body; the widened mention replaces the narrow one.
     */
    private List<Mention> widenToBodies(DocumentContext doc, int s, List<CoreLabel> tokens, List<Mention> found) {
        List<Mention> result = new ArrayList<>();
        for (Mention m : found) {
            boolean namesOwner = m.type() == EntityType.PERSON || m.type() == EntityType.COUNTRY
                    || m.type() == EntityType.NATIONALITY;
            int k = m.tokenEnd();
            if (namesOwner && k < tokens.size() && tokens.get(k).word().equals("'s")) {
                k++;
            }
            while (namesOwner && k < tokens.size() && tokens.get(k).tag().startsWith("JJ") && k - m.tokenEnd() < 3) {
                k++;
            }
            String word = k < tokens.size() ? tokens.get(k).word().toLowerCase(Locale.ROOT) : "";
            boolean regime = REGIME_WORDS.contains(word);
            boolean force = FORCE_WORDS.contains(word) && m.type() != EntityType.PERSON;
            if (!namesOwner || !(regime || force) || k < tokens.size() && isNameLabel(tokens.get(k).ner())) {
                result.add(m);
                continue;
            }
            int start = m.tokenStart();
            if (start > 0 && tokens.get(start - 1).word().equalsIgnoreCase("the")) {
                start--;
            }
            var span = doc.tokenSpan(s, start, k + 1);
            Optional<GazetteerEntry> known = gazetteer.lookup(span.text().replaceFirst("^(?i)the ", ""));
            EntityType type = known.map(GazetteerEntry::type)
                    .orElse(regime ? EntityType.GOVERNMENT_BODY : EntityType.ARMED_GROUP);
            result.add(new Mention(s, start, k + 1, span, type, known.map(GazetteerEntry::name).orElse(null)));
            if (m.type() == EntityType.NATIONALITY || m.type() == EntityType.PERSON) {
                result.add(m); // "the Asad regime" still mentions Asad
            }
        }
        return result;
    }

    /** "ISIL-held", "U.S.-led": the tokenizer keeps these whole, but their first part is a name. */
    private List<Mention> hyphenPrefixes(DocumentContext doc, int s, List<CoreLabel> tokens, List<Mention> found) {
        List<Mention> result = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            final int at = i;
            if (found.stream().anyMatch(m -> m.covers(at))) {
                continue;
            }
            CoreLabel t = tokens.get(i);
            String original = doc.text().substring(t.beginPosition(), t.endPosition());
            int dash = original.lastIndexOf('-');
            if (dash <= 0 || !HYPHEN_SUFFIXES.contains(original.substring(dash + 1).toLowerCase(Locale.ROOT))) {
                continue;
            }
            String prefix = original.substring(0, dash);
            gazetteer.lookup(prefix).ifPresent(entry -> result.add(new Mention(s, at, at + 1,
                    doc.offsets().span(t.beginPosition(), t.beginPosition() + dash), entry.type(), entry.name())));
        }
        return result;
    }

    /** Offices named without their holder: "the Foreign Secretary", "Minister for the Middle East". */
    private List<Mention> offices(DocumentContext doc, int s, List<CoreLabel> tokens, List<Mention> found) {
        List<Mention> result = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!OFFICE_WORDS.contains(tokens.get(i).word())) {
                continue;
            }
            int start = i;
            while (start > 0 && OFFICE_MODIFIERS.contains(tokens.get(start - 1).word()) && i - start < 3) {
                start--;
            }
            int end = i + 1;
            // "Minister for the Middle East", "Secretary of State": a capitalised complement belongs to the office.
            if (end + 1 < tokens.size() && (tokens.get(end).word().equals("for") || tokens.get(end).word().equals("of"))) {
                int k = end + 1;
                if (k < tokens.size() && tokens.get(k).word().equals("the")) {
                    k++;
                }
                int nameEnd = k;
                while (nameEnd < tokens.size() && Character.isUpperCase(tokens.get(nameEnd).word().charAt(0))
                        && nameEnd - k < 4) {
                    nameEnd++;
                }
                if (nameEnd > k) {
                    end = nameEnd;
                }
            }
            final int from = start;
            final int to = end;
            // A place in the complement ("Minister for the Middle East") stays a mention of its own.
            final int office = i + 1;
            boolean overlapsName = found.stream().anyMatch(m -> m.tokenStart() < to && from < m.tokenEnd()
                    && !(m.tokenStart() > office && m.type().isLocation()));
            boolean holderFollows = found.stream().anyMatch(m -> m.type() == EntityType.PERSON
                    && m.tokenStart() == to);
            if (overlapsName || holderFollows || start == i && i > 0 && !tokens.get(i - 1).word().equalsIgnoreCase("the")) {
                i = end - 1;
                continue;
            }
            result.add(new Mention(s, start, end, doc.tokenSpan(s, start, end), EntityType.PERSON, null));
            i = end - 1;
        }
        return result;
    }

    /** Words for governing bodies: without a named owner "the government" says not whose, so it is no party. */
    private static final Set<String> GOVERNING_WORDS = Set.of("regime", "government", "governments", "authorities",
            "administration", "ministers", "ministry");
    /** Words that bound or round a count: "at least 71", "more than 20", "nearly 30", "some 40". */
    private static final Set<String> COUNT_MODIFIERS = Set.of("about", "around", "nearly", "almost", "approximately",
            "roughly", "some", "over", "only", "just", "estimated", "up");
    /** Participles of harm and capture, which stay out of a description: they are the event ("two injured men"). */
    private static final Set<String> HARM_PARTICIPLES = Set.of("killed", "wounded", "injured", "dead", "slain",
            "murdered", "executed", "massacred", "maimed", "hurt", "arrested", "detained", "captured", "kidnapped",
            "abducted", "jailed", "imprisoned", "shot", "stabbed", "beheaded");
    /** Kinds of name whose people or forces a following noun describes: "Taliban gunmen", "Hamas fighters". */
    private static final Set<EntityType> OWNING_NAMES = Set.of(EntityType.ORGANIZATION, EntityType.ARMED_GROUP,
            EntityType.GOVERNMENT_BODY, EntityType.COMPANY);

    /**
     * Parties described by a noun phrase whose head noun names people or forces: "the regime", "government forces",
     * "opposition fighters", "police", "two Afghan policemen", "at least 71 people", "a suicide bomber", "the
     * Iraqi foreign minister", "the government of Iraq". The noun must head its phrase ("terrorist attacks" names no
     * actor, "police station" no party); the phrase takes in the determiners, numbers, adjectives and nouns before
     * it, and a nationality. A noun for one person needs a determiner or a number ("the colonel"; bare, "Colonel" is
     * a title). A name right before the noun ("Taliban gunmen") makes a {@link Mention.Kind#NAMED_DESCRIPTION} of
     * that name; otherwise the phrase is a {@link Mention.Kind#DESCRIPTION}, unless the gazetteer knows it.
     */
    private List<Mention> nominalActors(DocumentContext doc, int s, List<CoreLabel> tokens, List<Mention> found) {
        List<Mention> result = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel head = tokens.get(i);
            Optional<EntityType> noun = head.tag().startsWith("NN") ? actorNouns.typeOf(head.word()) : Optional.empty();
            final int at = i;
            if (noun.isEmpty() || found.stream().anyMatch(m -> m.covers(at))
                    || i + 1 < tokens.size() && tokens.get(i + 1).tag().startsWith("NN")) {
                continue;
            }
            int start = i;
            boolean determined = false;
            boolean counted = false;
            Mention owner = null;
            while (start > 0 && !determined && owner == null) {
                final int prev = start - 1;
                CoreLabel p = tokens.get(prev);
                String w = p.word().toLowerCase(Locale.ROOT);
                Optional<Mention> name = found.stream().filter(m -> m.covers(prev)).findFirst();
                if (name.isPresent()) {
                    if (name.get().type() == EntityType.NATIONALITY) {
                        start = name.get().tokenStart();
                    } else {
                        owner = name.get();
                    }
                } else if (DETERMINERS.contains(w) && !isComplementizer(p, head) || p.tag().equals("PRP$")) {
                    start--;
                    determined = true;
                } else if (p.tag().equals("CD")) {
                    start = countStart(tokens, prev);
                    counted = true;
                } else if ((p.tag().startsWith("JJ") || p.tag().startsWith("NN") || p.tag().equals("VBN"))
                        && !HARM_PARTICIPLES.contains(w)) {
                    start--;
                } else {
                    break;
                }
            }
            EntityType type = noun.get();
            int end = i + 1;
            boolean nameFollows = end < tokens.size() && (found.stream().anyMatch(m -> m.tokenStart() == at + 1)
                    || Character.isUpperCase(tokens.get(end).word().codePointAt(0)));
            // "The Free Syria Monitor, a group based in Britain": an apposition describes the name, it is no actor.
            final int first = owner != null ? owner.tokenStart() : start;
            boolean apposition = first >= 2 && tokens.get(first - 1).word().equals(",")
                    && found.stream().anyMatch(m -> m.covers(first - 2));
            boolean onePerson = type == EntityType.PERSON;
            if (apposition || onePerson && (!(determined || counted) || nameFollows)) {
                continue;
            }
            if (owner != null) {
                // "Taliban gunmen", "Hamas fighters": the named party, in the words that say who did it.
                if (OWNING_NAMES.contains(owner.type()) && !onePerson) {
                    result.add(new Mention(s, owner.tokenStart(), end, doc.tokenSpan(s, owner.tokenStart(), end),
                            owner.type(), owner.canonical(), Mention.Kind.NAMED_DESCRIPTION));
                    i = end - 1;
                } else if (!onePerson && start < end && owner.type() != EntityType.NATIONALITY) {
                    // "Kabul residents", "Smith's supporters": people of a place or person, described after the name.
                    result.add(new Mention(s, start, end, doc.tokenSpan(s, start, end), type, null,
                            Mention.Kind.DESCRIPTION));
                    i = end - 1;
                }
                continue;
            }
            // "the government of Iraq", "the people of Mosul": the body or people of a named state or place.
            if (type != EntityType.PERSON && end + 1 < tokens.size() && tokens.get(end).word().equals("of")) {
                Optional<Mention> of = found.stream().filter(m -> m.tokenStart() == at + 2
                        && (m.type() == EntityType.COUNTRY || m.type() == EntityType.PLACE)).findFirst();
                if (of.isPresent()) {
                    end = of.get().tokenEnd();
                }
            }
            var span = doc.tokenSpan(s, start, end);
            Optional<GazetteerEntry> known = gazetteer.lookup(span.text().replaceFirst("^(?i)the ", ""));
            // "the government" alone says not whose: as an entity it would merge every government in the document.
            final int from = start;
            boolean owned = end > i + 1 || found.stream().anyMatch(m -> m.type() == EntityType.NATIONALITY
                    && m.tokenStart() >= from && m.tokenEnd() <= at);
            if (GOVERNING_WORDS.contains(head.word().toLowerCase(Locale.ROOT)) && known.isEmpty() && !owned) {
                i = end - 1;
                continue;
            }
            Mention.Kind kind = known.isPresent() || end > i + 1 ? Mention.Kind.NAME : Mention.Kind.DESCRIPTION;
            result.add(new Mention(s, start, end, span, known.map(GazetteerEntry::type).orElse(type),
                    known.map(GazetteerEntry::name).orElse(null), kind));
            i = end - 1;
        }
        return result;
    }

    /**
     * "confirmed that two engineers were kidnapped", "said that guerrillas attacked": a "that" or "this" the tagger
     * does not take for a determiner, or one before a plural noun, opens a clause and is no part of the phrase.
     */
    private static boolean isComplementizer(CoreLabel word, CoreLabel head) {
        String w = word.word().toLowerCase(Locale.ROOT);
        return (w.equals("that") || w.equals("this")) && (!word.tag().equals("DT") || head.tag().endsWith("S"));
    }

    /** Forms of verbs of harm and capture whose object or subject a bare number may count: "wounded 71". */
    private static final Set<String> HARM_FORMS = Set.of("kill", "kills", "killed", "killing", "wound", "wounds",
            "wounded", "wounding", "injure", "injures", "injured", "injuring", "hurt", "hurting", "massacred",
            "executed", "arrest", "arrested", "arresting", "detain", "detained", "detaining", "abducted", "kidnapped",
            "dead", "died", "die", "missing", "slain", "murdered", "captured", "seized");
    private static final Set<String> AUXILIARIES = Set.of("had", "have", "has", "been", "were", "was", "are", "is",
            "be", "being", "reportedly", "also", "later", "all");
    /** Tagger classes of numbers that count no people: dates, times, sums, shares, ranks. */
    private static final Set<String> NOT_PEOPLE = Set.of("DATE", "TIME", "MONEY", "PERCENT", "DURATION", "ORDINAL",
            "SET");

    /**
     * People counted by a bare number that a verb of harm or capture takes: "shot four guards and wounded 9",
     * "injuring over 30", "212 had died". The number heads its phrase (no noun follows) and the verb is
     * next to it; the count, with its bound ("at least"), is a description of those it counts.
     */
    private static List<Mention> countedPeople(DocumentContext doc, int s, List<CoreLabel> tokens, List<Mention> found) {
        List<Mention> result = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            final int at = i;
            if (!t.tag().equals("CD") || t.ner() != null && NOT_PEOPLE.contains(t.ner())
                    || found.stream().anyMatch(m -> m.covers(at)) || !Character.isDigit(t.word().codePointAt(0))
                    && !Character.isLetter(t.word().codePointAt(0))) {
                continue;
            }
            int end = i + 1;
            if (end < tokens.size()) {
                CoreLabel next = tokens.get(end);
                if (next.tag().startsWith("NN") || next.tag().equals("CD") || next.tag().startsWith("JJ")
                        || next.word().equals("%") || next.word().equalsIgnoreCase("of")) {
                    continue;
                }
            }
            int start = countStart(tokens, i);
            if (start > 0 && Set.of("the", "another", "all", "a", "further").contains(
                    tokens.get(start - 1).word().toLowerCase(Locale.ROOT))) {
                start--;
            }
            boolean harmBefore = start > 0 && HARM_FORMS.contains(tokens.get(start - 1).word().toLowerCase(Locale.ROOT));
            boolean harmAfter = false;
            for (int k = end; k < tokens.size() && k < end + 4; k++) {
                String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
                if (HARM_FORMS.contains(w)) {
                    harmAfter = true;
                    break;
                }
                if (!AUXILIARIES.contains(w)) {
                    break;
                }
            }
            if (!harmBefore && !harmAfter) {
                continue;
            }
            EntityType type = t.word().equalsIgnoreCase("one") || t.word().equals("1")
                    ? EntityType.PERSON : EntityType.ORGANIZATION;
            result.add(new Mention(s, start, end, doc.tokenSpan(s, start, end), type, null, Mention.Kind.DESCRIPTION));
        }
        return result;
    }

    /**
     * Where a count ending at token {@code number} starts: "71", "at least 71", "more than 20", "up to 30", "some
     * 40", "two hundred".
     */
    private static int countStart(List<CoreLabel> tokens, int number) {
        int k = number;
        while (k > 0 && tokens.get(k - 1).tag().equals("CD")) {
            k--;
        }
        if (k >= 2) {
            String a = tokens.get(k - 2).word().toLowerCase(Locale.ROOT);
            String b = tokens.get(k - 1).word().toLowerCase(Locale.ROOT);
            if (a.equals("at") && (b.equals("least") || b.equals("most"))
                    || b.equals("than") && (a.equals("more") || a.equals("fewer") || a.equals("less"))
                    || a.equals("up") && b.equals("to")) {
                return k - 2;
            }
        }
        if (k >= 1 && COUNT_MODIFIERS.contains(tokens.get(k - 1).word().toLowerCase(Locale.ROOT))
                && !tokens.get(k - 1).word().equalsIgnoreCase("up")) {
            return k - 1;
        }
        return k;
    }

    /** Pronouns for people and groups ("I", "he", "we", "they"), to be resolved to who they stand for. */
    private static List<Mention> pronouns(DocumentContext doc, int s, List<CoreLabel> tokens, List<Mention> found) {
        List<Mention> result = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            EntityType type = t.tag().startsWith("PRP") ? PRONOUNS.get(t.word().toLowerCase(Locale.ROOT)) : null;
            final int at = i;
            // "his men": the description holds the pronoun, which still stands for whoever it stands for.
            if (type != null && !t.word().equals("US") && found.stream().noneMatch(m -> m.covers(at)
                    && !(m.isDescription() && m.tokenStart() == at))) {
                result.add(new Mention(s, i, i + 1, doc.tokenSpan(s, i, i + 1), type, null));
            }
        }
        return result;
    }

    /**
     * "the Assad regime", a known name for a government, also mentions the ruler it is named after: one capitalised
     * word before a lower-case "regime" or "government" that names no state, people or place.
     */
    private List<Mention> nestedRulers(DocumentContext doc, int s, List<CoreLabel> tokens, List<Mention> found) {
        List<Mention> result = new ArrayList<>();
        for (Mention m : found) {
            int last = m.tokenEnd() - 1;
            int ruler = last - 1;
            if (m.type() != EntityType.GOVERNMENT_BODY || ruler < m.tokenStart()
                    || !REGIME_WORDS.contains(tokens.get(last).word())) {
                continue;
            }
            String word = tokens.get(ruler).word();
            boolean nested = found.stream().anyMatch(o -> o != m && o.covers(ruler));
            if (nested || !Character.isUpperCase(word.codePointAt(0)) || word.equalsIgnoreCase("the")
                    || gazetteer.lookup(word).isPresent() || places.resolve(word, REGION).isPresent()) {
                continue;
            }
            result.add(new Mention(s, ruler, ruler + 1, doc.tokenSpan(s, ruler, ruler + 1), EntityType.PERSON, null));
        }
        return result;
    }

    /** "Iraqi Security Forces" also mentions the nationality "Iraqi". */
    private List<Mention> nestedNationalities(DocumentContext doc, int s, List<CoreLabel> tokens, List<Mention> found) {
        List<Mention> result = new ArrayList<>();
        for (Mention m : found) {
            if (m.type() == EntityType.NATIONALITY || m.type() == EntityType.PERSON) {
                continue;
            }
            if (m.type() == EntityType.GOVERNMENT_BODY || m.type() == EntityType.ORGANIZATION) {
                nestedStateAfterOf(doc, s, tokens, found, m).ifPresent(result::add); // not "Islamic State of Iraq"
            }
            int first = m.tokenStart();
            if (tokens.get(first).word().equalsIgnoreCase("the") && first + 1 < m.tokenEnd()) {
                first++;
            }
            if (first + 1 >= m.tokenEnd()) {
                continue;
            }
            final int at = first;
            gazetteer.lookup(tokens.get(first).word())
                    .filter(e -> e.type() == EntityType.NATIONALITY)
                    .filter(e -> found.stream().noneMatch(o -> o.type() == EntityType.NATIONALITY && o.covers(at)))
                    .ifPresent(e -> result.add(new Mention(s, at, at + 1, doc.tokenSpan(s, at, at + 1),
                            EntityType.NATIONALITY, e.name())));
        }
        return result;
    }

    /** "Government of Iraq" also mentions the state "Iraq". */
    private Optional<Mention> nestedStateAfterOf(DocumentContext doc, int s, List<CoreLabel> tokens, List<Mention> found,
                                                 Mention m) {
        for (int k = m.tokenStart() + 1; k + 1 < m.tokenEnd(); k++) {
            if (!tokens.get(k).word().equals("of")) {
                continue;
            }
            int from = k + 1 < m.tokenEnd() && tokens.get(k + 1).word().equalsIgnoreCase("the") ? k + 2 : k + 1;
            if (from >= m.tokenEnd()) {
                return Optional.empty();
            }
            var span = doc.tokenSpan(s, from, m.tokenEnd());
            final int at = from;
            return gazetteer.lookup(span.text())
                    .filter(e -> e.type() == EntityType.COUNTRY)
                    .filter(e -> found.stream().noneMatch(o -> o != m && o.covers(at)))
                    .map(e -> new Mention(s, at, m.tokenEnd(), span, EntityType.COUNTRY, e.name()));
        }
        return Optional.empty();
    }

    /** Types a name the gazetteer does not know from the CRF class and the words in it. */
    static EntityType typeOfUnknownName(String crfLabel, String text) {
        return switch (crfLabel) {
            case "PERSON" -> EntityType.PERSON;
            case "LOCATION" -> FACILITY_WORDS.matcher(text).find() ? EntityType.FACILITY : EntityType.PLACE;
            default -> {
                if (MILITARY_UNIT_WORDS.matcher(text).find()) {
                    yield EntityType.ARMED_GROUP; // "Amphibious Task Group" is no business for all its "Group"
                }
                if (COMPANY_WORDS.matcher(text).find()) {
                    yield EntityType.COMPANY;
                }
                if (ARMED_GROUP_WORDS.matcher(text).find()) {
                    yield EntityType.ARMED_GROUP;
                }
                if (GOVERNMENT_WORDS.matcher(text).find()) {
                    yield EntityType.GOVERNMENT_BODY;
                }
                if (FACILITY_WORDS.matcher(text).find()) {
                    yield EntityType.FACILITY;
                }
                yield EntityType.ORGANIZATION;
            }
        };
    }
}
