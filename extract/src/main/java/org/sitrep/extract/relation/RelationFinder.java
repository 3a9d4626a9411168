package org.sitrep.extract.relation;

import edu.stanford.nlp.ling.CoreLabel;
import org.sitrep.extract.Claim;
import org.sitrep.extract.Dependencies;
import org.sitrep.extract.DocumentContext;
import org.sitrep.extract.EntityType;
import org.sitrep.extract.Event;
import org.sitrep.extract.EventType;
import org.sitrep.extract.ExtractionStage;
import org.sitrep.extract.Mention;
import org.sitrep.extract.Modality;
import org.sitrep.extract.ParseNeed;
import org.sitrep.extract.Relation;
import org.sitrep.extract.RelationType;
import org.sitrep.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds relations three ways: role nouns next to names ("ISIS leader X", "X, a member of Y", "Y's commander X"),
 * verbs between two actors from the dependency parse ("X fought Y", "X is backed by Y", "X controls Y"), and
 * the participants of events already found (the sides of a battle fight each other; a sanctioned party is
 * sanctioned by the sanctioning one).
 */
public final class RelationFinder implements ExtractionStage, ParseNeed {

    /** Role nouns and the relation a person in that role has to the organisation named with it. */
    private static final Map<String, RelationType> ROLE_NOUNS = Map.ofEntries(
            Map.entry("leader", RelationType.LEADERSHIP), Map.entry("head", RelationType.LEADERSHIP),
            Map.entry("chief", RelationType.LEADERSHIP), Map.entry("commander", RelationType.LEADERSHIP),
            Map.entry("president", RelationType.LEADERSHIP), Map.entry("emir", RelationType.LEADERSHIP),
            Map.entry("founder", RelationType.LEADERSHIP), Map.entry("chairman", RelationType.LEADERSHIP),
            Map.entry("director", RelationType.LEADERSHIP), Map.entry("minister", RelationType.EMPLOYMENT),
            Map.entry("king", RelationType.LEADERSHIP), Map.entry("ceo", RelationType.LEADERSHIP),
            Map.entry("secretary", RelationType.LEADERSHIP), Map.entry("general", RelationType.MEMBERSHIP),
            Map.entry("member", RelationType.MEMBERSHIP), Map.entry("fighter", RelationType.MEMBERSHIP),
            Map.entry("militant", RelationType.MEMBERSHIP), Map.entry("soldier", RelationType.MEMBERSHIP),
            Map.entry("official", RelationType.MEMBERSHIP), Map.entry("officer", RelationType.MEMBERSHIP),
            Map.entry("operative", RelationType.MEMBERSHIP), Map.entry("troops", RelationType.MEMBERSHIP),
            Map.entry("spokesman", RelationType.EMPLOYMENT), Map.entry("spokeswoman", RelationType.EMPLOYMENT),
            Map.entry("spokesperson", RelationType.EMPLOYMENT), Map.entry("employee", RelationType.EMPLOYMENT),
            Map.entry("envoy", RelationType.EMPLOYMENT), Map.entry("ambassador", RelationType.EMPLOYMENT),
            Map.entry("brother", RelationType.FAMILY), Map.entry("son", RelationType.FAMILY),
            Map.entry("wife", RelationType.FAMILY), Map.entry("father", RelationType.FAMILY),
            Map.entry("cousin", RelationType.FAMILY), Map.entry("daughter", RelationType.FAMILY),
            Map.entry("nephew", RelationType.FAMILY), Map.entry("uncle", RelationType.FAMILY),
            Map.entry("subsidiary", RelationType.SUBSIDIARY), Map.entry("owner", RelationType.OWNERSHIP),
            Map.entry("subcontractor", RelationType.SUBCONTRACTOR),
            Map.entry("ally", RelationType.ALLIANCE), Map.entry("partner", RelationType.ALLIANCE),
            Map.entry("associate", RelationType.ASSOCIATE), Map.entry("affiliate", RelationType.MEMBERSHIP),
            Map.entry("branch", RelationType.MEMBERSHIP), Map.entry("supplier", RelationType.SUPPLY));

    /** Verbs relating their subject to their object. */
    private static final Map<String, RelationType> VERBS = Map.ofEntries(
            Map.entry("fight", RelationType.FIGHTING_AGAINST), Map.entry("battle", RelationType.FIGHTING_AGAINST),
            Map.entry("attack", RelationType.FIGHTING_AGAINST), Map.entry("clash", RelationType.FIGHTING_AGAINST),
            Map.entry("combat", RelationType.FIGHTING_AGAINST), Map.entry("target", RelationType.FIGHTING_AGAINST),
            Map.entry("strike", RelationType.FIGHTING_AGAINST), Map.entry("bomb", RelationType.FIGHTING_AGAINST),
            Map.entry("shell", RelationType.FIGHTING_AGAINST), Map.entry("defeat", RelationType.FIGHTING_AGAINST),
            Map.entry("besiege", RelationType.FIGHTING_AGAINST), Map.entry("ambush", RelationType.FIGHTING_AGAINST),
            Map.entry("expel", RelationType.FIGHTING_AGAINST), Map.entry("oppose", RelationType.FIGHTING_AGAINST),
            Map.entry("destroy", RelationType.FIGHTING_AGAINST), Map.entry("degrade", RelationType.FIGHTING_AGAINST),
            Map.entry("counter", RelationType.FIGHTING_AGAINST), Map.entry("eliminate", RelationType.FIGHTING_AGAINST),
            Map.entry("ally", RelationType.ALLIANCE), Map.entry("support", RelationType.ALLIANCE),
            Map.entry("back", RelationType.ALLIANCE), Map.entry("assist", RelationType.ALLIANCE),
            Map.entry("aid", RelationType.ALLIANCE), Map.entry("help", RelationType.ALLIANCE),
            Map.entry("train", RelationType.ALLIANCE), Map.entry("arm", RelationType.ALLIANCE),
            Map.entry("advise", RelationType.ALLIANCE), Map.entry("cooperate", RelationType.ALLIANCE),
            Map.entry("join", RelationType.MEMBERSHIP), Map.entry("pledge", RelationType.MEMBERSHIP),
            Map.entry("lead", RelationType.LEADERSHIP), Map.entry("head", RelationType.LEADERSHIP),
            Map.entry("command", RelationType.LEADERSHIP), Map.entry("found", RelationType.LEADERSHIP),
            Map.entry("own", RelationType.OWNERSHIP), Map.entry("control", RelationType.CONTROL),
            Map.entry("hold", RelationType.CONTROL), Map.entry("occupy", RelationType.CONTROL),
            Map.entry("capture", RelationType.CONTROL), Map.entry("seize", RelationType.CONTROL),
            Map.entry("retake", RelationType.CONTROL), Map.entry("recapture", RelationType.CONTROL),
            Map.entry("liberate", RelationType.CONTROL), Map.entry("overrun", RelationType.CONTROL),
            Map.entry("supply", RelationType.SUPPLY), Map.entry("sell", RelationType.SUPPLY),
            Map.entry("meet", RelationType.COMMUNICATION), Map.entry("call", RelationType.COMMUNICATION),
            Map.entry("talk", RelationType.COMMUNICATION), Map.entry("negotiate", RelationType.COMMUNICATION),
            Map.entry("employ", RelationType.EMPLOYMENT), Map.entry("sanction", RelationType.SANCTIONED_BY));

    /**
     * Verbs of acquiring: "X bought oil from Y" makes Y X's supplier, the reverse of "Y sold oil to X". What is bought
     * need not be named; the seller is the "from" phrase.
     */
    private static final Set<String> BUYING_VERBS = Set.of("buy", "purchase", "import", "acquire", "procure", "obtain",
            "source");

    /** Actors further apart than this are rarely related by the words between them. */
    private static final int MAX_CUE_GAP = 20;
    /** Words that end the stretch a cue can span: clause breaks and reporting verbs (the speaker is not a party). */
    private static final Set<String> CLAUSE_BREAKS = Set.of(";", ":", "--", "while", "whereas", "but", "say", "tell",
            "announce", "state", "add");
    private static final Set<String> LOCATIVES = Set.of("in", "near", "at", "across", "into", "throughout", "inside",
            "outside", "around", "over", "from", "within", "northern", "southern", "eastern", "western", "central",
            "northeastern", "northwestern", "southeastern", "southwestern", "north", "south", "east", "west");
    private static final Pattern UNIT_WORDS = Pattern.compile(
            "\\b(Battalion|Regiment|Brigade|Division|Group|Wing|Squadron|Company|Corps|Task Force|Fleet|Command|Guard)\\b");

    private final RelationCues cues = new RelationCues();
    private final SyntaxRelations syntax = new SyntaxRelations();
    private final PairScorer scorer;

    /** Cue rules and the shipped learned scorer. */
    public RelationFinder() {
        this(PairScorer.bundled());
    }

    /** Cue rules and {@code scorer} for the pairs they leave unrelated ({@link PairScorer#OFF} for none). */
    public RelationFinder(PairScorer scorer) {
        this.scorer = scorer;
    }

    private static final Set<String> HELD_SUFFIXES = Set.of("-held", "-controlled", "-run");
    private static final Set<String> BACKED_SUFFIXES = Set.of("-backed", "-led", "-supported", "-allied");

