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
     * dateline. A dateline is a capitalised place and a date or an agency before a dash ("BEIRUT, Feb. 5, 2016 --",
     * "GENEVA (Reuters) -", "WASHINGTON/BEIRUT (AP) —"), a place in capitals alone before a dash ("WASHINGTON –"), or
     * an agency alone ("(Reuters) -").
     */
    public static int end(List<CoreLabel> sentence) {
        String first = sentence.isEmpty() ? "" : sentence.getFirst().word();
        boolean agencyOnly = first.equals("(") || first.equals("-LRB-"); // "(Reuters) - The court ..."
        if (sentence.size() < 4 || !agencyOnly && !Character.isUpperCase(first.codePointAt(0))) {
            return 0;
        }
        boolean comma = false;
        boolean agency = agencyOnly;
        boolean capitals = isCapitals(sentence.getFirst().word());
        for (int i = 1; i < Math.min(sentence.size() - 1, MAX_TOKENS); i++) {
            String w = sentence.get(i).word();
            if (w.equals(",")) {
                comma = true;
            } else if (w.equals("(") || w.equals("-LRB-")) {
                agency = true;
            } else if (isDash(w)) {
                return comma || agency || capitals && i <= 4 ? i + 1 : 0;
            } else if (w.equals(".") || w.equals(";") || w.equals(":")) {
                return 0;
            } else if (!agency && !comma && !w.equals("/") && !isCapitals(w)) {
                capitals = false;
            }
        }
        return 0;
    }

    private static boolean isDash(String w) {
        return w.equals("\u2014") || w.equals("\u2013") || w.equals("--") || w.equals("-");
    }

    /** A word in capitals ("BEIRUT", "AL-BAB", "U.S."), as datelines write their place. */
    private static boolean isCapitals(String w) {
        return w.codePoints().anyMatch(Character::isUpperCase) && w.codePoints().noneMatch(Character::isLowerCase);
    }
}
