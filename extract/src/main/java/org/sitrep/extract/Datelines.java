package org.sitrep.extract;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.List;

/**
 * The dateline wire and NGO reports open with ("GAZIANTEP, 15 March 2016 —", "BEIRUT, Feb. 5, 2016 (Sitrep Wire) --"):
 * it says where the reporter filed from, so it is neither the place of what the sentence reports nor part of whoever
 * speaks in it, though parsers readily attach it to the sentence's subject.
 */
public final class Datelines {

    /** A dateline is short; a dash further in belongs to the sentence itself. */
    private static final int MAX_TOKENS = 14;

    private Datelines() {
    }

    /**
     * Where the sentence proper starts: the token after the dateline's dash, or 0 when the sentence opens with no
     * dateline (a capitalised place, a comma, then a dash).
     */
    public static int end(List<CoreLabel> sentence) {
        if (sentence.size() < 4 || !Character.isUpperCase(sentence.getFirst().word().codePointAt(0))) {
            return 0;
        }
        boolean comma = false;
        for (int i = 1; i < Math.min(sentence.size() - 1, MAX_TOKENS); i++) {
            String w = sentence.get(i).word();
            if (w.equals(",")) {
                comma = true;
            } else if (w.equals("\u2014") || w.equals("\u2013") || w.equals("--")) {
                return comma ? i + 1 : 0;
            } else if (w.equals(".") || w.equals(";") || w.equals(":")) {
                return 0;
            }
        }
        return 0;
    }
}