    @Override
    public boolean needsParse(DocumentContext doc, int sentence) {
        if (doc.mentionsIn(sentence).size() < 2) {
            return false;
        }
        for (CoreLabel t : doc.tokens(sentence)) {
            String lemma = lemma(t);
            if (t.tag().startsWith("VB") && (VERBS.containsKey(lemma) || BUYING_VERBS.contains(lemma))) {
                return true;
            }
        }
        return syntax.hasCue(doc.tokens(sentence));
    }

    @Override
    public void process(DocumentContext doc) {
        for (int s = 0; s < doc.sentences().size(); s++) {
            List<Mention> mentions = doc.mentionsIn(s);
            List<CoreLabel> tokens = doc.tokens(s);
            businessRoles(doc, s, tokens, mentions);
            if (mentions.size() < 2) {
                continue;
            }
            rolePatterns(doc, s, tokens, mentions);
            hyphenPatterns(doc, s, tokens, mentions);
            locatedIn(doc, s, tokens, mentions);
            heldPlaces(doc, s, tokens, mentions);
            controlNouns(doc, s, tokens, mentions);
            seats(doc, s, tokens, mentions);
            cueWindows(doc, s, tokens, mentions);
            Optional<Dependencies> parse = doc.parse(s).map(Dependencies::new);
            if (parse.isPresent()) {
                syntax.find(doc, s, tokens, parse.get(), sink);
                verbPatterns(doc, s, tokens, parse.get());
                learned(doc, s, parse.get());
            }
        }
        fromEvents(doc);
    }

    private static String lemma(CoreLabel t) {
        return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
    }

    /**
     * "ISIS leader Abu Bakr al-Baghdadi", "Syrian President Bashar al-Assad", "X, the leader of Y", "Y's commander X",
     * "X, a member of Y": a role noun between or next to a person and an organisation.
     */
    private void rolePatterns(DocumentContext doc, int s, List<CoreLabel> tokens, List<Mention> mentions) {
        for (int i = 0; i < tokens.size(); i++) {
            RelationType type = ROLE_NOUNS.get(lemma(tokens.get(i)));
            if (type == null || !tokens.get(i).tag().startsWith("NN")) {
                continue;
            }
            // Organisation (or nationality) right before the role, person right after: "ISIS leader X".
            Optional<Mention> org = mentionEndingAt(mentions, i, 2);
            Optional<Mention> person = mentionStartingAt(mentions, i + 1, 1);
            if (org.isPresent() && person.isPresent() && person.get().type() == EntityType.PERSON
                    && org.get().type() != EntityType.PERSON && org.get().type() != EntityType.NATIONALITY) {
                add(doc, s, type, person.get(), org.get(), org.get().tokenStart(), person.get().tokenEnd());
                continue;
            }
            // "X, an ISIL commander": the role is the apposition of a name; an indefinite article makes X one of
            // the group's many commanders (a member), a definite one its commander.
            if (org.isPresent() && org.get().type() != EntityType.PERSON && org.get().type() != EntityType.NATIONALITY) {
                int det = org.get().tokenStart() - 1;
                String article = det >= 1 ? tokens.get(det).word().toLowerCase(Locale.ROOT) : "";
                Optional<Mention> who = det >= 1 && tokens.get(det - 1).word().equals(",")
                        ? mentionEndingAt(mentions, det - 1, 0) : Optional.empty();
                if (who.isPresent() && who.get().type() == EntityType.PERSON && Set.of("a", "an", "the").contains(article)) {
                    RelationType held = article.equals("the") || type != RelationType.LEADERSHIP ? type
                            : RelationType.MEMBERSHIP;
                    add(doc, s, held, who.get(), org.get(), who.get().tokenStart(), i + 1);
                    continue;
                }
            }
            // "X, commander, Y": a role between commas, the holder before it and the body after.
            if (type == RelationType.LEADERSHIP && i >= 1 && i + 2 < tokens.size() && tokens.get(i - 1).word().equals(",")
                    && tokens.get(i + 1).word().equals(",")) {
                Optional<Mention> who = mentionEndingAt(mentions, i - 1, 0).filter(m -> m.type() == EntityType.PERSON);
                Optional<Mention> body = mentionStartingAt(mentions, i + 2, 1).filter(m -> m.type() != EntityType.PERSON
                        && m.type() != EntityType.NATIONALITY && !m.type().isLocation());
                if (who.isPresent() && body.isPresent()) {
                    add(doc, s, type, who.get(), body.get(), who.get().tokenStart(), body.get().tokenEnd());
                    continue;
                }
            }
            // "X, the leader of Y" / "X, a member of Y" — but not "ISIL killed 70 members of the tribe".
            if (i + 2 < tokens.size() && tokens.get(i + 1).word().equalsIgnoreCase("of")) {
                final int role = i;
                Optional<Mention> of = mentionStartingAt(mentions, i + 2, 2);
                // Only a person holds a post ("the US Secretary of State" names no leader of a State).
                boolean post = type == RelationType.LEADERSHIP || type == RelationType.EMPLOYMENT
                        || type == RelationType.FAMILY;
                Optional<Mention> who = mentionEndingAt(mentions, i, 4)
                        .filter(m -> noVerbBetween(tokens, m.tokenEnd(), role))
                        .filter(m -> !post || m.type() == EntityType.PERSON);
                if (of.isPresent() && who.isPresent() && who.get() != of.get()) {
                    add(doc, s, type, who.get(), of.get(), who.get().tokenStart(), of.get().tokenEnd());
                    continue;
                }
            }
            // "Y's commander, X"
            if (i >= 2 && tokens.get(i - 1).word().equals("'s")) {
                Optional<Mention> owner = mentionEndingAt(mentions, i - 1, 1);
                Optional<Mention> who = mentionStartingAt(mentions, i + 1, 2);
                if (owner.isPresent() && who.isPresent()) {
                    add(doc, s, type, who.get(), owner.get(), owner.get().tokenStart(), who.get().tokenEnd());
                }
            }
        }
    }

    /** Whether no verb but a form of "be" stands between two tokens: "X, then a member of", not "X killed members of". */
    private static boolean noVerbBetween(List<CoreLabel> tokens, int from, int to) {
        for (int t = from; t < to; t++) {
            if (tokens.get(t).tag().startsWith("VB") && !lemma(tokens.get(t)).equals("be")) {
                return false;
            }
        }
        return true;
    }

    /** "Turkish-backed rebels", "ISIS-held Raqqa", "U.S.-led coalition". */
    private void hyphenPatterns(DocumentContext doc, int s, List<CoreLabel> tokens, List<Mention> mentions) {
        for (Mention m : mentions) {
            int next = m.tokenEnd();
            CoreLabel last = tokens.get(next - 1);
            String suffix;
            int after;
            if (m.span().end() < doc.offsets().codePoint(last.endPosition())) {
                // The mention is the first part of a hyphenated token: "ISIL-held", "U.S.-led".
                String original = doc.text().substring(last.beginPosition(), last.endPosition());
                suffix = original.substring(original.lastIndexOf('-')).toLowerCase(Locale.ROOT);
                after = next;
            } else {
                if (next >= tokens.size()) {
                    continue;
                }
                String w = tokens.get(next).word().toLowerCase(Locale.ROOT);
                suffix = w.startsWith("-") ? w : next + 1 < tokens.size() && w.equals("-")
                        ? "-" + tokens.get(next + 1).word().toLowerCase(Locale.ROOT) : "";
                after = w.equals("-") ? next + 2 : next + 1;
            }
            Optional<Mention> other = mentionStartingAt(mentions, after, 2);
            if (other.isEmpty() || other.get() == m) {
                continue;
            }
            if (HELD_SUFFIXES.contains(suffix)) {
                add(doc, s, RelationType.CONTROL, m, other.get(), m.tokenStart(), other.get().tokenEnd());
            } else if (BACKED_SUFFIXES.contains(suffix)) {
                RelationType type = suffix.equals("-led") ? RelationType.LEADERSHIP : RelationType.ALLIANCE;
                add(doc, s, type, m, other.get(), m.tokenStart(), other.get().tokenEnd());
            }
        }
    }

    /**
     * Two actors with no other actor between them and a cue word among the words that separate them: "X conducted
     * strikes against Y", "X, which includes Y", "X is supported by Y".
     */
    private void cueWindows(DocumentContext doc, int s, List<CoreLabel> tokens, List<Mention> mentions) {
        // "X, a Russian company owned by Y": a nationality used as an adjective does not stand between X and Y,
        // and is not a party itself.
        List<Mention> named = actorsForCues(tokens, mentions).stream().filter(m -> !(m.type() == EntityType.NATIONALITY
                && m.tokenEnd() < tokens.size() && tokens.get(m.tokenEnd()).tag().matches("NN.*|JJ.*"))).toList();
        cueWindowsAmong(doc, s, tokens, named);
    }

    /** Capitalised nouns after a body's name that make the name a modifier: "Security Council Resolution 2328". */
    private static final Set<String> DOCUMENT_WORDS = Set.of("Resolution", "Resolutions", "Report", "Summit",
            "Convention", "Charter", "Communique", "Declaration");

