package org.sitrep.extract.event;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.Morphology;
import org.sitrep.extract.Datelines;
import org.sitrep.extract.Dependencies;
import org.sitrep.extract.DocumentContext;
import org.sitrep.extract.EntityType;
import org.sitrep.extract.Mention;
import org.sitrep.extract.entity.MentionFinder;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who did it and to whom: the participants of an event named by a trigger (a word or a few) in one sentence, read
 * from the dependency parse (Universal Dependencies relations, as CoreNLP names them) where there is one, from word
 * order where there is none.
 *
 * <p>The parse is read by voice: the subject of an active verb did it ("militants attacked the base"), the subject of
 * a passive verb ({@code nsubj:pass}) and the object suffered it, and a "by" phrase ({@code obl:agent}) names the
 * doer of a passive. Those who die or are hurt are patients even as subjects of intransitives ("three soldiers
 * died", "two guards were dead"). Sitrep keeps one event per kind per sentence, so the victims of killing and
 * wounding verbs elsewhere in the sentence ("the blast hit a bus, killing six passengers") are the event's patients
 * too. Speakers ("police said") are sources of claims, never participants; a nationality adjective ("Russian") or a
 * relative pronoun ("that killed civilians") is no participant on its own.
 */
public final class RoleFinder {

    private RoleFinder() {
    }

    /**
     * The participants of an event.
     *
     * @param agents   mentions of those who did it
     * @param patients mentions of those it was done to
     */
    public record Roles(List<Mention> agents, List<Mention> patients) {
        public Roles {
            agents = List.copyOf(agents);
            patients = List.copyOf(patients);
        }
    }

    /** Verbs and nouns of killing and hurting: their victims are the patients of the sentence's violent event. */
    private static final Set<String> HARM_LEMMAS = RoleWords.of("harm");
    /** Verbs of fighting whose "with" phrase is the other side: "troops clashed with rebels". */
    private static final Set<String> FIGHTING_LEMMAS = RoleWords.of("fighting");
    /** Verbs of attacking: their doers and targets are those of the sentence's violent event. */
    private static final Set<String> ATTACK_LEMMAS = RoleWords.of("attack");
    /** Verbs and nouns of taking people: their captives are the patients of the sentence's arrest. */
    private static final Set<String> CAPTURE_LEMMAS = RoleWords.of("capture");
    /**
     * Predicates whose subject is the one who suffers: "three soldiers died", "two guards were dead"; and those whose
     * subject is the defendant of a proceeding ("both men pleaded not guilty", "he confessed to the killing"), whom
     * the proceeding is against, not its doer.
     */
    private static final Set<String> SUFFERING_LEMMAS = RoleWords.of("suffering");
    /**
     * Nouns of suffering whose possessor suffered it: "her arrest", "the general's death". With an "of" phrase
     * ("the army's killing of protesters") the possessor is the doer again.
     */
    private static final Set<String> SUFFERED_NOUNS = RoleWords.of("suffered");
    /** Verbs whose subject answers or judges the event their object names: see {@code reaction-verbs.txt}. */
    private static final Set<String> REACTION_LEMMAS = Set.copyOf(TriggerLexicon.lines("reaction-verbs.txt"));
    /** Verbs that lay a deed at someone's door: "attributed the attack to", "blamed the bombing on". */
    private static final Set<String> ATTRIBUTING_LEMMAS = RoleWords.of("attributing");
    /** Devices that go off when their victims touch them, left behind by whoever laid them. */
    private static final Set<String> VICTIM_TRIGGERED = RoleWords.of("victim-triggered");
    /** What one claims or takes for a deed to own it: "claimed responsibility for", "took credit for". */
    private static final Set<String> OWNERSHIP_NOUNS = RoleWords.of("ownership");
    private static final Set<String> RESPONSIBILITY_VERBS = RoleWords.of("responsibility");
    /** Verbs whose subject is the one a proceeding they take as object is against: "face charges", "stand trial". */
    private static final Set<String> DEFENDANT_LEMMAS = RoleWords.of("defendant");
    /** Verbs a nominal event can be the subject of while it strikes their object: "the blast hit a convoy". */
    private static final Set<String> IMPACT_LEMMAS = RoleWords.of("impact");
    /** Prepositions by which a verb takes the measure or weapon it acts through: "with sanctions", "under the law". */
    static final Set<String> INSTRUMENT_MARKERS = Set.of("with", "under");
    /** Nouns for part of a group ("members", "units") and for a gathering of people ("a group of"). */
    private static final Map<String, String> PART_NOUNS = TriggerLexicon.lines("part-nouns.tsv").stream()
            .map(l -> l.split("\t")).collect(Collectors.toUnmodifiableMap(c -> c[0], c -> c[1]));
    /** Kinds of party that have members. */
    private static final Set<EntityType> ORGANISED = Set.of(EntityType.ORGANIZATION, EntityType.ARMED_GROUP,
            EntityType.GOVERNMENT_BODY);
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("that", "which", "who", "whom", "whose");
    /**
     * Verbs whose object, or passive subject, is said to have done the deed their "of", "for" or "with" clause names:
     * "accused the army of shelling the town", "a man who is charged with killing six".
     */
    private static final Set<String> ACCUSING_LEMMAS = RoleWords.of("accusing");
    /** The words that introduce what someone is accused of: "accused of", "charged with", "jailed for". */
    private static final Set<String> ACCUSED_OF = Set.of("of", "for", "with");
    /** Prepositions of whom a deed was against: "attacks on civilians", "atrocities against the Rohingya". */
    private static final Set<String> AGAINST = Set.of("on", "against");

    /**
     * Whether the words may lay a deed at someone's door ("attributed the attacks to", "blamed on", "claimed
     * responsibility for", "took credit for", "was responsible for"), so that a sentence with no news of its own
     * still names who did a deed told elsewhere.
     */
    static boolean mayOwnADeed(List<CoreLabel> tokens) {
        return tokens.stream().map(TriggerLexicon::lemma).anyMatch(l -> ATTRIBUTING_LEMMAS.contains(l)
                || OWNERSHIP_NOUNS.contains(l) || l.equals("responsible"));
    }

    /**
     * Verbs of using force that the lexicon leaves to the heads, as they also have peaceful senses or name the means
     * rather than the deed: "blew up a pylon", "sabotaged transformers", "fought the army", "seized the town".
     */
    private static final Set<String> FORCE_LEMMAS = RoleWords.of("force");

    /** Nouns for those who carry out violence: whatever such a subject is said to do ("the attackers boarded"). */
    private static final Set<String> DOER_NOUNS = RoleWords.of("doer");

    /**
     * Whether the subject of the verb at {@code verb} is named as a doer of violence ("the attackers, who wore army
     * uniforms, boarded the boat"): the verb then tells the deed, whichever it is.
     */
    static boolean subjectIsADoer(DocumentContext doc, int s, int verb, Optional<Dependencies> deps) {
        if (deps.isEmpty()) {
            return false;
        }
        List<CoreLabel> tokens = doc.tokens(s);
        return deps.get().children(verb, "nsubj").stream()
                .anyMatch(subj -> DOER_NOUNS.contains(TriggerLexicon.lemma(tokens.get(subj))));
    }

    /**
     * Whether a verb may tell the deed itself, so that its subject and object are the deed's parties: a verb of
     * force or of a blow landing ("strikes hit the market", "guerrillas blew up a pylon").
     */
    static boolean isForceVerb(CoreLabel token) {
        return token.tag() != null && token.tag().startsWith("VB") && FORCE_LEMMAS.contains(TriggerLexicon.lemma(token));
    }

    /** Whether a word names a deed of violence ("shot", "stormed", "killed") whose doer and victims a parse can read. */
    static boolean isViolentDeed(CoreLabel token) {
        String lemma = TriggerLexicon.lemma(token);
        return HARM_LEMMAS.contains(lemma) || ATTACK_LEMMAS.contains(lemma);
    }

    /** Whether a sentence has a word of killing or hurting ("killed", "wounded", "the death of"). */
    static boolean namesHarm(List<CoreLabel> tokens) {
        return tokens.stream().anyMatch(t -> HARM_LEMMAS.contains(TriggerLexicon.lemma(t)));
    }

    /** The roles of the event whose trigger spans tokens {@code [triggerStart, triggerEnd)} of sentence {@code s}. */
    public static Roles find(DocumentContext doc, int s, int triggerStart, int triggerEnd, Optional<Dependencies> deps) {
        return find(doc, s, triggerStart, triggerEnd, deps, true);
    }

    /**
     * As above; with {@code violent} false (a charge, a trial, a sanction) the victims of killing words elsewhere in
     * the sentence ("charged three guards over the death of an inmate") are not the event's patients.
     */
    public static Roles find(DocumentContext doc, int s, int triggerStart, int triggerEnd, Optional<Dependencies> deps,
                             boolean violent) {
        if (deps.isEmpty()) {
            return byWordOrder(doc, s, triggerStart, triggerEnd);
        }
        Reading reading = new Reading(doc, s, deps.get());
        int head = triggerEnd - 1;
        boolean own = triggerStart >= 0; // else only the sentence's other words of the deed's kind are read
        if (own) {
            reading.predicate(head);
        }
        // One event per kind per sentence: the other harm (or capture) words of the sentence tell of the same event,
        // unless they tell a later deed or, in a clause describing a thing, an earlier one, or a running total ("in a
        // war that has killed 300,000 since 2011").
        boolean capture = own && CAPTURE_LEMMAS.contains(reading.lemma(head));
        for (int t = 0; t < reading.tokens.size(); t++) {
            String lemma = reading.lemma(t);
            boolean sameKind = capture ? CAPTURE_LEMMAS.contains(lemma)
                    : violent && (HARM_LEMMAS.contains(lemma) || ATTACK_LEMMAS.contains(lemma));
            if ((!own || t != head && !reading.isReported(t, head)) && sameKind
                    && !EventClause.isLaterDeed(deps.get(), reading.tokens, t)
                    && !EventClause.namesEarlierDeed(deps.get(), reading.tokens, t)
                    && !EventReferences.isRunningTotal(deps.get(), reading.tokens, t)) {
                reading.predicate(t);
            }
        }
        return reading.roles();
    }

    /**
     * The roles that the sentence's words of harm and attack give a violent event whose own word the sentence lacks
     * (the heads read a kidnapping in "two women who have been held by the group since May" with no word of the
     * lexicon): the sentence's main verb ("sent by the two women") says nothing of who did it to whom.
     */
    public static Roles ofDeedWords(DocumentContext doc, int s, Optional<Dependencies> deps) {
        return deps.isEmpty() ? new Roles(List.of(), List.of()) : find(doc, s, -1, 0, deps, true);
    }

    /** The parse of one sentence, read predicate by predicate into agents and patients. */
    private static final class Reading {
        private final DocumentContext doc;
        private final int s;
        private final Dependencies d;
        private final List<CoreLabel> tokens;
        private final Set<Mention> agents = new LinkedHashSet<>();
        private final Set<Mention> patients = new LinkedHashSet<>();
        /** Where the sentence proper starts, after any dateline. */
        private final int dateline;
        /** The predicate being read: no participant of it may contain it. */
        private int predicate = -1;

        Reading(DocumentContext doc, int s, Dependencies d) {
            this.doc = doc;
            this.s = s;
            this.d = d;
            this.tokens = doc.tokens(s);
            this.dateline = Datelines.end(tokens);
        }

        String lemma(int t) {
            return TriggerLexicon.lemma(tokens.get(t));
        }

        boolean isVerb(int t) {
            return tag(t).startsWith("VB");
        }

        private String tag(int t) {
            String tag = tokens.get(t).tag();
            return tag == null ? "" : tag;
        }

        /** Reads the participants of one predicate (a verb, adjective or event noun). */
        void predicate(int p) {
            predicate = p;
            if (tag(p).startsWith("NN")) {
                nominal(p);
            } else {
                verbal(p);
            }
        }

        /** "X attacked Y", "Y was attacked by X", "Y died", "X opened fire on Y". */
        private void verbal(int p) {
            if (ATTRIBUTING_LEMMAS.contains(lemma(p))) {
                attributed(p);
                return;
            }
            boolean suffering = SUFFERING_LEMMAS.contains(lemma(p)) || tag(p).startsWith("JJ");
            for (int subj : d.children(p, "nsubj")) {
                boolean passive = d.relationToHead(subj).startsWith("nsubj:pass") || isHeadlinePassive(p);
                subject(p, subj, passive || suffering, passive);
            }
            if (d.children(p, "nsubj").isEmpty()) {
                inheritedSubject(p, suffering);
            }
            // the parser now and then takes the object of "assaulted the senator X" for an indirect one
            d.children(p, "obj", "iobj").forEach(o -> patient(o, true));
            for (int c : d.children(p, "obl")) {
                String marker = d.caseMarker(c);
                if (d.relationToHead(c).equals("obl:agent") || marker.equals("by")) {
                    agent(c);
                } else if (marker.equals("on") || marker.equals("against")
                        || marker.equals("with") && FIGHTING_LEMMAS.contains(lemma(p))) {
                    patient(c); // "fired on the convoy", "a campaign against the rebels", "clashed with rebels"
                }
            }
            reducedRelative(p);
        }

        /**
         * "Police attributed the bombing to the front", "the army blamed the rebels for the raid": when the laying of
         * a deed at someone's door is all the sentence has for it, that someone did it, and whoever attributes it
         * only says so.
         */
        private void attributed(int p) {
            boolean forDeed = false;
            for (int c : d.children(p, "obl")) {
                String marker = d.caseMarker(c);
                if (marker.equals("to") || marker.equals("on")) {
                    agent(c);
                }
                forDeed |= marker.equals("for");
            }
            if (forDeed) {
                d.children(p, "obj").forEach(this::agent); // "blamed the rebels for the raid"
            }
        }

        /**
         * "9 rebels killed in air strike": a headline drops the auxiliary of a passive, and the parser takes the
         * participle for an active past. A participle with a subject, no object and no "have" before it is passive.
         */
        private boolean isHeadlinePassive(int p) {
            return tag(p).equals("VBN") && d.children(p, "obj").isEmpty()
                    && d.children(p, "aux").stream().noneMatch(a -> lemma(a).equals("have"));
        }

        /**
         * The subject of a predicate: the doer of an active verb, the sufferer of a passive one or of dying. A
         * relative pronoun stands for the noun its clause describes ("the gunmen who stormed the hotel").
         */
        private void subject(int p, int subj, boolean suffered, boolean passive) {
            int who = subj;
            if (RELATIVE_PRONOUNS.contains(tokens.get(subj).word().toLowerCase(Locale.ROOT))) {
                // A clause hanging on a place ("in Madrid, which ...") is more often misattached than about it.
                if (!d.relationToHead(p).startsWith("acl")
                        || mentionAt(d.head(p)).filter(m -> m.type().isLocation()).isPresent()) {
                    return;
                }
                who = d.head(p);
            }
            if (suffered) {
                patient(who, passive && who == subj);
            } else {
                agent(who);
            }
        }

        /**
         * A predicate without a subject of its own shares one: "militants stormed the town and killed ten" (conj),
         * "gunmen attacked the camp, killing five" (advcl), "the army tried to capture him" (xcomp). Only an active
         * subject does the deed of the shared verb; a passive one ("the town was shelled, killing five") did not.
         */
        private void inheritedSubject(int p, boolean suffering) {
            String rel = d.relationToHead(p);
            int gov = d.head(p);
            if (accusedOf(p)) {
                return;
            }
            boolean participle = rel.equals("dep") && tag(p).equals("VBG"); // "drove into the crowd, killing six"
            if (gov < 0 || !(rel.equals("conj") || rel.startsWith("advcl") || rel.equals("xcomp") || participle)
                    || SpeechVerbs.isSpeechLemma(lemma(gov)) || !d.children(p, "mark").isEmpty()) {
                return;
            }
            boolean passiveHere = !d.children(p, "aux:pass").isEmpty() || rel.equals("conj") && tag(p).equals("VBN")
                    && !d.children(gov, "aux:pass").isEmpty();
            for (int subj : d.children(gov, "nsubj")) {
                boolean passiveThere = d.relationToHead(subj).startsWith("nsubj:pass");
                if (suffering || passiveHere && passiveThere) {
                    patient(subj); // "were wounded and later died"
                } else if (!passiveThere && !passiveHere) {
                    agent(subj);
                }
            }
        }

        /**
         * The deed someone is accused, charged or convicted of: its doer is the accused (the accusing verb's object or
         * passive subject), never the accuser. The parser gives "accused the militia of burning the granaries" as an
         * adverbial clause, and often "charged with killing four hikers" as a participle describing the victims.
         */
        private boolean accusedOf(int p) {
            String rel = d.relationToHead(p);
            int gov = d.head(p);
            if (gov < 0) {
                return false;
            }
            if (rel.equals("amod") && tag(p).equals("VBG")) {
                // "charged with killing four hikers" parsed as killing describing the hikers; "accused of killing
                // Senator Luis Orozco", as describing the title within the name
                int victim = gov;
                while (d.relationToHead(victim).equals("compound") && d.head(victim) >= 0) {
                    victim = d.head(victim);
                }
                int accusing = d.head(victim);
                String attached = d.relationToHead(victim);
                if (!(attached.startsWith("obl") || attached.startsWith("nmod")) || !hasMarker(victim) || accusing < 0
                        || !ACCUSING_LEMMAS.contains(lemma(accusing))) {
                    return false;
                }
                patient(victim, true);
                accused(accusing);
                return true;
            }
            if (!hasMarker(p) || !(rel.startsWith("advcl") || rel.startsWith("nmod") || rel.startsWith("obl")
                    || rel.equals("acl") && tag(gov).startsWith("NN"))) {
                return false;
            }
            if (ACCUSING_LEMMAS.contains(lemma(gov))) {
                accused(gov);
                return true;
            }
            if (lemma(gov).equals("responsible") && d.caseMarker(p).equals("for")) {
                // "X was responsible for the killing", "the minister holds X responsible for the killing"
                d.children(gov, "nsubj").forEach(this::agent);
                if (d.relationToHead(gov).equals("xcomp") && d.head(gov) >= 0) {
                    d.children(d.head(gov), "obj").forEach(this::agent);
                } else if (d.relationToHead(gov).equals("amod") && d.head(gov) >= 0) {
                    agent(d.head(gov)); // "the group responsible for the attack", "holds the front responsible"
                }
                return true;
            }
            if (d.relationToHead(gov).equals("obj") && d.head(gov) >= 0
                    && ACCUSING_LEMMAS.contains(lemma(d.head(gov)))) {
                agent(gov); // "accused the army of burning", the deed parsed as hanging on the army
                return true;
            }
            return false;
        }

        /**
         * The one an accusing verb accuses: its object, or its passive subject ("who is charged with"); the one an
         * accusing noun names ("the arrest of two officers for killing the priests").
         */
        private void accused(int accusing) {
            d.children(accusing, "obj").forEach(this::agent);
            d.children(accusing, "nsubj:pass").forEach(subj -> subject(accusing, subj, false, false));
            if (tag(accusing).startsWith("NN")) {
                d.children(accusing, "nmod").stream().filter(c -> d.caseMarker(c).equals("of")).forEach(this::agent);
            }
        }

        /** Whether a clause or phrase is introduced by "of", "for" or "with" ("accused of", "charged with"). */
        private boolean hasMarker(int t) {
            return d.children(t, "mark", "case").stream()
                    .anyMatch(m -> ACCUSED_OF.contains(lemma(m)));
        }

        /**
         * A participle describing a noun: "civilians killed in the raid" (the noun suffered it), "gunmen firing on
         * the crowd" (the noun did it).
         */
        private void reducedRelative(int p) {
            if (!d.relationToHead(p).equals("acl")) {
                return;
            }
            int noun = d.head(p);
            if (tag(p).equals("VBN")) {
                patient(noun);
            } else if (tag(p).equals("VBG")) {
                agent(noun);
            }
        }

        /**
         * "ISIS's attack on the base", "the shelling of the town by the army", "the general's death", "rebels launched
         * an offensive", "the raid was carried out by Hamas", "the blast hit a convoy".
         */
        private void nominal(int p) {
            // "accused the army of atrocities, including rape": the accused did the deed the noun names
            int deed = p;
            for (int step = 0; step < 3 && deed >= 0; step++) {
                if (accusedOf(deed)) {
                    // "responsible for the killing of the mayor": whom the deed named was done to
                    for (int c : d.children(p, "nmod")) {
                        if (d.caseMarker(c).equals("of")) {
                            patient(c);
                        }
                    }
                    // "... of atrocities, including rape, against the Rohingya": whom the deeds were against
                    for (int n = p; n >= 0 && n != d.head(deed); n = d.head(n)) {
                        for (int c : d.children(n, "nmod")) {
                            if (AGAINST.contains(d.caseMarker(c))) {
                                patient(c);
                            }
                        }
                    }
                    return;
                }
                String rel = d.relationToHead(deed);
                if (!(rel.equals("conj") || rel.startsWith("nmod") || rel.equals("appos")) || d.head(deed) < 0
                        || !tag(d.head(deed)).startsWith("NN")) {
                    break;
                }
                deed = d.head(deed);
            }
            boolean suffered = SUFFERED_NOUNS.contains(lemma(p));
            List<Integer> ofPhrases = new ArrayList<>();
            for (int c : d.children(p, "nmod")) {
                String marker = d.caseMarker(c);
                if (marker.equals("by")) {
                    agent(c);
                } else if (marker.equals("between")) {
                    sides(c);
                } else if (marker.equals("on") || marker.equals("against") || marker.equals("of")) {
                    patient(c);
                    if (marker.equals("of")) {
                        ofPhrases.add(c);
                    }
                }
            }
            for (int owner : d.children(p, "nmod:poss", "compound")) {
                if (suffered && ofPhrases.isEmpty()) {
                    patient(owner);
                } else {
                    agent(owner);
                }
            }
            governingVerb(p);
        }

        /**
         * "a battle between troops and rebels": both sides fought; as ACLED lists a first and a second actor, the
         * side named first is the agent and the other the patient.
         */
        private void sides(int first) {
            participant(first).filter(m -> m.type().isActor()).filter(m -> !patients.contains(m))
                    .ifPresent(agents::add);
            for (int other : d.children(first, "conj")) {
                patient(other);
            }
        }

        /**
         * The verb an event noun is an argument of tells who did it, or to whom. A noun counting the events ("a
         * wave of attacks") stands in for them.
         */
        private void governingVerb(int p) {
            int noun = p;
            while (d.relationToHead(noun).equals("nmod") && d.caseMarker(noun).equals("of") && d.head(noun) >= 0
                    && tag(d.head(noun)).startsWith("NN")) {
                noun = d.head(noun);
            }
            if (d.relationToHead(noun).equals("compound") && d.head(noun) >= 0 && tag(d.head(noun)).startsWith("NN")) {
                noun = d.head(noun); // "named 39 firms under a new sanctions law": the law is the verb's argument
            }
            int claimant = responsibilityClaimedBy(noun);
            if (claimant >= 0) {
                d.children(claimant, "nsubj").forEach(this::agent); // "the Taliban claimed responsibility for it"
                return;
            }
            int gov = d.head(noun);
            String rel = d.relationToHead(noun);
            if (gov >= 0 && ATTRIBUTING_LEMMAS.contains(lemma(gov))
                    && (rel.equals("obj") || rel.startsWith("nsubj:pass"))) {
                // "police attributed the bombing to the cartel", "the ambush was blamed on the rebels"
                for (int c : d.children(gov, "obl")) {
                    if (d.caseMarker(c).equals("to") || d.caseMarker(c).equals("on")) {
                        agent(c);
                    }
                }
                return;
            }
            if (gov < 0 || !isVerb(gov) || SpeechVerbs.isSpeechLemma(lemma(gov))) {
                return;
            }
            if (VICTIM_TRIGGERED.contains(lemma(noun)) && (rel.equals("obj") || rel.equals("obl"))) {
                // "a boy stepped on a landmine", "the truck hit a mine": whoever sets off a mine suffers it
                d.children(gov, "nsubj").forEach(c -> patient(c));
                return;
            }
            if (rel.equals("obj") && DEFENDANT_LEMMAS.contains(lemma(gov))) {
                d.children(gov, "nsubj").forEach(c -> patient(c)); // "two men face charges", "she stood trial"
            } else if (rel.equals("obj") && REACTION_LEMMAS.contains(lemma(gov))) {
                return; // "the minister condemned the bombing": who reacts did not do it
            } else if (rel.equals("obj")) {
                // "rebels launched an offensive": the doer of the launching did the offensive; "the committee voted
                // to impose sanctions": an infinitive's doer is the subject of the verb it completes
                int doer = gov;
                if (d.children(doer, "nsubj").isEmpty() && d.relationToHead(doer).equals("xcomp") && d.head(doer) >= 0
                        && !SpeechVerbs.isSpeechLemma(lemma(d.head(doer)))) {
                    doer = d.head(doer);
                }
                d.children(doer, "nsubj").stream().filter(c -> d.relationToHead(c).equals("nsubj")).forEach(this::agent);
            } else if (rel.startsWith("nsubj:pass")) {
                // "the raid was carried out by Hamas", "the raid is thought to have been carried out by Hamas"
                withComplements(gov).forEach(this::byPhraseAgents);
            } else if (rel.equals("obl") && INSTRUMENT_MARKERS.contains(d.caseMarker(noun))) {
                // "the EU hit the bank with sanctions", "the ministry named 12 firms under the embargo": the verb
                // is the measure taken, so its doer and its object are the event's
                d.children(gov, "nsubj").stream().filter(c -> d.relationToHead(c).equals("nsubj"))
                        .forEach(this::agent);
                d.children(gov, "obj").forEach(this::patient);
                d.children(gov, "nsubj:pass").forEach(this::patient);
                byPhraseAgents(gov);
            } else if (rel.equals("nsubj") && IMPACT_LEMMAS.contains(lemma(gov))) {
                d.children(gov, "obj").forEach(o -> patient(o, true)); // "the blast hit a convoy"
            }
        }

        /**
         * The verb by which its subject owns the deed {@code noun} names ("claimed responsibility for the bombing",
         * "took responsibility for the attacks"), or -1. Whoever claims a deed is, as ACLED codes it, its actor.
         */
        private int responsibilityClaimedBy(int noun) {
            while (d.relationToHead(noun).equals("compound") && d.head(noun) >= 0) {
                noun = d.head(noun); // "a car bomb attack": the deed is the attack
            }
            int owner = d.head(noun);
            if (owner < 0 || !d.caseMarker(noun).equals("for") || !OWNERSHIP_NOUNS.contains(lemma(owner))) {
                return -1;
            }
            int verb = d.head(owner);
            return verb >= 0 && d.relationToHead(owner).equals("obj") && RESPONSIBILITY_VERBS.contains(lemma(verb))
                    ? verb : -1;
        }

        /** Whether the verb's object is the responsibility for a deed: its subject owns it, not only reports it. */
        private boolean claimsResponsibility(int verb) {
            return RESPONSIBILITY_VERBS.contains(lemma(verb)) && d.children(verb, "obj").stream()
                    .anyMatch(o -> OWNERSHIP_NOUNS.contains(lemma(o)));
        }

        /** The doers a verb names in a "by" phrase ("was carried out by Hamas"). */
        private void byPhraseAgents(int verb) {
            for (int c : d.children(verb, "obl")) {
                if (d.relationToHead(c).equals("obl:agent") || d.caseMarker(c).equals("by")) {
                    agent(c);
                }
            }
        }

        /** A verb and the verbs it takes as open complements ("thought to have been carried out"). */
        private List<Integer> withComplements(int verb) {
            List<Integer> verbs = new ArrayList<>(List.of(verb));
            for (int i = 0; i < verbs.size(); i++) {
                verbs.addAll(d.children(verbs.get(i), "xcomp"));
            }
            return verbs;
        }

        /** Whether token {@code t} is said in a clause of its own by someone the trigger's clause does not contain. */
        boolean isReported(int t, int trigger) {
            for (int k = d.head(t); k >= 0; k = d.head(k)) {
                if (k == trigger) {
                    return false;
                }
                if (SpeechVerbs.isSpeechLemma(lemma(k)) && !dominates(k, trigger)) {
                    return true;
                }
            }
            return false;
        }

        private boolean dominates(int ancestor, int t) {
            for (int k = t; k >= 0; k = d.head(k)) {
                if (k == ancestor) {
                    return true;
                }
            }
            return false;
        }

        private void agent(int t) {
            for (int c : d.withConjuncts(t)) {
                participant(c).filter(m -> m.type().isActor()).filter(m -> !patients.contains(m))
                        .ifPresent(agents::add);
            }
        }

        private void patient(int t) {
            patient(t, false);
        }

        /**
         * A patient; {@code placesToo} when the argument is the verb's own object or passive subject, where a place
         * is what was struck ("stormed Camp X", "the base was shelled") rather than where.
         */
        private void patient(int t, boolean placesToo) {
            for (int c : d.withConjuncts(t)) {
                participant(c).filter(m -> m.type().isActor() || placesToo && m.type().isLocation())
                        .filter(m -> !agents.contains(m))
                        .ifPresent(patients::add);
            }
        }

        /**
         * The mention standing for the argument headed by token {@code t}: the one covering it, else a name joined
         * to it ("Hezbollah fighters", "the group Hamas", "the army's brigade"), else the noun a count takes ("three of
         * the soldiers", "dozens of people"). Never a nationality on its own, nor a speaker.
         */
        private Optional<Mention> participant(int t) {
            Optional<Mention> m = mentionAt(t);
            Optional<Mention> meant = m.flatMap(p -> subjectMeant(t, p));
            if (meant.isPresent()) {
                return meant; // who says "they did it" of themselves is, by their own account, who did it
            }
            if (m.isEmpty() || isDescription(m.get())) {
                // A name beats a description of it: "the Islamist group Boko Haram", "Hamas fighters". An apposition
                // names the one described ("a former aide to the mayor, Jo Roe"); a modifier only whom it belongs to,
                // the nearest most narrowly ("a U.S. customs officer" is the customs service's)
                List<Integer> modifiers = new ArrayList<>();
                List<Integer> loose = new ArrayList<>();
                for (int a : d.children(t, "appos")) {
                    // set off by a comma; the parser also takes "... number 2: Pentagon says" for an apposition
                    int first = d.subtreeRange(a)[0];
                    (first > 0 && tokens.get(first - 1).word().equals(",") ? modifiers : loose).add(a);
                }
                List<Integer> compounds = new ArrayList<>(d.children(t, "compound"));
                Collections.reverse(compounds);
                modifiers.addAll(compounds);
                modifiers.addAll(d.children(t, "flat", "nmod:poss", "dep"));
                modifiers.addAll(loose);
                for (int c : modifiers) {
                    Optional<Mention> named = mentionAt(c).filter(n -> !isDescription(n)
                            && n.type() != EntityType.NATIONALITY && n.type().isActor());
                    if (named.isPresent()) {
                        m = named;
                        break;
                    }
                }
            }
            if (m.isEmpty() || m.get().kind() == Mention.Kind.DESCRIPTION) {
                Optional<Mention> whole = partOf(t);
                if (whole.isPresent()) {
                    m = whole;
                }
            }
            if (m.isEmpty() && isCount(t)) {
                for (int c : d.children(t, "nmod")) {
                    if (d.caseMarker(c).equals("of")) {
                        m = mentionAt(c);
                        break;
                    }
                }
            }
            return m.filter(x -> x.type() != EntityType.NATIONALITY).filter(x -> !isSpeaker(x))
                    .filter(x -> x.tokenStart() >= dateline); // "(Reuters) -" names who reports, not a party
        }

        /**
         * "Police said they had arrested two men", "the minister said he ordered the strike": a pronoun subject of
         * what a party says stands for that party when the two agree (a person for "he" or "she", a body for
         * "they"), as does one of a clause of time or manner for the subject of its clause. Resolving by the name
         * named last would take another one ("two men").
         */
        private Optional<Mention> subjectMeant(int t, Mention pronoun) {
            String word = pronoun.text().toLowerCase(Locale.ROOT);
            EntityType kind = MentionFinder.PRONOUNS.get(word);
            if (kind == null || !d.relationToHead(t).startsWith("nsubj")) {
                return Optional.empty();
            }
            int said = d.head(t);
            while (said >= 0 && d.relationToHead(said).equals("conj")) {
                said = d.head(said); // "said they entered the village and arrested ..."
            }
            String clause = said < 0 ? "" : d.relationToHead(said);
            int saying = d.head(said);
            boolean reported = clause.equals("ccomp") && saying >= 0 && SpeechVerbs.isSpeechLemma(lemma(saying));
            // "two farmers were killed when they stepped on a mine": a pronoun subject of a clause of time or
            // manner is the subject of the clause it hangs on
            boolean circumstance = clause.startsWith("advcl") && saying >= 0
                    && !d.children(said, "mark", "advmod").isEmpty();
            if (!reported && !circumstance) {
                return Optional.empty();
            }
            boolean person = kind == EntityType.PERSON;
            for (int subj : d.children(saying, "nsubj")) {
                Optional<Mention> who = mentionAt(subj).filter(x -> x.type().isActor())
                        .filter(x -> MentionFinder.PRONOUNS.get(x.text().toLowerCase(Locale.ROOT)) == null)
                        .filter(x -> (x.type() == EntityType.PERSON) == person);
                if (who.isPresent()) {
                    return who;
                }
            }
            return Optional.empty();
        }

        /**
         * The party a part or a gathering headed by token {@code t} stands for: the named organisation of "members of
         * the Front" or "a fighter from the movement", those gathered in "a group of armed men".
         */
        private Optional<Mention> partOf(int t) {
            // the tagger lemmatises a capitalised plural as a name ("Members of the front ...")
            String kind = PART_NOUNS.get(Morphology.lemmaStatic(tokens.get(t).word().toLowerCase(Locale.ROOT), tag(t)));
            if (kind == null) {
                return Optional.empty();
            }
            boolean member = kind.equals("member");
            for (int c : d.children(t, "nmod")) {
                String marker = d.caseMarker(c);
                if (!marker.equals("of") && !(member && marker.equals("from"))) {
                    continue;
                }
                Optional<Mention> whole = mentionAt(c)
                        .filter(n -> n.type() != EntityType.NATIONALITY && n.type().isActor())
                        .filter(n -> !member || !isDescription(n) && ORGANISED.contains(n.type()));
                if (whole.isPresent()) {
                    // "a group of terrorists from the front": the gathered may be members of a group in turn
                    return whole.get().kind() == Mention.Kind.DESCRIPTION ? partOf(c).or(() -> whole) : whole;
                }
            }
            return Optional.empty();
        }

        /** The longest mention covering token {@code t} that leaves out the predicate being read. */
        private Optional<Mention> mentionAt(int t) {
            Mention best = null;
            for (Mention m : doc.mentionsIn(s)) {
                if (m.covers(t) && !m.covers(predicate)
                        && (best == null || m.tokenEnd() - m.tokenStart() > best.tokenEnd() - best.tokenStart())) {
                    best = m;
                }
            }
            return Optional.ofNullable(best);
        }

        /** A common-noun description ("the militants", "its troops") rather than a name: no capital letter. */
        private static boolean isDescription(Mention m) {
            return m.text().codePoints().noneMatch(Character::isUpperCase) && m.canonical() == null;
        }

        /** "three", "dozens", "some", "many": a word that counts or picks out members of what follows. */
        private boolean isCount(int t) {
            String tag = tag(t);
            return tag.equals("CD") || tag.equals("DT") || tag.startsWith("JJ")
                    || Quantities.numberValue(tokens.get(t)) != null;
        }

        /** "police said", "according to the ministry": whoever says it is a source, not a party. */
        private boolean isSpeaker(Mention m) {
            for (int t = m.tokenStart(); t < m.tokenEnd(); t++) {
                int gov = d.head(t);
                if (gov >= m.tokenStart() && gov < m.tokenEnd()) {
                    continue; // inside the mention
                }
                boolean subjectOfSaying = d.relationToHead(t).startsWith("nsubj") && gov >= 0
                        && SpeechVerbs.isSpeechLemma(lemma(gov)) && !claimsResponsibility(gov);
                boolean according = d.children(t, "case").stream()
                        .anyMatch(c -> tokens.get(c).word().equalsIgnoreCase("according"));
                return subjectOfSaying || according;
            }
            return false;
        }

        Roles roles() {
            return new Roles(List.copyOf(agents), List.copyOf(patients));
        }
    }

    /** Head nouns of descriptions that name people who suffer violence rather than wage it. */
    private static final Set<String> NON_COMBATANTS = RoleWords.of("non-combatant");

    /**
     * Without a parse: parties (not persons, who are too often speakers) named shortly before the trigger did it,
     * those shortly after suffered it; civilians never did. A name inside a description of its party ("Hezbollah"
     * in "Hezbollah fighters") is that party once, as the widest mention.
     */
    static Roles byWordOrder(DocumentContext doc, int s, int triggerStart, int triggerEnd) {
        List<Mention> agents = new ArrayList<>();
        List<Mention> patients = new ArrayList<>();
        int dateline = Datelines.end(doc.tokens(s));
        for (Mention m : doc.mentionsIn(s)) {
            if (!m.type().isActor() || m.type() == EntityType.PERSON || m.tokenStart() < dateline) {
                continue;
            }
            if (saysSo(doc.tokens(s), m)) {
                continue; // "prosecutors said he spent ...": whoever tells of the deed is no party to it
            }
            boolean before = m.tokenEnd() <= triggerStart;
            boolean near = before ? triggerStart - m.tokenEnd() <= 8 : m.tokenStart() - triggerEnd <= 6;
            if (!near || before && m.type() == EntityType.COUNTRY && locativeBefore(doc, s, m)) {
                continue;
            }
            if (before && !isNonCombatant(m)) {
                agents.add(m);
            } else if (!m.covers(triggerStart)) {
                patients.add(m);
            }
        }
        return new Roles(widest(agents), widest(patients));
    }

    /** Whether a mention is the subject of a verb of saying right after it, or follows "according to". */
    private static boolean saysSo(List<CoreLabel> tokens, Mention m) {
        boolean speaks = m.tokenEnd() < tokens.size() && SpeechVerbs.isSpeechVerb(tokens.get(m.tokenEnd()));
        boolean source = m.tokenStart() >= 2 && tokens.get(m.tokenStart() - 1).word().equalsIgnoreCase("to")
                && tokens.get(m.tokenStart() - 2).word().equalsIgnoreCase("according");
        return speaks || source;
    }

    /** The mentions not inside another of them. */
    private static List<Mention> widest(List<Mention> mentions) {
        return mentions.stream().filter(m -> mentions.stream().noneMatch(o -> o != m && o.tokenStart() <= m.tokenStart()
                && o.tokenEnd() >= m.tokenEnd() && o.tokenEnd() - o.tokenStart() > m.tokenEnd() - m.tokenStart()))
                .toList();
    }

    private static boolean isNonCombatant(Mention m) {
        String text = m.span().text().strip().toLowerCase(Locale.ROOT);
        String head = text.substring(text.lastIndexOf(' ') + 1);
        return NON_COMBATANTS.contains(head);
    }

    private static boolean locativeBefore(DocumentContext doc, int s, Mention m) {
        if (m.tokenStart() == 0) {
            return false;
        }
        String prev = doc.tokens(s).get(m.tokenStart() - 1).word().toLowerCase(Locale.ROOT);
        return prev.equals("in") || prev.equals("near") || prev.equals("at") || prev.equals("across");
    }
}
