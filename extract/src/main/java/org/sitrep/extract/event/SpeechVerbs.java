package org.sitrep.extract.event;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.Set;

/**
 * Verbs of saying ({@code speech-verbs.txt}): one list for every stage that must tell what someone says from what
 * happened, so that the event finder, the clause reader and the role finder cannot disagree about a verb.
 */
final class SpeechVerbs {

    private static final Set<String> LEMMAS = Set.copyOf(TriggerLexicon.lines("speech-verbs.txt"));

    private SpeechVerbs() {
    }

    static boolean isSpeechVerb(CoreLabel token) {
        return LEMMAS.contains(TriggerLexicon.lemma(token));
    }

    static boolean isSpeechLemma(String lemma) {
        return LEMMAS.contains(lemma);
    }
}