    private List<Mention> actorsForCues(List<CoreLabel> tokens, List<Mention> mentions) {
        return mentions.stream()
                .filter(m -> m.type().isActor() || m.type() == EntityType.NATIONALITY)
                .filter(m -> m.tokenEnd() >= tokens.size() || !DOCUMENT_WORDS.contains(tokens.get(m.tokenEnd()).word()))
                .filter(m -> !(m.type() == EntityType.COUNTRY && isLocative(tokens, m)))
                .filter(m -> mentions.stream().noneMatch(o -> o != m && o.tokenStart() <= m.tokenStart()
                        && m.tokenEnd() <= o.tokenEnd() && o.tokenEnd() - o.tokenStart() > m.tokenEnd() - m.tokenStart()))
                .toList();
    }

    private void cueWindowsAmong(DocumentContext doc, int s, List<CoreLabel> tokens, List<Mention> actors) {
        Mention supporter = null;
        Mention supported = null;
        for (int k = 0; k + 1 < actors.size(); k++) {
            Mention a = actors.get(k);
            Mention b = actors.get(k + 1);
            int gap = b.tokenStart() - a.tokenEnd();
            if (gap < 1 || gap > MAX_CUE_GAP) {
                continue;
            }
            List<String> between = new ArrayList<>();
            List<String> tags = new ArrayList<>();
            boolean broken = false;
            for (int t = a.tokenEnd(); t < b.tokenStart(); t++) {
                String lemma = lemma(tokens.get(t));
                broken |= CLAUSE_BREAKS.contains(lemma);
                between.add(lemma);
                tags.add(tokens.get(t).tag());
            }
            if (gap == 1 && between.getFirst().equals(",") && UNIT_WORDS.matcher(a.text()).find()
                    && UNIT_WORDS.matcher(b.text()).find()) {
                // "3rd Battalion, 5th Special Forces Group": a unit and the formation it belongs to.
                add(doc, s, RelationType.MEMBERSHIP, a, b, a.tokenStart(), b.tokenEnd());
                continue;
            }
            int fromAt = between.lastIndexOf("from");
            boolean fromUnit = fromAt >= 0 && fromAt >= between.size() - 2 && between.size() <= 4
                    && (fromAt == between.size() - 1 || between.getLast().equals("the"));
            if (fromUnit && UNIT_WORDS.matcher(b.text()).find()
                    && (a.type() == EntityType.ARMED_GROUP || a.type() == EntityType.PERSON)) {
                // "gunners sent from the 12th Artillery Regiment", "soldiers from 3rd Battalion": where they serve.
                add(doc, s, RelationType.MEMBERSHIP, a, b, a.tokenStart(), b.tokenEnd());
                continue;
            }
            if (fromAt == 0 && between.size() <= 2 && MEMBER_NOUNS.contains(lemma(tokens.get(a.tokenEnd() - 1)))
                    && (b.type() == EntityType.ARMED_GROUP || b.type() == EntityType.ORGANIZATION)) {
                // "militants from ISIL", "fighters from the Nusra Front": the group they come from.
                add(doc, s, RelationType.MEMBERSHIP, a, b, a.tokenStart(), b.tokenEnd());
                continue;
            }
            List<String> afterName = afterParenthesis(between);
            if (afterName.size() >= 3 && tags.get(between.size() - afterName.size()).equals("NNS")) {
                afterName = afterName.subList(1, afterName.size()); // "our Coalition partners, especially X"
            }
            if (afterName.size() >= 2 && afterName.size() <= 4 && afterName.getFirst().equals(",")
                    && EXAMPLE_MARKERS.contains(String.join(" ", afterName.subList(1, afterName.size()))
                    .replaceAll(" the$", ""))) {
                // "our Coalition partners, especially the Turks", "its backers, notably Russia": one of the group.
                add(doc, s, RelationType.MEMBERSHIP, b, a, a.tokenStart(), b.tokenEnd());
                continue;
            }
            if (k == 0 && between.size() <= 2 && between.getFirst().equals(",") && frontedSupport(tokens, a)) {
                // "In support of the Iraqi army, coalition aircraft struck ...", "With the backing of X, Y ...".
                add(doc, s, RelationType.ALLIANCE, b, a, a.tokenStart(), b.tokenEnd());
                continue;
            }
            if (between.equals(List.of("within")) && (b.type() == EntityType.ORGANIZATION
                    || b.type() == EntityType.ARMED_GROUP || b.type() == EntityType.GOVERNMENT_BODY)) {
                // "working with Turkey within NATO": a party acting inside the body it belongs to.
                add(doc, s, RelationType.MEMBERSHIP, a, b, a.tokenStart(), b.tokenEnd());
                continue;
            }
            if (k == 0 && between.size() <= 2 && between.getFirst().equals(",") && frontedPurpose(tokens, a)) {
                // "To defeat Daesh, we need partners", "In the drive to crush the Front, local militias joined in":
                // the first name after the fronted clause is who fights.
                add(doc, s, RelationType.FIGHTING_AGAINST, b, a, a.tokenStart(), b.tokenEnd());
                continue;
            }
            if (!broken && Set.of("deliver", "inflict", "hand").contains(between.getLast())
                    && defeatFollows(tokens, b.tokenEnd())) {
                // "we mean to hand the Front a final defeat"
                add(doc, s, RelationType.FIGHTING_AGAINST, a, b, a.tokenStart(), b.tokenEnd());
                continue;
            }
            RelationCues.Cue cue = broken ? null : cues.find(between, tags);
            if (cue == null) {
                continue;
            }
            Mention subject = cue.reverse() ? b : a;
            Mention object = cue.reverse() ? a : b;
            if ((cue.type() == RelationType.ALLIANCE || cue.type() == RelationType.MEMBERSHIP) && !cue.reverse()
                    && (targetOfFighting(tokens, a) || afterWord(tokens, a, Set.of("against", "by")))) {
                // "we struck ISIL targets in support of our partners", "sorties against the Front flown with the 9th Wing":
                // the one who supports or takes part is the subject of the clause, not the target.
                continue;
            }
            if (cue.type() == RelationType.MEMBERSHIP && cue.reverse() && cue.verb() && afterPreposition(tokens, a)) {
                continue; // "oil supplied to the regime, including X": X is one of the suppliers, not of the regime
            }
            if ((cue.type() == RelationType.LEADERSHIP || cue.type() == RelationType.MEMBERSHIP)
                    && object.type() == EntityType.NATIONALITY) {
                continue;
            }
            if (cue.type() == RelationType.MEMBERSHIP
                    && (object.type() == EntityType.PERSON || object.type() == EntityType.COUNTRY)) {
                continue; // "X joined Jordan in an exercise", "X joined John Kerry for talks": company, not membership
            }
            add(doc, s, cue.type(), subject, object, a.tokenStart(), b.tokenEnd());
            // "X struck in support of Y against Z", "X stands by Y to defeat Z": the supporter fights Z as well.
            if (cue.type() == RelationType.FIGHTING_AGAINST && !cue.reverse() && a == supported) {
                add(doc, s, RelationType.FIGHTING_AGAINST, supporter, b, supporter.tokenStart(), b.tokenEnd());
            }
            boolean supports = cue.type() == RelationType.ALLIANCE && !cue.reverse();
            supporter = supports ? a : null;
            supported = supports ? b : null;
            // "X include A, B and C", "A and B fought X": what holds for one of a list holds for every item of it.
            List<Mention> before = coordinatedBefore(tokens, actors, k);
            for (Mention left : before) {
                add(doc, s, cue.type(), cue.reverse() ? b : left, cue.reverse() ? left : b, left.tokenStart(), b.tokenEnd());
            }
            if (!cue.reverse() && (cue.type() == RelationType.FIGHTING_AGAINST || cue.type() == RelationType.ALLIANCE)) {
                // "A, B and C are committed to defeating Z": those who fight or back someone together are allies.
                List<Mention> side = new ArrayList<>(before.reversed());
                side.add(a);
                side.removeIf(m -> m.type() == EntityType.NATIONALITY);
                for (int i = 0; i < side.size(); i++) {
                    for (int j = i + 1; j < side.size(); j++) {
                        add(doc, s, RelationType.ALLIANCE, side.get(i), side.get(j), side.get(i).tokenStart(),
                                side.get(j).tokenEnd());
                    }
                }
            }
            for (Mention right : coordinatedAfter(tokens, actors, k + 1)) {
                add(doc, s, cue.type(), cue.reverse() ? right : a, cue.reverse() ? a : right, a.tokenStart(), right.tokenEnd());
            }
        }
    }

    /** Plural nouns for the people of a group: "militants from ISIL". */
    private static final Set<String> MEMBER_NOUNS = Set.of("militant", "fighter", "soldier", "troops", "member",
            "operative", "commander", "official", "officer", "jihadist", "gunman", "recruit", "volunteer");
    /** Words between a group and one of its members given as an example: "its allies, notably Russia". */
    private static final Set<String> EXAMPLE_MARKERS = Set.of("especially", "notably", "particularly",
            "in particular", "such as", "chiefly", "mainly", "primarily");

    /** Words that join the items of a list of names. */
    private static final Set<String> LIST_JOINERS = Set.of(",", "and", "or", "the", "as", "well", "&");

