package org.sitrep.extract.event;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import org.sitrep.extract.Claim;
import org.sitrep.extract.Dependencies;
import org.sitrep.extract.EntityType;
import org.sitrep.extract.DocumentContext;
import org.sitrep.extract.Event;
import org.sitrep.extract.EventDate;
import org.sitrep.extract.EventType;
import org.sitrep.extract.Fatalities;
import org.sitrep.extract.ExtractionStage;
import org.sitrep.extract.Mention;
import org.sitrep.extract.Modality;
import org.sitrep.extract.Stance;
import org.sitrep.extract.ParseNeed;
import org.sitrep.extract.gazetteer.Gazetteer;
import org.sitrep.extract.place.PlaceResolver;
import org.sitrep.model.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
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

    private static final Set<String> CEASEFIRE_LEMMAS = Set.of("ceasefire", "truce", "cease-fire", "cessation");
    private static final Set<String> FUTURE_LEMMAS = Set.of("plan", "intend", "threaten", "prepare", "vow", "aim",
            "expect", "seek", "propose", "pledge");
    private static final Set<String> HYPOTHETICAL_WORDS = Set.of("would", "could", "might", "may", "if", "unless",
            "should");
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})");

    private final TriggerLexicon lexicon = new TriggerLexicon();
    private final MeansWords means = new MeansWords();
    private final SubtypeByParties subtypeByParties = new SubtypeByParties();
    /** The kind head's label for a later detail of an occurrence already told. */
    private static final String FOLLOW_UP_KIND = "followup";

    /**
     * The least occurrence score of a sentence read as a further mention of an event told elsewhere: below it, a
     * sentence naming "the attack" mostly weighs its causes or its politics, and adds nothing to the event.
     */
    private static final double MENTION_FLOOR = 0.2;

    /** The least occurrence score of a further mention that stands as the occurrence where nothing else tells it. */
    private static final double UNTOLD_OCCURRENCE_FLOOR = 0.35;

    /** Verbs that say what someone is rather than what was done: see {@code portrayal-verbs.txt}. */
    private static final Set<String> PORTRAYAL_LEMMAS = Set.copyOf(TriggerLexicon.lines("portrayal-verbs.txt"));

    /** Words of violence also used of words and rivalry: see {@code figurative-deed-words.txt}. */
    private static final Set<String> FIGURATIVE_LEMMAS = Set.copyOf(TriggerLexicon.lines("figurative-deed-words.txt"));

    private final EventClassifier classifier;
    private final DateCues dateCues = new DateCues();
    private final EventPlaces places;

    public EventFinder(EventClassifier classifier, PlaceResolver places, Gazetteer gazetteer) {
        this.classifier = classifier;
        this.places = new EventPlaces(places, gazetteer);
    }

    /** Which sentences need their dates resolved: those that may carry an event and hold a date word or number. */
    public ParseNeed dateNeed() {
        return (doc, sentence) -> needsParse(doc, sentence) && dateCues.anyIn(doc.tokens(sentence));
    }

    /** Sentences the heads take as occurrences, and counted breaches of a truce, need their parse for roles. */
    @Override
    public boolean needsParse(DocumentContext doc, int sentence) {
        EventClassifier.Judgement j = judgement(doc, sentence);
        return j != null && (j.isOccurrence() || mayBeFurtherMention(j, doc.tokens(sentence)))
                || violationAt(doc.tokens(sentence)) >= 0 || mayNameADeedInPassing(doc, sentence);
    }

    /**
     * Whether the heads' judgement and the words let a sentence be a further mention of an event told elsewhere:
     * the kind head says so, or the sentence names a deed with a definite article ("the blast") and the occurrence
     * head does not rule it out. Its parse then tells which of its dead and places belong to that event.
     */
    private static boolean mayBeFurtherMention(EventClassifier.Judgement j, List<CoreLabel> tokens,
                                               List<TriggerLexicon.Hit> hits) {
        return j.kind().equals(FOLLOW_UP_KIND)
                || j.occurrence() >= MENTION_FLOOR && EventReferences.toldElsewhere(tokens, hits).isPresent();
    }

    private boolean mayBeFurtherMention(EventClassifier.Judgement j, List<CoreLabel> tokens) {
        return mayBeFurtherMention(j, tokens, lexicon.find(tokens));
    }

    /**
     * Whether a sentence the heads take for no occurrence may still name a deed of violence with its victim (see
     * {@link #deedNamedInPassing}) or its doer (see {@link #deedOwned}): a noun or gerund of violence from the lexicon,
     * and a person's name or words that lay a deed at someone's door. Few sentences are both, so their parse costs
     * little.
     */
    private boolean mayNameADeedInPassing(DocumentContext doc, int s) {
        List<CoreLabel> tokens = doc.tokens(s);
        // the cheap tests first: this runs for every sentence the heads let pass, twice with the date need
        boolean nameOrOwner = RoleFinder.mayOwnADeed(tokens) || doc.mentionsIn(s).stream()
                .anyMatch(m -> m.kind() == Mention.Kind.NAME && m.type() == EntityType.PERSON);
        return nameOrOwner && lexicon.find(tokens).stream().anyMatch(h -> isDeedWord(tokens, h, true));
    }

    /** A lexicon word of violence used as a noun ("the murder of"), or with {@code gerunds} as one ("of killing"). */
    private static boolean isDeedWord(List<CoreLabel> tokens, TriggerLexicon.Hit h, boolean gerunds) {
        String tag = tokens.get(h.end() - 1).tag();
        return forceful(h.type()) && tag != null && (tag.startsWith("NN") || gerunds && tag.equals("VBG"));
    }

    /**
     * "Authorities attribute the attacks to drug traffickers", "the front claimed responsibility for the bombing":
     * a sentence with no news of its own that says who did a deed, which is then a further mention of that deed
     * (the merger joins it to the deed told elsewhere, or drops it).
     */
    private static Optional<TriggerLexicon.Hit> deedOwned(DocumentContext doc, int s, List<CoreLabel> tokens,
                                                          List<TriggerLexicon.Hit> hits, Optional<Dependencies> deps) {
        if (deps.isEmpty() || !RoleFinder.mayOwnADeed(tokens)) {
            return Optional.empty();
        }
        for (TriggerLexicon.Hit h : hits) {
            if (isDeedWord(tokens, h, false)
                    && !RoleFinder.find(doc, s, h.start(), h.end(), deps).agents().isEmpty()) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
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

    /**
     * What the heads make of sentence {@code s}; null for sentences that report nothing (too short, verbless, or let
     * pass by the screen). The first call judges every sentence of the document in one batch and keeps each
     * judgement on its sentence, so that text is read once.
     */
    private EventClassifier.Judgement judgement(DocumentContext doc, int s) {
        List<CoreMap> sentences = doc.sentences();
        if (!sentences.get(s).containsKey(EventJudgementAnnotation.class)) {
            List<Integer> worth = new ArrayList<>();
            for (int i = 0; i < sentences.size(); i++) {
                if (worthJudging(doc.tokens(i))) {
                    worth.add(i);
                }
            }
            List<EventClassifier.Judgement> judged = classifier.judgeAll(
                    worth.stream().map(i -> doc.sentenceSpan(i).text()).toList(),
                    worth.stream().map(doc::tokens).toList());
            for (CoreMap sentence : sentences) {
                sentence.set(EventJudgementAnnotation.class, null);
            }
            for (int k = 0; k < worth.size(); k++) {
                sentences.get(worth.get(k)).set(EventJudgementAnnotation.class, judged.get(k));
            }
        }
        return sentences.get(s).get(EventJudgementAnnotation.class);
    }

    /** The key under which a sentence keeps its judgement. */
    private static final class EventJudgementAnnotation implements CoreAnnotation<EventClassifier.Judgement> {
        @Override
        public Class<EventClassifier.Judgement> getType() {
            return EventClassifier.Judgement.class;
        }
    }

    /** Sentences of fewer than four words or without a verb (bylines, captions, list items) report no occurrence. */
    private static boolean worthJudging(List<CoreLabel> tokens) {
        if (tokens.size() < 4) {
            return false;
        }
        for (CoreLabel t : tokens) {
            if (t.tag() != null && (t.tag().startsWith("VB") || t.tag().equals("MD"))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void process(DocumentContext doc) {
        Set<String> docCountries = places.countriesOf(doc);
        boolean ceasefireDoc = aboutCeasefire(doc);
        for (int s = 0; s < doc.sentences().size(); s++) {
            List<CoreLabel> tokens = doc.tokens(s);
            int violation = violationAt(tokens);
            boolean breach = violation >= 0 && (ceasefireDoc || anyLemma(tokens, CEASEFIRE_LEMMAS));
            EventClassifier.Judgement judged = judgement(doc, s);
            EventClassifier.Judgement judgement = judged;
            boolean tally = breach && (count(tokens) != null || tokens.get(violation).tag().startsWith("VB"));
            EventType type;
            boolean followUp = false;
            List<TriggerLexicon.Hit> hits = lexicon.find(tokens);
            Optional<TriggerLexicon.Hit> known = EventReferences.toldElsewhere(tokens, hits);
            if (judgement != null && judgement.isOccurrence()) {
                type = means.firstAdmitted(judgement.ranked(), tokens);
                if (tally && !type.isViolent()) {
                    type = EventType.ARMED_CLASH; // breaching a truce is fighting, whatever else the words suggest
                }
            } else if (tally) {
                // A counted report of breaches of a truce ("recorded 14 violations") is an occurrence whatever the
                // heads make of its wording; its kind of violence is theirs if they name one, else fighting, as
                // ACLED would file it.
                if (judgement == null) {
                    judgement = classifier.judgeUnscreened(doc.sentenceSpan(s).text(), tokens);
                }
                EventType violence = means.firstAdmitted(judgement.ranked(), tokens);
                type = violence.isViolent() ? violence : EventType.ARMED_CLASH;
            } else if (judged != null && judged.kind().equals(FOLLOW_UP_KIND)) {
                // "The car bomb, hidden in a van, went off as the shift changed": no new occurrence, but a further
                // mention of one told before or after, which the merger joins to it or drops
                type = means.firstAdmitted(judged.ranked(), tokens);
                followUp = true;
            } else if (judged != null && judged.occurrence() >= MENTION_FLOOR && known.isPresent()) {
                // "Three children died in the shelling, medics said": the heads rightly see no new occurrence, but
                // the toll belongs to the shelling told in another sentence
                type = known.get().type();
                followUp = true;
            } else {
                // "The minister condemned the murder of the mayor, Ana Ruiz": no news of its own, but a deed named
                Optional<Dependencies> deps = doc.parse(s).map(Dependencies::new);
                Optional<TriggerLexicon.Hit> deed = deedNamedInPassing(doc, s, tokens, hits, null, deps);
                if (deed.isPresent()) {
                    doc.events().add(build(doc, s, tokens, hits, deed.get(), deps, docCountries, false, null));
                } else {
                    Optional<TriggerLexicon.Hit> owned = deedOwned(doc, s, tokens, hits, deps);
                    if (owned.isPresent()) {
                        doc.events().add(EventMerger.asFollowUp(
                                build(doc, s, tokens, hits, owned.get(), deps, docCountries, false, null)));
                    }
                }
                continue;
            }
            Optional<Dependencies> deps = doc.parse(s).map(Dependencies::new);
            TriggerLexicon.Hit trigger = trigger(tokens, hits, type, deps, violation);
            if (!followUp && deps.isPresent() && EventClause.namesEarlierDeed(deps.get(), tokens, trigger.end() - 1)) {
                // "The blast went off near the barracks, where 40 recruits died when rebels stormed it years ago": the
                // deed the heads read is background in a clause describing a place; the sentence's own news is, at
                // most, a further mention of a deed told elsewhere
                if (known.isEmpty()) {
                    continue;
                }
                type = known.get().type();
                trigger = known.get();
                followUp = true;
            }
            if (deps.isPresent() && EventReferences.isRunningTotal(deps.get(), tokens, trigger.end() - 1)) {
                // "Air strikes have killed 300 civilians since January": a tally of a campaign, not one occurrence
                continue;
            }
            if (type.isViolent() && deps.isPresent()
                    && EventReferences.isAnsweredDeed(deps.get(), tokens, trigger.end() - 1)) {
                // "In response to the raid, the army closed the border": the raid is told before, and what answers
                // it is no deed of violence; the sentence adds nothing to either
                continue;
            }
            if (EventReferences.namesFoundEvent(doc, tokens, trigger)) {
                // "The assault recalled the 2015 siege of a hotel": the sentence's news is the siege
                trigger = EventReferences.backgroundEvent(doc, tokens, hits, deps, type).orElse(trigger);
            }
            if (!named(hits, trigger) && PORTRAYAL_LEMMAS.contains(tokens.get(trigger.start()).lemma())) {
                // "The group hailed the gunman as a soldier of the faith", "The dead were: ...": with no word of the
                // deed, the sentence's only verb portrays or lists people, and that is no occurrence of any kind
                continue;
            }
            if (!named(hits, trigger) && isClaimCue(doc, doc.tokenSpan(s, trigger.start(), trigger.end()))) {
                // "The bank denied the accusation": the sentence's only deed is the saying, which is a claim
                continue;
            }
            Event event = build(doc, s, tokens, hits, trigger, deps, docCountries, breach && type.isViolent(),
                    judgement);
            if (followUp) {
                // a mention of violence whose victims it counts, in a sentence the heads lean to take as an
                // occurrence, is one even where no other sentence tells it; victims are those of a word of violence,
                // not whoever the main verb acts on ("he was released on bail")
                boolean victims = named(hits, trigger) && !event.targets().isEmpty() || event.fatalities() != null;
                doc.events().add(type.isViolent() && victims && judged.occurrence() >= UNTOLD_OCCURRENCE_FLOOR
                        ? EventMerger.asFollowUpOrOccurrence(event) : EventMerger.asFollowUp(event));
                continue;
            }
            doc.events().add(event);
            if (!forceful(type)) {
                Optional<TriggerLexicon.Hit> deed = deedNamedInPassing(doc, s, tokens, hits, trigger, deps);
                if (deed.isPresent()) {
                    // the heads' kind judged the sentence's own news, not the deed it names in passing
                    doc.events().add(build(doc, s, tokens, hits, deed.get(), deps, docCountries, false, null));
                }
            }
            Optional<TriggerLexicon.Hit> sale = type == EventType.TRADE ? Optional.empty()
                    : saleBetweenFirms(doc, s, tokens, hits);
            if (sale.isPresent()) {
                doc.events().add(build(doc, s, tokens, hits, sale.get(), deps, docCountries, false, judgement));
            }
        }
    }

    /**
     * A sale, shipment or delivery by or to a company in a sentence the heads filed under another type ("cord made
     * by X was delivered to Y and turned up in a bomb workshop"): supply chains are read from such sales, so the
     * sentence holds a trade event too. The verb alone does not make one: a firm must take part in it.
     */
    private Optional<TriggerLexicon.Hit> saleBetweenFirms(DocumentContext doc, int s, List<CoreLabel> tokens,
                                                          List<TriggerLexicon.Hit> hits) {
        for (TriggerLexicon.Hit h : hits) {
            if (h.type() != EventType.TRADE || !tokens.get(h.start()).tag().startsWith("VB")) {
                continue;
            }
            RoleFinder.Roles roles = RoleFinder.byWordOrder(doc, s, h.start(), h.end());
            boolean firm = java.util.stream.Stream.concat(roles.agents().stream(), roles.patients().stream())
                    .anyMatch(m -> m.type() == EntityType.COMPANY);
            if (firm) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }

    /**
     * A deed of violence that a sentence about something else names with its victim ("judges stopped work to protest
     * the murder of a colleague, Judge X", "police arrested a man they accuse of killing X"): an occurrence of its
     * own, which the heads, judging the sentence by its news, do not type. Only a named victim makes one, so that a
     * mere reference ("the attack", "such killings") stays a reference.
     */
    private static Optional<TriggerLexicon.Hit> deedNamedInPassing(DocumentContext doc, int s, List<CoreLabel> tokens,
                                                                   List<TriggerLexicon.Hit> hits,
                                                                   TriggerLexicon.Hit main,
                                                                   Optional<Dependencies> deps) {
        if (deps.isEmpty()) {
            return Optional.empty();
        }
        for (TriggerLexicon.Hit h : hits) {
            if (h == main || !isDeedWord(tokens, h, true) || EventClause.isLaterDeed(deps.get(), tokens, h.end() - 1)) {
                continue;
            }
            if (FIGURATIVE_LEMMAS.contains(TriggerLexicon.lemma(tokens.get(h.end() - 1)))
                    && !RoleFinder.namesHarm(tokens)) {
                continue; // "his attacks on the senator", "ads attacking her rival": words, unless someone was hurt
            }
            RoleFinder.Roles roles = RoleFinder.find(doc, s, h.start(), h.end(), deps);
            if (roles.patients().stream().anyMatch(m -> m.kind() == Mention.Kind.NAME
                    && m.type() == EntityType.PERSON)) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }

    /**
     * The words that name the event, for its roles and modality: the lexicon's trigger of the judged type, else of
     * the same ACLED type, else the sentence's main verb. The type is the heads' judgement, whatever the words.
     */
    private TriggerLexicon.Hit trigger(List<CoreLabel> tokens, List<TriggerLexicon.Hit> hits, EventType type,
                                       Optional<Dependencies> deps, int violation) {
        if (INTERVENTIONS.contains(type)) {
            // What was done to the protest ("were detained", "opened fire on") carries the roles, not "protesters"
            for (TriggerLexicon.Hit h : hits) {
                if (!h.type().type().equals(type.type()) && tokens.get(h.start()).tag().startsWith("VB")) {
                    return new TriggerLexicon.Hit(h.start(), h.end(), type);
                }
            }
        }
        List<TriggerLexicon.Hit> own = hits.stream()
                .filter(h -> deps.isEmpty() || !EventClause.isLaterDeed(deps.get(), tokens, h.end() - 1)
                        && !EventClause.namesEarlierDeed(deps.get(), tokens, h.end() - 1)
                        && !EventReferences.isAnsweredDeed(deps.get(), tokens, h.end() - 1)).toList();
        for (TriggerLexicon.Hit h : own) {
            if (h.type() == type) {
                return objectNamingTheDeed(h, own, deps).orElse(h);
            }
        }
        for (TriggerLexicon.Hit h : own) {
            if (h.type().type().equals(type.type())) {
                return new TriggerLexicon.Hit(h.start(), h.end(), type);
            }
        }
        if (own.size() < hits.size() && forceful(type)) {
            // "Two gunmen opened fire on the hall, wounding a guard, before police killed them": the police's deed
            // is another one; a verb of violence outside it names the sentence's deed, if there is one
            Optional<TriggerLexicon.Hit> deed = violentVerb(tokens, deps, type);
            if (deed.isPresent()) {
                return deed.get();
            }
        }
        for (TriggerLexicon.Hit h : hits) {
            if (h.type() == type) {
                return h;
            }
        }
        if (violation >= 0 && type == EventType.ARMED_CLASH) {
            return new TriggerLexicon.Hit(violation, violation + 1, type);
        }
        // The heads may file a killing under a type whose own words are absent ("troops killed 13 protesters" as a
        // violent demonstration): a word of violence still names the deed better than the sentence's main verb.
        for (TriggerLexicon.Hit h : hits) {
            if (forceful(h.type()) && forceful(type) && tokens.get(h.start()).tag().startsWith("VB")) {
                return new TriggerLexicon.Hit(h.start(), h.end(), type);
            }
        }
        if (forceful(type)) {
            // "The group rose to prominence when a lawmaker was shot dead": the shooting, not the rise
            Optional<TriggerLexicon.Hit> deed = violentVerb(tokens, deps, type);
            if (deed.isPresent()) {
                return deed.get();
            }
        }
        int verb = mainVerb(tokens, deps);
        return new TriggerLexicon.Hit(verb, verb + 1, type);
    }

    /**
     * The object of a trigger verb that names a deed of the same type ("upheld the conviction of X", "overturned the
     * sentence"): the noun holds the proceeding's parties ("of X"), the verb only what became of it.
     */
    private static Optional<TriggerLexicon.Hit> objectNamingTheDeed(TriggerLexicon.Hit verb,
                                                                    List<TriggerLexicon.Hit> hits,
                                                                    Optional<Dependencies> deps) {
        if (deps.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> objects = deps.get().children(verb.end() - 1, "obj");
        return hits.stream().filter(h -> h != verb && h.type() == verb.type() && objects.contains(h.end() - 1))
                .findFirst();
    }

    /** The sentence's first verb of violence that is not a later deed of its own ("... before police shot him"). */
    private static Optional<TriggerLexicon.Hit> violentVerb(List<CoreLabel> tokens, Optional<Dependencies> deps,
                                                           EventType type) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).tag() != null && tokens.get(i).tag().startsWith("VB")
                    && RoleFinder.isViolentDeed(tokens.get(i))
                    && (deps.isEmpty() || !EventClause.isLaterDeed(deps.get(), tokens, i))) {
                return Optional.of(new TriggerLexicon.Hit(i, i + 1, type));
            }
        }
        return Optional.empty();
    }

    /** "Both men", "the two defendants", "the pair": a description that stands for two people named just before. */
    private static final Pattern PAIR = Pattern.compile("(?i)^(?:both(?: (?:men|women|defendants|suspects|brothers"
            + "|officials|officers))?|the two (?:men|women|defendants|suspects|brothers|officials|officers)|the pair)$");

    /**
     * The participants with each "both men" replaced by the last two people the document named before it (in the
     * same or the two sentences before): one description cannot stand for two entities, the event's roles can.
     */
    private static List<Mention> pairsNamed(DocumentContext doc, List<Mention> participants) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : participants) {
            if (PLURAL_PRONOUNS.contains(m.text().toLowerCase(Locale.ROOT))) {
                out.addAll(coordinatedPeopleFor(doc, m).orElse(List.of(m)));
                continue;
            }
            if (!PAIR.matcher(m.text()).matches()) {
                out.add(m);
                continue;
            }
            List<Mention> named = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            List<Mention> before = doc.mentions().stream()
                    .filter(x -> x.kind() == Mention.Kind.NAME && x.type() == EntityType.PERSON
                            && x.span().end() <= m.span().start() && m.sentence() - x.sentence() <= 2)
                    .toList();
            for (int i = before.size() - 1; i >= 0 && named.size() < 2; i--) {
                if (seen.add(doc.entityOf(before.get(i)))) {
                    named.add(0, before.get(i));
                }
            }
            out.addAll(named.size() == 2 ? named : List.of(m));
        }
        return out;
    }

    private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them");

    /**
     * The people "they" stands for when the last thing it may refer to is a list of named people ("prosecutors
     * charged Ann Roe and Ed Poe ... They pleaded not guilty"): the resolver joins a pronoun to one entity, but a list
     * of people is several. Empty when a group or state was named after the list, or no list stands within the two
     * sentences before.
     */
    private static Optional<List<Mention>> coordinatedPeopleFor(DocumentContext doc, Mention pronoun) {
        String resolved = doc.entityOf(pronoun);
        int resolvedEnd = doc.mentions().stream()
                .filter(x -> resolved != null && resolved.equals(doc.entityOf(x)) && x != pronoun
                        && x.kind() == Mention.Kind.NAME && x.span().end() <= pronoun.span().start())
                .mapToInt(x -> x.span().end()).max().orElse(-1);
        List<Mention> before = doc.mentions().stream()
                .filter(x -> x.span().end() <= pronoun.span().start() && pronoun.sentence() - x.sentence() <= 2
                        && x.kind() == Mention.Kind.NAME)
                .sorted(Comparator.comparingInt((Mention x) -> x.span().start()))
                .toList();
        for (int i = before.size() - 1; i > 0; i--) {
            List<Mention> list = new ArrayList<>(List.of(before.get(i)));
            for (int j = i - 1; j >= 0 && joinedInList(doc, before.get(j), list.get(0)); j--) {
                list.add(0, before.get(j));
            }
            boolean people = list.stream().allMatch(x -> x.type() == EntityType.PERSON);
            if (list.size() >= 2 && people) {
                return before.get(i).span().end() > resolvedEnd ? Optional.of(list) : Optional.empty();
            }
            if (before.get(i).type().isActor() && before.get(i).type() != EntityType.PERSON
                    && before.get(i).span().end() > resolvedEnd) {
                return Optional.empty(); // a group named after any list is what "they" is nearest to
            }
        }
        return Optional.empty();
    }

    /** Whether only "and", "or" and commas stand between two mentions of one sentence ("A, B and C"). */
    private static boolean joinedInList(DocumentContext doc, Mention first, Mention next) {
        if (first.sentence() != next.sentence() || first.tokenEnd() > next.tokenStart()) {
            return false;
        }
        List<CoreLabel> tokens = doc.tokens(first.sentence());
        boolean joined = false;
        for (int t = first.tokenEnd(); t < next.tokenStart(); t++) {
            String w = tokens.get(t).word().toLowerCase(Locale.ROOT);
            if (!w.equals("and") && !w.equals(",") && !w.equals("or")) {
                return false;
            }
            joined = true;
        }
        return joined;
    }

    /** Whether the trigger is a word of the lexicon of its own type family, not the sentence's main verb. */
    private static boolean named(List<TriggerLexicon.Hit> hits, TriggerLexicon.Hit trigger) {
        return hits.stream().anyMatch(h -> h.start() == trigger.start()
                && h.type().type().equals(trigger.type().type()));
    }

    /**
     * Whether the trigger verb takes a word of its own type as the means it acts through ("the EU hit the bank with
     * sanctions", "named 39 firms under a sanctions law"): the verb is then the measure, and its parties are the
     * event's.
     */
    private boolean actsThroughMeasure(List<CoreLabel> tokens, Optional<Dependencies> deps, TriggerLexicon.Hit hit) {
        if (deps.isEmpty() || !tokens.get(hit.end() - 1).tag().startsWith("VB")) {
            return false;
        }
        Dependencies d = deps.get();
        for (int means : d.children(hit.end() - 1, "obl")) {
            if (!RoleFinder.INSTRUMENT_MARKERS.contains(d.caseMarker(means))) {
                continue;
            }
            List<Integer> words = new ArrayList<>(List.of(means));
            words.addAll(d.children(means, "compound"));
            if (words.stream().anyMatch(w -> lexicon.namesType(tokens.get(w), hit.type()))) {
                return true;
            }
        }
        return false;
    }

    /** Political violence or rioting: events done by force to someone. */
    private static boolean forceful(EventType type) {
        return type.isViolent() || type.type().equals("Riots");
    }

    /** The root of the parse when it is a verb, else the first verb that is not a reporting verb, else the first word. */
    private static int mainVerb(List<CoreLabel> tokens, Optional<Dependencies> deps) {
        if (deps.isPresent()) {
            for (int i = 0; i < tokens.size(); i++) {
                if (deps.get().head(i) < 0 && deps.get().relationToHead(i).isEmpty()
                        && tokens.get(i).tag().startsWith("VB") && !SpeechVerbs.isSpeechVerb(tokens.get(i))) {
                    return i;
                }
            }
        }
        int first = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).tag().startsWith("VB")) {
                if (!SpeechVerbs.isSpeechVerb(tokens.get(i))
                        && !Set.of("be", "have", "do").contains(TriggerLexicon.lemma(tokens.get(i)))) {
                    return i;
                }
                if (first < 0) {
                    first = i;
                }
            }
        }
        return Math.max(first, 0);
    }

    /** Whether the sentence dates itself (SUTime found a date in it), so that it needs no "background" guess. */
    private static boolean hasOwnDate(DocumentContext doc, int s) {
        return !EventDates.timexValues(doc, s).isEmpty();
    }

    /** Measures and proceedings taken against someone. */
    private static final Set<EventType> MEASURES = Set.of(EventType.ARRESTS, EventType.CHARGE, EventType.TRIAL,
            EventType.VERDICT, EventType.SANCTION, EventType.SEIZURE);

    /** Protests met by force: the force is the actor, the protesters its targets. */
    private static final Set<EventType> INTERVENTIONS = Set.of(EventType.PROTEST_WITH_INTERVENTION,
            EventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS);

    /** Events between two parties that the text names in order, giver first. */
    private static final Set<EventType> TRANSACTIONS = Set.of(EventType.TRADE, EventType.FUNDING);

    private static boolean anyLemma(List<CoreLabel> tokens, Set<String> lemmas) {
        for (CoreLabel t : tokens) {
            if (lemmas.contains(TriggerLexicon.lemma(t))) {
                return true;
            }
        }
        return false;
    }

    private Event build(DocumentContext doc, int s, List<CoreLabel> tokens, List<TriggerLexicon.Hit> hits,
                        TriggerLexicon.Hit hit,
                        Optional<Dependencies> deps, Set<String> docCountries, boolean breach,
                        EventClassifier.Judgement judgement) {
        // Violence the heads read in a sentence whose trigger is only its main verb ("the demands were set out in a
        // letter signed by two women the gang holds"): that verb's parties are not the deed's
        boolean deedWord = named(hits, hit) || RoleFinder.isViolentDeed(tokens.get(hit.end() - 1))
                || RoleFinder.isForceVerb(tokens.get(hit.end() - 1))
                || RoleFinder.subjectIsADoer(doc, s, hit.end() - 1, deps);
        RoleFinder.Roles roles = forceful(hit.type()) && !deedWord && !INTERVENTIONS.contains(hit.type())
                ? RoleFinder.ofDeedWords(doc, s, deps)
                : RoleFinder.find(doc, s, hit.start(), hit.end(), deps,
                        forceful(hit.type()) || INTERVENTIONS.contains(hit.type()));
        if (!forceful(hit.type()) && !INTERVENTIONS.contains(hit.type()) && !named(hits, hit)
                && !actsThroughMeasure(tokens, deps, hit)) {
            // A proceeding, measure or development whose words the sentence does not hold ("a source identified X
            // as the aide in a court filing"): the main verb's subject and object are not its parties.
            roles = new RoleFinder.Roles(List.of(), List.of());
        }
        if (roles.agents().isEmpty() && roles.patients().isEmpty() && TRANSACTIONS.contains(hit.type())) {
            // "Parts made by X were sold in 2014 to Y": the parse ties X to another verb, yet a sale has two sides
            // and the text names them in its order, seller first.
            roles = RoleFinder.byWordOrder(doc, s, hit.start(), hit.end());
        }
        List<Mention> actorMentions = pairsNamed(doc, roles.agents());
        List<Mention> targetMentions = pairsNamed(doc, roles.patients());
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
        Span triggerSpan = doc.tokenSpan(s, hit.start(), hit.end());
        Optional<Claim> claim = doc.claimCovering(triggerSpan);
        if (claim.isPresent() && claim.get().stance() == Stance.DENIES && (isClaimCue(doc, triggerSpan)
                || MEASURES.contains(hit.type()) && !actors.contains(claim.get().source()))) {
            // "X sanctioned Y for selling fuel, charges he denies": the denial is of the grounds, not of the act of
            // sanctioning, which the narrator tells as done; only the one who took a measure can deny taking it
            claim = Optional.empty();
        }
        Set<Integer> eventWords = new HashSet<>();
        hits.stream().filter(h -> h != hit).forEach(h -> eventWords.add(h.end() - 1));
        Optional<EventClause> clause = deps.map(d -> new EventClause(d, tokens, hit.end() - 1, eventWords));
        EventDate date = EventDates.date(doc, s, clause);
        Modality modality = claim.map(c -> c.stance().modalityOfContent())
                .orElseGet(() -> modality(doc, tokens, hit, deps, date));
        if (modality == Modality.ASSERTED && judgement != null) {
            boolean timeKnown = hasOwnDate(doc, s) || EventReferences.namesFoundEvent(doc, tokens, hit);
            boolean setBack = Factuality.setsBack(tokens, true,
                    i -> clause.map(c -> !c.inDescribingClause(i, i + 1)).orElse(true));
            modality = Factuality.fromKind(judgement.kind(), timeKnown, setBack).orElse(modality);
        }
        if (modality == Modality.ASSERTED && claim.isEmpty() && EventDates.isReportWeek(doc, date)
                && Factuality.setsBack(tokens, false,
                        i -> clause.map(c -> c.inTriggerClause(i, i + 1)).orElse(false))) {
            modality = Modality.HISTORICAL; // "years earlier, gunmen had ambushed a bus": told, but long before
        }
        EventDate when = modality == Modality.HISTORICAL && EventDates.isReportWeek(doc, date)
                ? EventDate.UNKNOWN : date; // background told without a date did not happen in the report's week
        List<String> tags = new ArrayList<>();
        if (breach) {
            tags.add("ceasefire_violation");
        }
        String id = "v" + (doc.events().size() + 1);
        EventType type = subtypeByParties.subtype(hit.type(), actorMentions, targetMentions, doc);
        Fatalities dead = null;
        if (forceful(hit.type()) || INTERVENTIONS.contains(hit.type())) {
            // neither competing accounts nor a deed of its own time in a describing clause give this event's toll
            List<CoreLabel> counted = blanked(othersWordsMasked(doc, s, tokens, claim),
                    i -> clause.map(c -> c.inClauseOfItsOwnTime(i)).orElse(false));
            dead = Tolls.fatalities(counted);
            if (dead == null && deps.isPresent()) {
                dead = Tolls.ofOnesNamed(doc, s, counted, deps.get()); // "killing a child": one dead, no number
            }
        }
        return new Event(id, type, List.copyOf(actors), List.copyOf(targets),
                places.location(doc, s, tokens, hits, docCountries, clause, forceful(hit.type())), when, dead,
                count(tokens), tags,
                modality, claim.map(Claim::id).orElse(null), evidence, List.of());
    }

    /** Whether the span is (part of) the cue of a claim: the event is then that act of accusing or saying. */
    private static boolean isClaimCue(DocumentContext doc, Span span) {
        return doc.claims().stream().anyMatch(c -> c.cue() != null && c.cue().start() < span.end()
                && span.start() < c.cue().end());
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
        return blanked(tokens, j -> {
            Span t = doc.tokenSpan(s, j, j + 1);
            return others.stream().anyMatch(c -> c.content().start() <= t.start() && t.end() <= c.content().end());
        });
    }

    /** The tokens with those {@code blank} picks replaced by a blank, so that no count or cue is read from them. */
    private static List<CoreLabel> blanked(List<CoreLabel> tokens, java.util.function.IntPredicate blank) {
        List<CoreLabel> out = null;
        for (int j = 0; j < tokens.size(); j++) {
            if (blank.test(j)) {
                if (out == null) {
                    out = new ArrayList<>(tokens);
                }
                CoreLabel b = new CoreLabel(tokens.get(j));
                b.setWord("_");
                b.setLemma("_");
                out.set(j, b);
            }
        }
        return out == null ? tokens : out;
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

    /**
     * The modality the parse gives the trigger: negated, future or hypothetical by its own markers, historical when
     * the event's date (the one the parse attaches to it, not any year the sentence names) lies in an earlier year
     * than the document's.
     */
    private static Modality modality(DocumentContext doc, List<CoreLabel> tokens, TriggerLexicon.Hit hit,
                                     Optional<Dependencies> deps, EventDate date) {
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
        if (doc.date().isKnown() && date.value() != null && !date.precision().equals("week")) {
            Matcher y = YEAR.matcher(date.value());
            if (y.find() && Integer.parseInt(y.group(1)) < doc.date().value().getYear()) {
                return Modality.HISTORICAL;
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
