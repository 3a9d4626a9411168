package org.sitrep.extract.event;

import edu.stanford.nlp.ling.CoreLabel;
import org.sitrep.extract.Dependencies;
import org.sitrep.extract.DocumentContext;
import org.sitrep.extract.EventType;
import org.sitrep.extract.Modality;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a sentence refers to events other than the one it tells: as one the reader already knows ("the shelling",
 * "Friday's blast"), as a running total up to now ("have killed 300 since January"), or as a past one it compares
 * with ("the 2015 siege"). {@link EventFinder} reads these to make a sentence a further mention of an event found
 * elsewhere in the document, to skip totals, and to tell background as background.
 */
final class EventReferences {

    private static final Pattern YEAR = Pattern.compile("^(\\d{4})");

    private EventReferences() {
    }

    /** Words that make a noun refer to one event the reader already knows of: "the shelling", "Monday's raid". */
    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");

    /**
     * A violent event noun of the sentence taken as known to the reader ("the bombing", "that attack", "Friday's
     * blast"): the sentence speaks of an event told elsewhere in the document.
     */
    static Optional<TriggerLexicon.Hit> toldElsewhere(List<CoreLabel> tokens, List<TriggerLexicon.Hit> hits) {
        return hits.stream().filter(h -> h.type().isViolent() && isDefiniteNoun(tokens, h)).findFirst();
    }

    /** Whether a trigger is a noun taken as known: after "the", "this", "that" or a possessive ("Monday's"). */
    static boolean isDefiniteNoun(List<CoreLabel> tokens, TriggerLexicon.Hit h) {
        CoreLabel head = tokens.get(h.start());
        // the tagger often reads "the shelling" as a verb's -ing form; after a determiner it is a noun
        boolean noun = head.tag() != null && (head.tag().startsWith("NN") || head.tag().equals("VBG"));
        if (h.start() == 0 || !noun) {
            return false;
        }
        CoreLabel before = tokens.get(h.start() - 1);
        return DEFINITE.contains(TriggerLexicon.lemma(before)) || "POS".equals(before.tag());
    }

    /** Nouns of answering a deed: "in response to the bombing", "in the wake of the raid". */
    private static final Set<String> ANSWERING_NOUNS = Set.of("response", "reaction", "retaliation", "reprisal",
            "revenge", "retribution", "answer", "wake", "aftermath");

    /**
     * Whether the trigger names the deed that the sentence's own news answers ("In response to the missile, the
     * coalition closed the ports", "in the wake of the raid"): that deed is told elsewhere, and the sentence's news
     * is the answer.
     */
    static boolean isAnsweredDeed(Dependencies deps, List<CoreLabel> tokens, int trigger) {
        int governor = deps.head(trigger);
        return governor >= 0 && deps.relationToHead(trigger).startsWith("nmod")
                && ANSWERING_NOUNS.contains(TriggerLexicon.lemma(tokens.get(governor)))
                && Set.of("to", "for", "of").contains(deps.caseMarker(trigger));
    }

    /**
     * Whether the deed at {@code trigger} is a running total: its verb (or, for an event noun, the verb it is the
     * subject of) in the perfect, over a span that runs up to now ("have killed 300 since January", "fighting has
     * displaced thousands so far").
     */
    static boolean isRunningTotal(Dependencies deps, List<CoreLabel> tokens, int trigger) {
        int verb = trigger;
        if (deps.relationToHead(trigger).startsWith("nsubj")) {
            verb = deps.head(trigger); // "fighting has killed", whether tagged a noun or an -ing form
        } else if (!tokens.get(trigger).tag().startsWith("VB")) {
            return false;
        }
        if (verb < 0 || !tokens.get(verb).tag().equals("VBN") || deps.children(verb, "aux").stream()
                .noneMatch(a -> TriggerLexicon.lemma(tokens.get(a)).equals("have"))) {
            return false;
        }
        for (int child : deps.children(verb, "obl", "advcl", "advmod", "nmod")) {
            String word = TriggerLexicon.lemma(tokens.get(child));
            boolean since = deps.caseMarker(child).equals("since") || deps.children(child, "mark").stream()
                    .anyMatch(m -> TriggerLexicon.lemma(tokens.get(m)).equals("since"));
            boolean soFar = word.equals("far") && deps.children(child, "advmod").stream()
                    .anyMatch(m -> TriggerLexicon.lemma(tokens.get(m)).equals("so"));
            boolean toDate = word.equals("date") && deps.caseMarker(child).equals("to");
            if (since || soFar || toDate) {
                return true;
            }
        }
        return false;
    }

    /**
     * A violent event noun of the sentence that carries a year before the document's own ("the 2015 siege", "a 2011
     * shooting"): a past event, to be told as such, rather than the known one the sentence compares it to.
     */
    static Optional<TriggerLexicon.Hit> backgroundEvent(DocumentContext doc, List<CoreLabel> tokens,
                                                               List<TriggerLexicon.Hit> hits,
                                                               Optional<Dependencies> deps, EventType type) {
        if (deps.isEmpty() || !doc.date().isKnown()) {
            return Optional.empty();
        }
        for (TriggerLexicon.Hit h : hits) {
            if (!h.type().isViolent() || !tokens.get(h.start()).tag().startsWith("NN")) {
                continue;
            }
            for (int child : deps.get().children(h.end() - 1, "nummod", "compound", "amod")) {
                Matcher year = YEAR.matcher(tokens.get(child).word());
                if (tokens.get(child).word().length() == 4 && year.find()
                        && Integer.parseInt(year.group(1)) < doc.date().value().getYear()) {
                    return Optional.of(new TriggerLexicon.Hit(h.start(), h.end(), type));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the trigger names, as known to the reader, an event of its type (or, for violence, of any violent type)
     * already found in the document ("the verdict against him" after the court upheld his conviction): its time is
     * that event's, not the background's.
     */
    static boolean namesFoundEvent(DocumentContext doc, List<CoreLabel> tokens, TriggerLexicon.Hit hit) {
        return isDefiniteNoun(tokens, hit) && doc.events().stream()
                .anyMatch(e -> (e.type() == hit.type() || e.type().isViolent() && hit.type().isViolent())
                        && e.modality() != Modality.HISTORICAL);
    }
}