    private static boolean joinedAsList(List<CoreLabel> tokens, Mention first, Mention second) {
        if (second.tokenStart() <= first.tokenEnd()) {
            return false;
        }
        if (second.tokenStart() - first.tokenEnd() == 1 && tokens.get(first.tokenEnd()).word().equals(",")
                && UNIT_WORDS.matcher(first.text()).find() && UNIT_WORDS.matcher(second.text()).find()) {
            return false; // "2nd Battalion, 5th Special Forces Group": a unit and its formation, not a list
        }
        boolean comma = false;
        for (int t = first.tokenEnd(); t < second.tokenStart(); t++) {
            String w = tokens.get(t).word().toLowerCase(Locale.ROOT);
            // Adjectives belong to the next item: "the UK, the wider Global Coalition and ...".
            boolean adjective = tokens.get(t).tag().startsWith("JJ") && t > first.tokenEnd();
            if (!LIST_JOINERS.contains(w) && !adjective) {
                return false;
            }
            comma |= w.equals(",");
        }
        return !(comma && clauseSubject(tokens, second) && objectOfVerb(tokens, first));
    }

    private static final Pattern NOUN_PHRASE_LEFT = Pattern.compile("DT|JJ.*|PRP\\$|CD");

    /** The token before the mention and its articles, adjectives, possessives and numbers, or -1. */
    private static int beforeNounPhrase(List<CoreLabel> tokens, Mention m) {
        int t = m.tokenStart() - 1;
        while (t >= 0 && NOUN_PHRASE_LEFT.matcher(tokens.get(t).tag()).matches()) {
            t--;
        }
        return t;
    }

    /** Whether the mention is the object of a verb of fighting: "strike ISIL targets", "attacked the militia". */
    private static boolean targetOfFighting(List<CoreLabel> tokens, Mention m) {
        int t = beforeNounPhrase(tokens, m);
        return t >= 0 && tokens.get(t).tag().startsWith("VB")
                && VERBS.get(lemma(tokens.get(t))) == RelationType.FIGHTING_AGAINST;
    }

    /**
     * Whether the mention is the object of a fighting verb in an infinitive or gerund clause ("to defeat ISIL",
     * "defeating ISIL") that opens the sentence, with no name before it.
     */
    private static boolean frontedPurpose(List<CoreLabel> tokens, Mention m) {
        if (!targetOfFighting(tokens, m)) {
            return false;
        }
        int v = m.tokenStart() - 1;
        while (v >= 0 && !tokens.get(v).tag().startsWith("VB")) {
            v--;
        }
        return v >= 0 && (tokens.get(v).tag().equals("VBG") || v > 0 && tokens.get(v - 1).word().equalsIgnoreCase("to"));
    }

    /** The words after a name's bracketed acronym, if the words start with one: ", especially X" in "(PMF), especially X". */
    private static List<String> afterParenthesis(List<String> between) {
        int close = -1;
        if (Set.of("-rrb-", ")").contains(between.getFirst())) {
            close = 0;
        } else if (Set.of("-lrb-", "(").contains(between.getFirst())) {
            for (int t = 1; t < between.size() && t <= 4 && close < 0; t++) {
                close = Set.of("-rrb-", ")").contains(between.get(t)) ? t : -1;
            }
        }
        return close < 0 ? between : between.subList(close + 1, between.size());
    }

    /** Whether the mention follows "support of", "backing of" or "help of" at the start of the sentence. */
    private static boolean frontedSupport(List<CoreLabel> tokens, Mention m) {
        int t = m.tokenStart() - 1;
        while (t >= 0 && tokens.get(t).tag().matches("DT|JJ.*|PRP\\$")) {
            t--;
        }
        if (t < 1 || !Set.of("of", "for").contains(tokens.get(t).word().toLowerCase(Locale.ROOT))
                || !Set.of("support", "backing", "help", "assistance").contains(lemma(tokens.get(t - 1)))) {
            return false;
        }
        for (int k = 0; k < t - 1; k++) {
            if (tokens.get(k).tag().startsWith("VB")) {
                return false; // the support phrase opens the sentence; otherwise it belongs to a verb before it
            }
        }
        return true;
    }

    /** Whether "defeat" or "blow" ends the noun phrase starting at {@code from}: "a lasting defeat". */
    private static boolean defeatFollows(List<CoreLabel> tokens, int from) {
        for (int t = from; t < Math.min(tokens.size(), from + 4); t++) {
            if (Set.of("defeat", "blow", "setback").contains(lemma(tokens.get(t)))) {
                return true;
            }
            if (!tokens.get(t).tag().matches("DT|JJ.*|RB")) {
                return false;
            }
        }
        return false;
    }

    /** Whether one of {@code words} comes right before the mention, over articles and adjectives. */
    private static boolean afterWord(List<CoreLabel> tokens, Mention m, Set<String> words) {
        int t = beforeNounPhrase(tokens, m);
        return t >= 0 && words.contains(tokens.get(t).word().toLowerCase(Locale.ROOT));
    }

    /** Whether a preposition other than "of" comes right before the mention, over articles and adjectives. */
    private static boolean afterPreposition(List<CoreLabel> tokens, Mention m) {
        int t = beforeNounPhrase(tokens, m);
        // "members of X include": "of" joins X to the noun that includes, it does not make X an object.
        return t >= 0 && tokens.get(t).tag().matches("IN|TO") && !tokens.get(t).word().equalsIgnoreCase("of");
    }

    /** Whether a verb follows the mention: it is the subject of a clause ("..., and the UK has supported"). */
    private static boolean clauseSubject(List<CoreLabel> tokens, Mention m) {
        return m.tokenEnd() < tokens.size() && tokens.get(m.tokenEnd()).tag().matches("VB.*|MD");
    }

    /** Whether a verb comes right before the mention (over articles and adjectives): it is that verb's object. */
    private static boolean objectOfVerb(List<CoreLabel> tokens, Mention m) {
        int t = beforeNounPhrase(tokens, m);
        return t >= 0 && tokens.get(t).tag().startsWith("VB");
    }

    /** The actors listed after {@code actors[at]} and joined to it: B and C in "A, B and C". */
    private static List<Mention> coordinatedAfter(List<CoreLabel> tokens, List<Mention> actors, int at) {
        List<Mention> list = new ArrayList<>();
        for (int j = at + 1; j < actors.size() && joinedAsList(tokens, actors.get(j - 1), actors.get(j)); j++) {
            list.add(actors.get(j));
        }
        return list;
    }

    /** The actors listed before {@code actors[at]} and joined to it: A and B in "A, B and C". */
    private static List<Mention> coordinatedBefore(List<CoreLabel> tokens, List<Mention> actors, int at) {
        List<Mention> list = new ArrayList<>();
        for (int j = at - 1; j >= 0 && joinedAsList(tokens, actors.get(j), actors.get(j + 1)); j--) {
            list.add(actors.get(j));
        }
        return list;
    }

    /** Relations only parties (people, firms, groups, states) can have. */
    private static final Set<RelationType> BETWEEN_PARTIES = Set.of(RelationType.OWNERSHIP, RelationType.SUBSIDIARY,
            RelationType.SUBCONTRACTOR, RelationType.EMPLOYMENT, RelationType.FAMILY, RelationType.ASSOCIATE,
            RelationType.SUPPLY);

    /** Who founded or heads a company owns it, in the sense sanctions screening cares about. */
    private static RelationType businessAware(RelationType type, EntityType subject, EntityType object) {
        if (type == RelationType.LEADERSHIP && object == EntityType.COMPANY) {
            return RelationType.OWNERSHIP;
        }
        // Firms that partner are business associates, not allies in a war.
        return type == RelationType.ALLIANCE && subject == EntityType.COMPANY && object == EntityType.COMPANY
                ? RelationType.ASSOCIATE : type;
    }

    /** The type of the entity a mention was resolved to (the whole document's view), else the mention's own. */
    private static EntityType typeOf(DocumentContext doc, Mention m) {
        String id = doc.entityOf(m);
        return id == null ? m.type() : doc.entity(id).map(e -> e.type()).orElse(m.type());
    }

    /** Role nouns that tie one business to another; the second may be left to the context ("its", no anchor). */
    private static final Map<String, RelationType> BUSINESS_ROLES = Map.of(
            "subcontractor", RelationType.SUBCONTRACTOR, "subsidiary", RelationType.SUBSIDIARY,
            "founder", RelationType.OWNERSHIP, "owner", RelationType.OWNERSHIP);
    /** Sentences back that a business named without its partner may take the partner from. */
    private static final int ANCHOR_SENTENCES = 2;

