package org.sitrep.extract.event;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A cheap test of whether a sentence may hold a calendar date, so that SUTime, which costs as much per sentence as
 * the tagger, runs only where it can find one. The words live in {@code date-cues.txt}.
 */
final class DateCues {

    private static final Pattern DATE_NUMBER =
            Pattern.compile("(?<!\\d)(1[89]\\d\\d|20\\d\\d)(?!\\d)|\\d[/-]\\d|^\\d+(st|nd|rd|th)$");

    private final Set<String> words = new HashSet<>();

    DateCues() {
        words.addAll(TriggerLexicon.lines("date-cues.txt"));
    }

    /**
     * Whether any token is a date word (by its word or lemma, ignoring case and a final full stop) or a number that
     * can be a date on its own: a year ("2014", "mid-2015"), a written date ("21/02/2016", "2016-02-21") or an ordinal
     * ("the 21st"). Other numbers ("killed 30") make a date only beside a month or day word, which is a cue itself.
     */
    boolean anyIn(List<CoreLabel> tokens) {
        for (CoreLabel t : tokens) {
            String word = t.word();
            if (DATE_NUMBER.matcher(word).find() || isCue(word) || (t.lemma() != null && isCue(t.lemma()))) {
                return true;
            }
        }
        return false;
    }

    private boolean isCue(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith(".")) {
            w = w.substring(0, w.length() - 1);
        }
        return words.contains(w);
    }
}
