package org.sitrep.extract.event;

import edu.stanford.nlp.ling.CoreLabel;
import org.sitrep.extract.Dependencies;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The part of a parsed sentence that tells of one event: its trigger and the predicates that carry it, so that a
 * place or a date is the event's only when the parse attaches it there. In "the committee voted on Thursday to impose
 * sanctions as the president flew to Beijing" Thursday dates the vote, while Beijing belongs to another clause; in "a
 * man who lives in Paterson drove into a crowd in Manhattan" only Manhattan is where it happened.
 *
 * <p>The anchors are the trigger's head word; the verb a nominal trigger is the subject, object or oblique of ("an
 * attack took place in Kabul"); the verb a participle or an infinitive trigger hangs from ("drove into the crowd,
 * killing six", "voted to impose sanctions"); and the first verb of coordinated predicates ("stormed the town and
 * killed five"). A reporting verb is never an anchor: where someone speaks is not where it happened.
 */
final class EventClause {

    /** Relations by which a nominal trigger is an argument of the verb that carries it. */
    private static final Set<String> ARGUMENT_OF_VERB = Set.of("nsubj", "nsubj:pass", "obj", "iobj", "obl");
    /** Relations by which a verbal trigger continues the predicate above it. */
    private static final Set<String> CONTINUES_VERB = Set.of("xcomp", "conj", "advcl", "dep");
    /** Relations that keep a word inside the same name or list as its head ("Paterson, New Jersey"; "X and Y"). */
    private static final Set<String> SAME_PHRASE = Set.of("appos", "conj", "flat", "compound", "nmod:poss");
    /** Prepositions that say where something happened. */
    static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside", "around", "across", "into",
            "on", "onto", "throughout", "within", "along", "over", "off", "between", "among", "upon", "beside",
            "behind", "north", "south", "east", "west");

    private final Dependencies deps;
    private final List<CoreLabel> tokens;
    private final Set<Integer> anchors = new LinkedHashSet<>();

    /** Prepositions by which a noun naming the same occurrence frames the trigger ("wounded in the attack"). */
    private static final Set<String> FRAMING = Set.of("in", "during", "at");

    /**
     * {@code eventWords}: the head tokens of the sentence's other triggers. One that is the subject of an anchor names
     * the same occurrence ("Friday's ambush killed four"), as does any common noun that frames an anchor by "in",
     * "during" or "at" ("were wounded in Tuesday's bombing", "arrested at Sunday's rally"), so their dates are the
     * event's.
     */
    EventClause(Dependencies deps, List<CoreLabel> tokens, int triggerHead, Set<Integer> eventWords) {
        this.deps = deps;
        this.tokens = tokens;
        anchors.add(triggerHead);
        int current = triggerHead;
        // A few steps up: "began to shell", "voted to impose sanctions", "drove into the crowd, killing six".
        for (int step = 0; step < 3; step++) {
            int governor = deps.head(current);
            if (governor < 0 || isReporting(governor)) {
                break;
            }
            String rel = base(deps.relationToHead(current));
            boolean nominal = tag(current).startsWith("NN");
            boolean carried = nominal ? ARGUMENT_OF_VERB.contains(rel)
                    : CONTINUES_VERB.contains(rel) && (!rel.equals("advcl") && !rel.equals("dep") || tag(current).equals("VBG"));
            if (!carried || !tag(governor).startsWith("VB")) {
                break;
            }
            anchors.add(governor);
            current = governor;
        }
        for (int word : eventWords) {
            int governor = deps.head(word);
            String rel = base(deps.relationToHead(word));
            if (governor >= 0 && anchors.contains(governor) && tag(word).startsWith("NN") && rel.equals("nsubj")) {
                anchors.add(word);
            }
        }
        for (int anchor : List.copyOf(anchors)) {
            for (int framing : deps.children(anchor, "obl")) {
                if ((tag(framing).equals("NN") || tag(framing).equals("NNS"))
                        && FRAMING.contains(deps.caseMarker(framing))) {
                    anchors.add(framing);
                }
            }
        }
    }

    /** Whether the phrase {@code [start, end)} is a locative complement of the event ("in Kabul", "near the border"). */
    boolean placesEvent(int start, int end) {
        return attached(start, end, true);
    }

    /** Whether the phrase {@code [start, end)} is a time complement of the event ("on Monday", "last week"). */
    boolean datesEvent(int start, int end) {
        return attached(start, end, false);
    }

    /**
     * Whether the date phrase {@code [start, end)} times something other than the event: it only modifies another
     * noun (the year of "the 2016 election", the date of "his May 4 email"), or it is a yardstick ("the deadliest
     * attack since 2001", "weeks before the vote").
     */
    boolean timesSomethingElse(int start, int end) {
        int head = headOf(start, end);
        if (Set.of("since", "before", "after", "until", "till", "prior").contains(deps.caseMarker(head))) {
            return true; // "the deadliest attack since 2001", "weeks before the 2016 vote": a yardstick, not its date
        }
        String rel = base(deps.relationToHead(head));
        int governor = deps.head(head);
        return governor >= 0 && !anchors.contains(governor) && tag(governor).startsWith("NN")
                && (rel.equals("amod") || rel.equals("compound") || rel.equals("nummod") || rel.equals("nmod:poss")
                || rel.equals("nmod") && deps.caseMarker(head).isEmpty());
    }

    /** Relations that open a clause of its own: a relative, adverbial, complement or parenthetical clause. */
    private static final Set<String> CLAUSAL = Set.of("acl", "advcl", "ccomp", "xcomp", "parataxis", "csubj");
    /**
     * Conjunctions that open an adverbial clause telling of a deed before or after the main one. "When" and "as" are
     * not among them: "gained prominence when the lawmaker was shot" is about the shooting.
     */
    private static final Set<String> TIME_MARKERS = Set.of("before", "after", "until", "since", "once");

    /**
     * Whether {@code token} heads an adverbial clause of its own, with its own subject and a time conjunction
     * ("... before police killed them"), or a phrase that only sets the time ("after the attacks"): a second deed,
     * not the one the sentence is about.
     */
    static boolean isLaterDeed(Dependencies deps, List<CoreLabel> tokens, int token) {
        if (deps.head(token) < 0) {
            return false;
        }
        if (TIME_MARKERS.contains(deps.caseMarker(token)) || deps.caseMarker(token).equals("following")) {
            return true; // "... during clearance operations after the militants' attacks on police posts"
        }
        if (!deps.relationToHead(token).startsWith("advcl")) {
            return false;
        }
        boolean timed = deps.children(token, "mark").stream()
                .anyMatch(m -> TIME_MARKERS.contains(tokens.get(m).word().toLowerCase(Locale.ROOT)));
        return timed && !deps.children(token, "nsubj").isEmpty();
    }

    /**
     * Whether the phrase {@code [start, end)} stands in the clause of the trigger rather than in a clause of its own
     * ("who lives in Paterson", "as the president flew to Beijing").
     */
    boolean inTriggerClause(int start, int end) {
        int trigger = anchors.iterator().next();
        return clauseOf(headOf(start, end)) == clauseOf(trigger);
    }

    /**
     * Whether the phrase {@code [start, end)} stands in a relative clause that describes one of the event's
     * participants or things ("friends who graduated 30 years ago", "a law passed in 2014") and not the trigger.
     */
    boolean inDescribingClause(int start, int end) {
        int current = headOf(start, end);
        for (int step = 0; step < tokens.size() && !anchors.contains(current); step++) {
            int governor = deps.head(current);
            if (governor < 0) {
                return false;
            }
            if (base(deps.relationToHead(current)).equals("acl")) {
                return !anchors.contains(governor); // "the attack, which began on Tuesday" does date the attack
            }
            current = governor;
        }
        return false;
    }

    /** Markers of a clause that gives the grounds of a measure: "sanctioned for selling", "charged with killing". */
    private static final Set<String> GROUNDS_MARKERS = Set.of("for", "with", "of", "over");

    /**
     * Whether the phrase {@code [start, end)} stands in a clause that gives the grounds of the event rather than the
     * event itself ("designated him for acting for the group as early as 2015", "charged with killing a guard in
     * May"): its date is the deed's that the measure answers, not the measure's.
     */
    boolean inGroundsClause(int start, int end) {
        int current = headOf(start, end);
        for (int step = 0; step < tokens.size() && !anchors.contains(current); step++) {
            int governor = deps.head(current);
            if (governor < 0) {
                return false;
            }
            if (tag(current).startsWith("VB")) {
                // the first verb above the date says what it dates; the parse hangs "for financing" on the verb or
                // on the party ("designated the financier for financing")
                return deps.children(current, "mark").stream()
                        .anyMatch(m -> GROUNDS_MARKERS.contains(tokens.get(m).word().toLowerCase(Locale.ROOT)))
                        || GROUNDS_MARKERS.contains(deps.caseMarker(current));
            }
            current = governor;
        }
        return false;
    }

    /**
     * Whether {@code token} stands in a relative clause that describes some other thing and sets itself back in time
     * ("blocks from the tower, where 2,600 died when jets crashed into it 16 years ago", "... in 2001"): the clause
     * tells an earlier occurrence, so its dead are not this event's. A relative clause without a time of its own, or
     * with the event's ("hit the market, where 12 died on Tuesday"), goes on telling the event.
     */
    boolean inClauseOfItsOwnTime(int token) {
        return inEarlierRelativeClause(deps, tokens, token, anchors);
    }

    /**
     * Whether {@code token} tells an earlier deed in a relative clause describing a thing of the sentence (see
     * {@link #inClauseOfItsOwnTime}): then it is not the deed the sentence reports.
     */
    static boolean namesEarlierDeed(Dependencies deps, List<CoreLabel> tokens, int token) {
        return inEarlierRelativeClause(deps, tokens, token, Set.of());
    }

    private static boolean inEarlierRelativeClause(Dependencies deps, List<CoreLabel> tokens, int token,
                                                   Set<Integer> anchors) {
        int current = token;
        for (int step = 0; step < tokens.size() && !anchors.contains(current); step++) {
            int governor = deps.head(current);
            if (governor < 0) {
                return false;
            }
            if (base(deps.relationToHead(current)).equals("acl") && !anchors.contains(governor)) {
                int[] range = deps.subtreeRange(current);
                for (int t = range[0]; t < range[1]; t++) {
                    if ("DATE".equals(tokens.get(t).ner()) && tokens.get(t).word().matches("(1[89]|20)\\d\\d")) {
                        return true;
                    }
                }
                return Factuality.setsBack(tokens, false, t -> t >= range[0] && t < range[1]);
            }
            current = governor;
        }
        return false;
    }

    /**
     * Whether the trigger tells of its event inside a relative clause describing someone ("Dolan, who is accused of
     * killing six, appeared in court on Monday"): the main clause's dates and places are then of another happening.
     */
    boolean triggerDescribesSomeone() {
        for (int anchor : anchors) {
            String rel = deps.relationToHead(clauseOf(anchor));
            if (rel.startsWith("acl")) {
                return true;
            }
        }
        return false;
    }

    private int clauseOf(int token) {
        int current = token;
        for (int step = 0; step < tokens.size(); step++) {
            int governor = deps.head(current);
            if (governor < 0 || CLAUSAL.contains(base(deps.relationToHead(current)))) {
                return current;
            }
            current = governor;
        }
        return current;
    }

    private boolean attached(int start, int end, boolean place) {
        int current = headOf(start, end);
        boolean locativeSeen = false;
        for (int step = 0; step < 4; step++) {
            int governor = deps.head(current);
            if (governor < 0) {
                return false;
            }
            String rel = deps.relationToHead(current);
            String base = base(rel);
            if (SAME_PHRASE.contains(rel) || SAME_PHRASE.contains(base) && !base.equals("nmod")) {
                current = governor; // "Paterson, New Jersey": the county's attachment is the town's
                continue;
            }
            boolean oblique = base.equals("obl") || base.equals("nmod") || base.equals("advmod")
                    || rel.startsWith("obl:") || rel.startsWith("nmod:");
            if (!oblique) {
                return false;
            }
            String marker = deps.caseMarker(current);
            // The place's own preposition must say where ("in Kabul", not "lobbying for Kabul"); "the town of
            // Daraya" is the town's place. Further up, any oblique will do ("during the march in Derry").
            if (place && !locativeSeen) {
                if (LOCATIVE.contains(marker) || marker.isEmpty() && rel.equals("obl:npmod")) {
                    locativeSeen = true;
                } else if (!marker.equals("of")) {
                    return false;
                }
            }
            if (anchors.contains(governor)) {
                return !place || locativeSeen;
            }
            if (!tag(governor).startsWith("NN") && !tag(governor).startsWith("CD")) {
                return false;
            }
            current = governor; // "an attack on a market in Kabul": through the noun the place modifies
        }
        return false;
    }

    private int headOf(int start, int end) {
        for (int t = start; t < end; t++) {
            int h = deps.head(t);
            if (h < start || h >= end) {
                return t;
            }
        }
        return end - 1;
    }

    private boolean isReporting(int token) {
        return SpeechVerbs.isSpeechVerb(tokens.get(token));
    }

    private String tag(int t) {
        String tag = tokens.get(t).tag();
        return tag == null ? "" : tag;
    }

    private static String base(String relation) {
        int colon = relation.indexOf(':');
        String base = colon < 0 ? relation : relation.substring(0, colon);
        return relation.equals("nsubj:pass") || relation.equals("nmod:poss") || relation.equals("obl:npmod")
                || relation.equals("obl:tmod") || relation.equals("nmod:tmod")
                ? relation.toLowerCase(Locale.ROOT) : base;
    }
}