    /**
     * "Y's subcontractor X", "X, a subcontractor of Y", "Y ... through its subcontractor X" and, with no partner in
     * the sentence, "was handed to a subcontractor, X" after a sentence naming Y: a business role noun apposed to a
     * name relates it to the partner named with the noun, or else to the business named last before it.
     */
    private void businessRoles(DocumentContext doc, int s, List<CoreLabel> tokens, List<Mention> mentions) {
        for (int i = 0; i < tokens.size(); i++) {
            RelationType type = BUSINESS_ROLES.get(tokens.get(i).word().toLowerCase(Locale.ROOT));
            if (type == null || !tokens.get(i).tag().startsWith("NN")) {
                continue;
            }
            final int role = i;
            int after = i + 1 < tokens.size() && tokens.get(i + 1).word().equals(",") ? i + 2 : i + 1;
            // Owners and founders are people or firms; subcontractors and subsidiaries are firms.
            java.util.function.Predicate<Mention> fits = type == RelationType.OWNERSHIP
                    ? m -> m.type() == EntityType.PERSON || m.type() == EntityType.COMPANY : RelationFinder::isBusiness;
            Optional<Mention> named = mentions.stream().filter(m -> m.tokenStart() == after && fits.test(m)).findFirst();
            if (named.isEmpty()) {
                named = mentionEndingAt(mentions, role, 4).filter(fits)
                        .filter(m -> role - m.tokenEnd() >= 1 && tokens.get(m.tokenEnd()).word().equals(","));
            }
            if (named.isEmpty()) {
                continue;
            }
            Mention x = named.get();
            Optional<Mention> partner = Optional.empty();
            if (role + 2 < tokens.size() && Set.of("of", "for", "to").contains(tokens.get(role + 1).word())) {
                partner = mentionStartingAt(mentions, role + 2, 2).filter(m -> m != x && isBusinessOrActor(m));
            }
            if (partner.isEmpty() && role > 0 && tokens.get(role - 1).word().equals("'s")) {
                partner = mentionEndingAt(mentions, role - 1, 0).filter(m -> m != x);
            }
            if (partner.isPresent()) {
                Mention y = partner.get();
                add(doc, s, type, x, y, Math.min(x.tokenStart(), y.tokenStart()), Math.max(x.tokenEnd(), y.tokenEnd()));
                continue;
            }
            // No partner with the noun: the business named last before it, in this sentence or the ones before.
            Mention anchor = null;
            for (int back = s; back >= Math.max(0, s - ANCHOR_SENTENCES) && anchor == null; back--) {
                List<Mention> candidates = doc.mentionsIn(back);
                for (int k = candidates.size() - 1; k >= 0; k--) {
                    Mention m = candidates.get(k);
                    boolean earlier = back < s || m.tokenEnd() <= Math.min(role, x.tokenStart());
                    if (earlier && m.type() == EntityType.COMPANY && !doc.entityOf(m).equals(doc.entityOf(x))) {
                        anchor = m;
                        break;
                    }
                }
            }
            if (anchor != null) {
                Span from = doc.tokenSpan(anchor.sentence(), anchor.tokenStart(), anchor.tokenEnd());
                Span to = doc.tokenSpan(s, Math.min(role, x.tokenStart()), Math.max(role + 1, x.tokenEnd()));
                int a = doc.text().offsetByCodePoints(0, from.start());
                int b = doc.text().offsetByCodePoints(0, to.end());
                Span evidence = new Span(from.start(), to.end(), doc.text().substring(a, b));
                Optional<Claim> claim = doc.claimCovering(evidence);
                Modality modality = claim.map(c -> c.stance().modalityOfContent()).orElse(Modality.ASSERTED);
                String xs = doc.entityOf(x);
                String ys = doc.entityOf(anchor);
                if (xs != null && ys != null) {
                    addById(doc, type, xs, ys, modality, claim.map(Claim::id).orElse(null), evidence);
                }
            }
        }
    }

    private static boolean isBusiness(Mention m) {
        return m.type() == EntityType.COMPANY || m.type() == EntityType.ORGANIZATION;
    }

    private static boolean isBusinessOrActor(Mention m) {
        return m.type().isActor();
    }

    /**
     * Whether a mention is used as a place ("strikes in Syria", "targets in Syria and Iraq") rather than as an
     * actor: a locative word before it, or before the place it is coordinated with.
     */
    private static boolean isLocative(List<CoreLabel> tokens, Mention m) {
        int before = m.tokenStart() - 1;
        for (int hops = 0; hops < 3; hops++) {
            if (before >= 0 && tokens.get(before).word().equalsIgnoreCase("the")) {
                before--;
            }
            if (before < 0) {
                return false;
            }
            String w = tokens.get(before).word().toLowerCase(Locale.ROOT);
            if (LOCATIVES.contains(w)) {
                return true;
            }
            if (!(w.equals("and") || w.equals("or") || w.equals(","))) {
                return false;
            }
            // Step over the coordinated name: capitalised words right before the conjunction.
            before--;
            while (before >= 0 && Character.isUpperCase(tokens.get(before).word().codePointAt(0))) {
                before--;
            }
        }
        return false;
    }

    /** Word sequences between a place and the party after it that say the party holds the place. */
    private static final List<List<String>> HELD_BY = List.of(List.of("hold", "by"), List.of("control", "by"),
            List.of("occupy", "by"), List.of("under", "the", "control", "of"), List.of("under", "control", "of"),
            List.of("seize", "by"), List.of("capture", "by"), List.of("run", "by"), List.of("take", "by"),
            List.of("overrun", "by"), List.of("retake", "by"), List.of("recapture", "by"), List.of("liberate", "by"));

    /** Verbs of winning a place back from whoever held it: "liberate Mosul from ISIL", "retake the town from X". */
    private static final Set<String> TAKE_BACK = Set.of("liberate", "free", "retake", "recapture", "clear", "wrest",
            "seize", "capture", "take");

    /** Nouns between a party and a place that say the party holds or takes it: "ISIL's control of Mosul". */
    private static final List<List<String>> CONTROL_OF = List.of(List.of("control", "of"), List.of("control", "over"),
            List.of("retaking", "of"), List.of("recapture", "of"), List.of("capture", "of"), List.of("seizure", "of"),
            List.of("takeover", "of"), List.of("grip", "on"), List.of("hold", "on"));

    /** Nouns for a place passing to a new holder: "the fall of Mosul to ISIL". */
    private static final Set<String> FALL_WORDS = Set.of("fall", "loss", "surrender", "handover");

    /** Nouns that name a kind of place before its name: "the city of Mosul", "the province of Anbar". */
    private static final Set<String> PLACE_NOUNS = Set.of("city", "town", "village", "province", "district", "region",
            "governorate", "port", "island");

    /** "Mosul, the largest city still held by ISIL", "the plant, under the control of X since 2014". */
    private void heldPlaces(DocumentContext doc, int s, List<CoreLabel> tokens, List<Mention> mentions) {
        for (int k = 0; k < mentions.size(); k++) {
            Mention place = mentions.get(k);
            if (!(place.type() == EntityType.PLACE || place.type() == EntityType.FACILITY)) {
                continue;
            }
            // "a plant southwest of Raqqa, held by X": after a preposition the place only locates what is held.
            int before = place.tokenStart() - 1;
            // ... but "the city of Mosul, held by X" names the place itself.
            boolean namingOf = before >= 1 && tokens.get(before).word().equals("of")
                    && PLACE_NOUNS.contains(tokens.get(before - 1).word().toLowerCase(Locale.ROOT));
            boolean fallOf = before >= 1 && tokens.get(before).word().equals("of")
                    && FALL_WORDS.contains(lemma(tokens.get(before - 1)));
            if (before >= 0 && tokens.get(before).tag().matches("IN|TO") && !namingOf && !fallOf) {
                continue;
            }
            Mention holder = null;
            for (int j = k + 1; j < mentions.size(); j++) {
                Mention m = mentions.get(j);
                if (m.tokenStart() >= place.tokenEnd() && m.type().isActor() && m.type() != EntityType.COUNTRY
                        || m.tokenStart() >= place.tokenEnd() && m.type() == EntityType.COUNTRY && j == k + 1) {
                    holder = m;
                    break;
                }
            }
            if (holder == null || holder.tokenStart() - place.tokenEnd() > MAX_CUE_GAP) {
                continue;
            }
            List<String> between = new ArrayList<>();
            for (int t = place.tokenEnd(); t < holder.tokenStart(); t++) {
                between.add(lemma(tokens.get(t)));
            }
            // "the fall of Mosul to ISIL": the place passed to the holder.
            if (between.equals(List.of("to")) && before >= 1 && tokens.get(before).word().equals("of")
                    && FALL_WORDS.contains(lemma(tokens.get(before - 1)))) {
                add(doc, s, RelationType.CONTROL, holder, place, before - 1, holder.tokenEnd());
                continue;
            }
            if (between.stream().anyMatch(CLAUSE_BREAKS::contains)) {
                continue;
            }
            // "the campaign to liberate the city of Mosul from ISIL": who the place is won back from held it.
            if (between.equals(List.of("from")) && takenBack(tokens, place.tokenStart())) {
                add(doc, s, RelationType.CONTROL, holder, place, place.tokenStart(), holder.tokenEnd());
                continue;
            }
            for (List<String> cue : HELD_BY) {
                if (java.util.Collections.indexOfSubList(between, cue) >= 0) {
                    add(doc, s, RelationType.CONTROL, holder, place, place.tokenStart(), holder.tokenEnd());
                    break;
                }
            }
        }
    }

    /** Whether a verb of winning a place back comes shortly before token {@code at}, with no other verb between. */
    private static boolean takenBack(List<CoreLabel> tokens, int at) {
        for (int t = at - 1; t >= Math.max(0, at - 6); t--) {
            if (tokens.get(t).tag().startsWith("VB")) {
                return TAKE_BACK.contains(lemma(tokens.get(t)));
            }
        }
        return false;
    }

    /**
     * "the Front has held Tell Abyad since spring", "the army claims full control of Aleppo", "X's capture of Y": a
     * party, then a noun of holding or taking, then the place, with no other name between.
     */
    private void controlNouns(DocumentContext doc, int s, List<CoreLabel> tokens, List<Mention> mentions) {
        for (int k = 0; k < mentions.size(); k++) {
            Mention party = mentions.get(k);
            Mention place = mentionStartingAt(mentions, party.tokenEnd(), MAX_CUE_GAP).orElse(null);
            if (place == null || !party.type().isActor() || party.type() == EntityType.PERSON
                    || !(place.type() == EntityType.PLACE || place.type() == EntityType.FACILITY)) {
                continue;
            }
            int gap = place.tokenStart() - party.tokenEnd();
            if (gap < 2 || gap > 8) {
                continue;
            }
            List<String> between = new ArrayList<>();
            for (int t = party.tokenEnd(); t < place.tokenStart(); t++) {
                between.add(tokens.get(t).word().toLowerCase(Locale.ROOT));
            }
            if (between.stream().anyMatch(CLAUSE_BREAKS::contains) || between.contains(",")) {
                continue;
            }
            for (List<String> cue : CONTROL_OF) {
                int at = java.util.Collections.indexOfSubList(between, cue);
                // The noun is the place's holder's, not a word further on: "ISIL's control of", "X has control of".
                if (at >= 0 && at + cue.size() >= between.size() - 2) {
                    add(doc, s, RelationType.CONTROL, party, place, party.tokenStart(), place.tokenEnd());
                    break;
                }
            }
        }
    }

    /** Nouns for the place a group rules from: "Raqqa, ISIL's self-proclaimed capital". */
    private static final Set<String> SEAT_NOUNS = Set.of("capital", "stronghold", "bastion", "heartland");

    /**
     * "Raqqa, ISIL's self-proclaimed capital", "the town of Jarablus, the militia's declared seat": a place apposed
     * to a group's capital or stronghold is held by the group.
     */
    private void seats(DocumentContext doc, int s, List<CoreLabel> tokens, List<Mention> mentions) {
        for (Mention place : mentions) {
            if (place.type() != EntityType.PLACE || place.tokenEnd() >= tokens.size()
                    || !tokens.get(place.tokenEnd()).word().equals(",")) {
                continue;
            }
            Optional<Mention> group = mentionStartingAt(mentions, place.tokenEnd() + 1, 3)
                    .filter(m -> m.type() == EntityType.ARMED_GROUP || m.type() == EntityType.GOVERNMENT_BODY);
            if (group.isEmpty()) {
                continue;
            }
            int t = group.get().tokenEnd();
            if (t < tokens.size() && tokens.get(t).word().equals("'s")) {
                t++;
            }
            // Modifiers of the noun, "self-proclaimed" among them, up to the end of the apposition.
            int limit = Math.min(tokens.size(), t + 4);
            while (t < limit && !SEAT_NOUNS.contains(lemma(tokens.get(t)))
                    && tokens.get(t).tag().matches("JJ.*|VBN|HYPH|DT|NN|RB|:")) {
                t++;
            }
            boolean onlyArticles = true;
            for (int k = place.tokenEnd() + 1; k < group.get().tokenStart(); k++) {
                onlyArticles &= tokens.get(k).tag().matches("DT|JJ.*|VBN|HYPH");
            }
            if (onlyArticles && t < tokens.size() && SEAT_NOUNS.contains(lemma(tokens.get(t)))) {
                add(doc, s, RelationType.CONTROL, group.get(), place, place.tokenStart(), t + 1);
            }
        }
    }

    /** "Raqqa, Syria" and "Raqqa in northern Syria". */
    private void locatedIn(DocumentContext doc, int s, List<CoreLabel> tokens, List<Mention> mentions) {
        for (int k = 0; k + 1 < mentions.size(); k++) {
            Mention a = mentions.get(k);
            Mention b = mentions.get(k + 1);
            if (!(a.type() == EntityType.PLACE || a.type() == EntityType.FACILITY) || !b.type().isLocation()
                    || b.type() == EntityType.FACILITY) {
                continue;
            }
            int gap = b.tokenStart() - a.tokenEnd();
            String between = gap >= 1 && gap <= 3 ? tokens.get(a.tokenEnd()).word().toLowerCase(Locale.ROOT) : "";
            if (between.equals(",") && gap == 1 || between.equals("in")) {
                add(doc, s, RelationType.LOCATED_IN, a, b, a.tokenStart(), b.tokenEnd());
            }
        }
    }

    /** Subject–verb–object between two named actors, including passives ("X is backed by Y"). */
    private void verbPatterns(DocumentContext doc, int s, List<CoreLabel> tokens, Dependencies d) {
        for (int v = 0; v < tokens.size(); v++) {
            CoreLabel t = tokens.get(v);
            if (BUYING_VERBS.contains(lemma(t)) && t.tag().startsWith("VB")) {
                buyingPattern(doc, s, d, v);
                continue;
            }
            RelationType type = VERBS.get(lemma(t));
            if (type == null || !t.tag().startsWith("VB")) {
                continue;
            }
            boolean negated = SyntaxRelations.negated(d, tokens, v);
            List<Mention> subjects = mentionsOf(doc, s, d, d.children(v, "nsubj"));
            if (subjects.isEmpty() && type == RelationType.FIGHTING_AGAINST) {
                subjects = controllingSubjects(doc, s, d, v);
            }
            List<Mention> objects = new ArrayList<>(mentionsOf(doc, s, d, d.children(v, "obj")));
            List<Mention> agents = new ArrayList<>();
            for (int c : d.children(v, "obl", "nmod")) {
                String marker = d.caseMarker(c);
                if (marker.equals("by")) {
                    agents.addAll(mentionsOf(doc, s, d, List.of(c)));
                } else if (marker.equals("against") || marker.equals("with") || marker.equals("to")) {
                    objects.addAll(mentionsOf(doc, s, d, List.of(c)));
                }
            }
            if (objects.isEmpty() && d.relationToHead(v).equals("acl:relcl")) {
                // "X, the firm that Y owns": the noun the relative clause hangs on, or the name it is apposed to.
                int noun = d.head(v);
                objects.addAll(mentionsOf(doc, s, d, List.of(noun)));
                if (objects.isEmpty() && d.relationToHead(noun).equals("appos")) {
                    objects.addAll(mentionsOf(doc, s, d, List.of(d.head(noun))));
                }
            }
            List<Mention> passiveSubjects = mentionsOf(doc, s, d, d.children(v, "nsubj:pass"));
            // Passive: "X is backed by Y" relates Y to X as the active "Y backs X" would.
            for (Mention agent : agents) {
                for (Mention patient : passiveSubjects) {
                    relateByVerb(doc, s, type, agent, patient, negated);
                }
            }
            for (Mention subject : subjects) {
                for (Mention object : objects) {
                    relateByVerb(doc, s, type, subject, object, negated);
                }
            }
        }
    }

    /**
     * Who does what a subjectless verb says: "X stands by Iraq to defeat Y", "X works to degrade and defeat Y", "X is
     * committed to destroying Y", "X's commitment to defeating Y" — the subject of the clause (or the owner of the
     * noun) the verb completes.
     */
    private static List<Mention> controllingSubjects(DocumentContext doc, int s, Dependencies d, int verb) {
        int h = verb;
        for (int step = 0; step < 3; step++) {
            String rel = d.relationToHead(h);
            int head = d.head(h);
            if (head < 0) {
                break;
            }
            if (rel.startsWith("acl")) {
                return mentionsOf(doc, s, d, d.children(head, "nmod:poss"));
            }
            if (!(rel.startsWith("xcomp") || rel.startsWith("advcl") || rel.startsWith("conj"))) {
                break;
            }
            h = head;
            List<Mention> found = mentionsOf(doc, s, d, d.children(h, "nsubj"));
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /** "X bought oil from Y", "oil was purchased from Y by X": Y supplies X. */
    private void buyingPattern(DocumentContext doc, int s, Dependencies d, int verb) {
        List<Mention> buyers = new ArrayList<>(mentionsOf(doc, s, d, d.children(verb, "nsubj")));
        List<Mention> sellers = new ArrayList<>();
        for (int c : d.children(verb, "obl", "nmod", "obl:agent")) {
            String marker = d.caseMarker(c);
            if (marker.equals("from")) {
                sellers.addAll(mentionsOf(doc, s, d, List.of(c)));
            } else if (marker.equals("by")) {
                buyers.addAll(mentionsOf(doc, s, d, List.of(c)));
            }
        }
        for (Mention seller : sellers) {
            for (Mention buyer : buyers) {
                if (seller != buyer) {
                    relateByVerb(doc, s, RelationType.SUPPLY, seller, buyer,
                            SyntaxRelations.negated(d, doc.tokens(s), verb));
                }
            }
        }
    }

    private void relateByVerb(DocumentContext doc, int s, RelationType type, Mention doer, Mention done,
                              boolean negated) {
        if (!doer.type().isActor() && doer.type() != EntityType.NATIONALITY) {
            return;
        }
        List<CoreLabel> tokens = doc.tokens(s);
        if (doer.type() == EntityType.COUNTRY && isLocative(tokens, doer)
                || type != RelationType.CONTROL && done.type() == EntityType.COUNTRY && isLocative(tokens, done)) {
            return;
        }
        boolean placeObject = done.type().isLocation();
        if (type == RelationType.CONTROL && !placeObject || type != RelationType.CONTROL && placeObject
                && done.type() != EntityType.COUNTRY) {
            return;
        }
        int from = Math.min(doer.tokenStart(), done.tokenStart());
        int to = Math.max(doer.tokenEnd(), done.tokenEnd());
        // "X sanctioned Y" reads "Y is sanctioned by X"; every other verb keeps its subject first.
        Mention subject = type == RelationType.SANCTIONED_BY ? done : doer;
        Mention object = type == RelationType.SANCTIONED_BY ? doer : done;
        if (!statedInSentence(doc, s, type, subject, object)) { // the parse's cue words may have read it already
            add(doc, s, type, subject, object, from, to, null, negated);
        }
    }

    private static List<Mention> mentionsOf(DocumentContext doc, int s, Dependencies d, List<Integer> tokens) {
        List<Mention> found = new ArrayList<>();
        for (int t : tokens) {
            for (int c : d.withConjuncts(t)) {
                Optional<Mention> m = doc.mentionAt(s, c);
                if (m.isEmpty()) {
                    for (int part : d.children(c, "compound", "amod", "nmod:poss", "flat")) {
                        m = doc.mentionAt(s, part);
                        if (m.isPresent()) {
                            break;
                        }
                    }
                }
                m.filter(x -> !found.contains(x)).ifPresent(found::add);
            }
        }
        return found;
    }

    /** Battles make their sides enemies; sanctions, trade and funding relate their parties. */
    private void fromEvents(DocumentContext doc) {
        for (Event v : List.copyOf(doc.events())) {
            RelationType type = switch (v.type()) {
                case ARMED_CLASH, GOVERNMENT_REGAINS_TERRITORY, NON_STATE_ACTOR_OVERTAKES_TERRITORY ->
                        RelationType.FIGHTING_AGAINST;
                case SANCTION -> RelationType.SANCTIONED_BY;
                case TRADE -> RelationType.SUPPLY;
                default -> null;
            };
            if (type == null) {
                continue;
            }
            if (type == RelationType.SUPPLY) {
                endUsers(doc, v);
            }
            boolean firms = type == RelationType.SUPPLY && Stream.concat(v.actors().stream(), v.targets().stream())
                    .anyMatch(id -> hasType(doc, id, EntityType.COMPANY) || hasType(doc, id, EntityType.ORGANIZATION));
            for (String actor : v.actors()) {
                for (String target : v.targets()) {
                    // A battle's sides are organised; anyone, people included, can be sanctioned or trade.
                    boolean actorsBoth = type == RelationType.FIGHTING_AGAINST
                            ? isActorEntity(doc, actor) && isActorEntity(doc, target)
                            : isParty(doc, actor) && isParty(doc, target);
                    // In trade between firms a country named with them is where they are ("of India").
                    if (firms && (hasType(doc, actor, EntityType.COUNTRY) || hasType(doc, target, EntityType.COUNTRY))) {
                        continue;
                    }
                    if (!actorsBoth || actor.equals(target) || (!isNamedParty(doc, actor) || !isNamedParty(doc, target))) {
                        continue;
                    }
                    if (type == RelationType.FIGHTING_AGAINST && (namedAsPlaceOnly(doc, actor, v.evidence())
                            || namedAsPlaceOnly(doc, target, v.evidence()))) {
                        continue; // "killed in a raid near Haditha Dam, Iraq": Iraq is where, not a side
                    }
                    String subject = type == RelationType.SANCTIONED_BY ? target : actor;
                    String object = type == RelationType.SANCTIONED_BY ? actor : target;
                    if (type == RelationType.SUPPLY && suppliedInSentence(doc, actor, target, v.evidence())) {
                        continue; // the verb said who sold to whom ("X bought crude from Y"); the event's roles do not
                    }
                    addById(doc, type, subject, object, v.modality(), v.claim(), v.evidence());
                }
            }
        }
    }

    /** Words saying where goods ended up: "later found in", "recovered from", "seized from", "ended up with". */
    private static final Set<String> END_USE_LEMMAS = Set.of("recover", "find", "seize", "capture", "end", "reach",
            "divert");

    /**
     * "Parts sold to distributor D ... were recovered from Islamic State positions": the goods of a trade went on to
     * an armed group named after an end-use word, so the last holder named in the trade supplied that group.
     */
    private void endUsers(DocumentContext doc, Event v) {
        int s = -1;
        for (int k = 0; k < doc.sentences().size() && s < 0; k++) {
            if (doc.sentenceSpan(k).equals(v.evidence())) {
                s = k;
            }
        }
        if (s < 0 || v.targets().isEmpty()) {
            return;
        }
        List<CoreLabel> tokens = doc.tokens(s);
        for (int i = 0; i < tokens.size(); i++) {
            if (!END_USE_LEMMAS.contains(lemma(tokens.get(i))) || !tokens.get(i).tag().startsWith("VB")) {
                continue;
            }
            Optional<Mention> group = mentionStartingAt(doc.mentionsIn(s), i + 1, 3)
                    .filter(m -> m.type() == EntityType.ARMED_GROUP);
            String holder = v.targets().getLast();
            if (group.isPresent() && hasType(doc, holder, EntityType.COMPANY)) {
                String groupId = doc.entityOf(group.get());
                if (groupId != null && !groupId.equals(holder)) {
                    addById(doc, RelationType.SUPPLY, holder, groupId, v.modality(), v.claim(), v.evidence());
                }
            }
        }
    }

    /**
     * Whether every mention of a state inside {@code evidence} names it as a place: "in Syria", "near Tabqa Dam,
     * Syria". A state that acts is named otherwise ("Syria denied it").
     */
    private static boolean namedAsPlaceOnly(DocumentContext doc, String id, Span evidence) {
        if (!hasType(doc, id, EntityType.COUNTRY)) {
            return false;
        }
        boolean any = false;
        for (Mention m : doc.mentions()) {
            if (!id.equals(doc.entityOf(m)) || m.span().start() < evidence.start() || m.span().end() > evidence.end()) {
                continue;
            }
            any = true;
            List<CoreLabel> tokens = doc.tokens(m.sentence());
            boolean afterPlace = m.tokenStart() >= 2 && tokens.get(m.tokenStart() - 1).word().equals(",")
                    && tokens.get(m.tokenStart() - 2).tag().startsWith("NNP");
            if (!isLocative(tokens, m) && !afterPlace) {
                return false;
            }
        }
        return any;
    }

    private static boolean hasType(DocumentContext doc, String id, EntityType type) {
        return doc.entity(id).map(e -> e.type() == type).orElse(false);
    }

    private static boolean isParty(DocumentContext doc, String id) {
        return doc.entity(id).map(e -> e.type().isActor()).orElse(false);
    }

    /** Organised actors: a battle's sides are groups and states, not individuals or peoples. */
    private static boolean isActorEntity(DocumentContext doc, String id) {
        return doc.entity(id).map(e -> e.type().isActor() && e.type() != EntityType.PERSON).orElse(false);
    }

    private static Optional<Mention> mentionEndingAt(List<Mention> mentions, int token, int maxGap) {
        Mention best = null;
        for (Mention m : mentions) {
            if (m.tokenEnd() <= token && token - m.tokenEnd() <= maxGap) {
                if (best == null || m.tokenEnd() > best.tokenEnd()) {
                    best = m;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<Mention> mentionStartingAt(List<Mention> mentions, int token, int maxGap) {
        Mention best = null;
        for (Mention m : mentions) {
            if (m.tokenStart() >= token && m.tokenStart() - token <= maxGap) {
                if (best == null || m.tokenStart() < best.tokenStart()) {
                    best = m;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Head nouns of groups that suffer fighting rather than wage it: "civilians fled the militias" is no battle. */
    private static final Set<String> NON_COMBATANTS = Set.of("civilians", "people", "refugees", "residents",
            "population", "families", "journalists", "reporters", "students", "victims", "villagers", "children",
            "women", "protesters", "demonstrators", "communities", "community");

    /** Names of military operations: "Operation Inherent Resolve", "the Operation Shader mission". */
    private static final Pattern OPERATION = Pattern.compile("^(the )?Operation\\b");

    /** Relations read from the parse pass the same checks as the others; one tie already read in a sentence is kept once. */
    private final SyntaxRelations.Sink sink = new SyntaxRelations.Sink() {
        @Override
        public void add(DocumentContext doc, int s, RelationType type, Mention subject, Mention object, int from, int to,
                        boolean negated) {
            if (!statedInSentence(doc, s, type, subject, object)) {
                RelationFinder.this.add(doc, s, type, subject, object, from, to, null, negated);
            }
        }

        @Override
        public void addClaimed(DocumentContext doc, int s, RelationType type, Mention subject, Mention object, int from,
                               int to, Claim claim) {
            RelationFinder.this.add(doc, s, type, subject, object, from, to, claim, false);
        }
    };

    /** Whether the sentence already gave this type between the two mentions' entities (either way if symmetric). */
    private static boolean statedInSentence(DocumentContext doc, int s, RelationType type, Mention subject,
                                            Mention object) {
        String a = doc.entityOf(subject);
        String b = doc.entityOf(object);
        Span sentence = doc.sentenceSpan(s);
        for (Relation r : doc.relations()) {
            boolean pair = r.subject().equals(a) && r.object().equals(b)
                    || type.isSymmetric() && r.subject().equals(b) && r.object().equals(a);
            if (pair && (r.type() == type || r.type() == businessAware(type, typeOf(doc, subject), typeOf(doc, object)))
                    && sentence.start() <= r.evidence().start() && r.evidence().end() <= sentence.end()) {
                return true;
            }
        }
        return false;
    }

    private void add(DocumentContext doc, int s, RelationType kind, Mention subject, Mention object, int from, int to) {
        add(doc, s, kind, subject, object, from, to, null, false);
    }

    /**
     * Adds a relation between two mentions after the checks every pattern shares; {@code stated} is the claim that
     * states it when the pattern knows it (an accusation read with the relation), else the claim covering the words;
     * {@code negated}, that its verb is negated ("never bought"): said not to be so, or denied when someone says it.
     */
    private void add(DocumentContext doc, int s, RelationType kind, Mention subject, Mention object, int from, int to,
                     Claim stated, boolean negated) {
        if (kind == RelationType.FIGHTING_AGAINST && NON_COMBATANTS.contains(
                doc.tokens(subject.sentence()).get(subject.tokenEnd() - 1).word().toLowerCase(Locale.ROOT))) {
            return;
        }
        if (kind == RelationType.ALLIANCE && NON_COMBATANTS.contains(
                doc.tokens(object.sentence()).get(object.tokenEnd() - 1).word().toLowerCase(Locale.ROOT))) {
            return; // helping refugees or civilians is aid, not an alliance
        }
        if ((kind == RelationType.FIGHTING_AGAINST || kind == RelationType.ALLIANCE)
                && (typeOf(doc, subject) == EntityType.PERSON || typeOf(doc, object) == EntityType.PERSON)) {
            return; // as with battles (fromEvents), the sides of a fight or an alliance are organised, not individuals
        }
        if (kind == RelationType.MEMBERSHIP && (object.type() == EntityType.PERSON
                || object.type() == EntityType.PLACE || object.type() == EntityType.FACILITY
                || subject.type() == EntityType.PLACE || subject.type() == EntityType.FACILITY
                || object.type() == EntityType.COUNTRY && subject.type() != EntityType.PERSON)) {
            return; // one joins a group, not a person ("joined John Kerry for talks") or a place
        }
        if (kind == RelationType.ALLIANCE && (OPERATION.matcher(subject.text()).find()
                || OPERATION.matcher(object.text()).find())) {
            return; // "troops supporting Operation Inherent Resolve": an operation is what parties do, not a party
        }
        RelationType type = businessAware(kind, typeOf(doc, subject), typeOf(doc, object));
        if (BETWEEN_PARTIES.contains(type) && (subject.type() == EntityType.NATIONALITY
                || object.type() == EntityType.NATIONALITY || subject.type().isLocation() || object.type().isLocation())) {
            return; // a people or a place owns, employs or supplies nobody
        }
        String a = doc.entityOf(subject);
        String b = doc.entityOf(object);
        if (a == null || b == null || a.equals(b)) {
            return;
        }
        // "opposition fighters", "the rival parties", an unresolved "he": descriptions are no parties. Only that
        // a described group belongs to a named one is kept ("forty soldiers from the 12th Battalion"): it says who
        // the named group's people are.
        boolean describedMembers = type == RelationType.MEMBERSHIP && subject.isDescription();
        if (!describedMembers && !isNamedParty(doc, a) || !isNamedParty(doc, b)) {
            return;
        }
        Span evidence = doc.tokenSpan(s, Math.max(0, from), Math.min(doc.tokens(s).size(), to));
        Optional<Claim> claim = stated != null ? Optional.of(stated) : doc.claimCovering(evidence);
        Modality modality = claim.map(c -> c.stance().modalityOfContent()).orElse(Modality.ASSERTED);
        if (negated) {
            modality = claim.isPresent() ? Modality.DENIED : Modality.NEGATED;
        }
        addById(doc, type, a, b, modality, claim.map(Claim::id).orElse(null), evidence);
    }

    /**
     * Whether the entity is a party: named somewhere in the document, or described with a proper word that ties the
     * description to one side ("ANG Airmen", "the regime's backers"). A bare description ("opposition fighters", "forces",
     * "the rival parties") or a pronoun nobody resolved relates nobody; descriptions stay per document.
     */
    private static boolean isNamedParty(DocumentContext doc, String id) {
        for (Mention m : doc.mentions()) {
            if (!id.equals(doc.entityOf(m))
                    || org.sitrep.extract.entity.MentionFinder.PRONOUNS.containsKey(m.text().toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (!m.isDescription()) {
                return true;
            }
            List<CoreLabel> tokens = doc.tokens(m.sentence());
            if (m.tokenStart() > 0 && tokens.get(m.tokenStart() - 1).tag().equals("POS")) {
                return true; // "the regime's backers": the possessor names whose they are
            }
            for (int t = Math.max(1, m.tokenStart()); t < m.tokenEnd(); t++) {
                String w = tokens.get(t).word();
                // A proper name or a possessive ties it to one side ("ANG Airmen", "the regime's backers"); a
                // nationality adjective does not ("Syrian employees", "his Russian allies").
                final int at = t;
                boolean nationality = doc.mentionsIn(m.sentence()).stream()
                        .anyMatch(n -> n.covers(at) && n.type() == EntityType.NATIONALITY);
                if (Character.isUpperCase(w.codePointAt(0)) && !tokens.get(t).tag().matches("DT|PRP.*|CD") && !nationality
                        || tokens.get(t).tag().equals("POS")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Two party names the cue rules left unrelated in a parsed sentence: the learned scorer reads the parse between
     * them ("X, who sits for Y in parliament", "Y's X") and may relate them, in the order it finds likelier.
     */
    private void learned(DocumentContext doc, int s, Dependencies parse) {
        if (scorer.head() == null || scorer.threshold() > 1) {
            return; // no scorer, or one shipped switched off (see its model card)
        }
        Span sentence = doc.sentenceSpan(s);
        List<PairFeatures.Candidate> candidates = PairFeatures.candidates(doc, s, parse);
        List<Mention[]> done = new ArrayList<>();
        for (PairFeatures.Candidate c : candidates) {
            Mention a = c.subject();
            Mention b = c.object();
            if (done.stream().anyMatch(p -> p[0] == b && p[1] == a) || relatedInSentence(doc, a, b, sentence)) {
                continue;
            }
            done.add(new Mention[] {a, b});
            Optional<PairScorer.Scored> forward = scorer.score(c.features());
            Optional<PairScorer.Scored> backward = candidates.stream()
                    .filter(o -> o.subject() == b && o.object() == a).findFirst()
                    .flatMap(o -> scorer.score(o.features()));
            boolean back = backward.isPresent()
                    && (forward.isEmpty() || backward.get().probability() > forward.get().probability());
            Optional<PairScorer.Scored> best = back ? backward : forward;
            if (best.isPresent()) {
                Mention subject = back ? b : a;
                Mention object = back ? a : b;
                add(doc, s, best.get().type(), subject, object, Math.min(a.tokenStart(), b.tokenStart()),
                        Math.max(a.tokenEnd(), b.tokenEnd()));
            }
        }
    }

    /** Whether any relation the document holds ties the two mentions' entities, either way, within {@code sentence}. */
    private static boolean relatedInSentence(DocumentContext doc, Mention a, Mention b, Span sentence) {
        return tiedInSentence(doc, doc.entityOf(a), doc.entityOf(b), sentence, null);
    }

    /** Whether a verb pattern already found supply between the two, either way, within {@code sentence}. */
    private static boolean suppliedInSentence(DocumentContext doc, String a, String b, Span sentence) {
        return tiedInSentence(doc, a, b, sentence, RelationType.SUPPLY);
    }

    /** Whether a relation of {@code type} (any type if null) ties entities a and b, either way, within the sentence. */
    private static boolean tiedInSentence(DocumentContext doc, String a, String b, Span sentence, RelationType type) {
        for (Relation r : doc.relations()) {
            boolean pair = r.subject().equals(a) && r.object().equals(b) || r.subject().equals(b) && r.object().equals(a);
            if ((type == null || r.type() == type) && pair && sentence.start() <= r.evidence().start()
                    && r.evidence().end() <= sentence.end()) {
                return true;
            }
        }
        return false;
    }

    private static void addById(DocumentContext doc, RelationType type, String subject, String object,
                                Modality modality, String claim, Span evidence) {
        EntityType subjectType = doc.entity(subject).map(e -> e.type()).orElse(EntityType.OTHER);
        EntityType objectType = doc.entity(object).map(e -> e.type()).orElse(EntityType.OTHER);
        if (type == RelationType.SANCTIONED_BY && !Set.of(EntityType.GOVERNMENT_BODY, EntityType.ORGANIZATION,
                EntityType.COUNTRY).contains(objectType)) {
            return; // states and their bodies (and the UN) designate; a person or an armed group designates nobody
        }
        if (type == RelationType.LEADERSHIP && (subjectType.isLocation() || subjectType == EntityType.NATIONALITY)) {
            return; // "travelled to Syria, and by August was in charge of ...": a place or a people leads nothing
        }
        if (type == RelationType.SANCTIONED_BY && modality == Modality.DENIED) {
            // A designation is a public act the document reports; "..., charges he denies" denies its grounds, not
            // that the designation was made. The grounds keep the denial (and the accusation) of their own.
            modality = Modality.ASSERTED;
            claim = null;
        }
        for (Relation r : doc.relations()) {
            boolean same = r.subject().equals(subject) && r.object().equals(object)
                    || type.isSymmetric() && r.subject().equals(object) && r.object().equals(subject);
            if (r.type() == type && same && r.evidence().equals(evidence)) {
                return;
            }
        }
        String id = "r" + (doc.relations().size() + 1);
        doc.relations().add(new Relation(id, type, subject, object, modality, claim, evidence));
    }
}
