package org.sitrep.extract.event;

import edu.stanford.nlp.ling.CoreLabel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A cheap test of whether a sentence may hold a calendar date, so that SUTime, which costs as much per sentence as
 * the tagger, runs only where it can find one. The words live in {@code date-cues.txt}; any token with a digit counts.
 */
final class DateCues {

    private final Set<String> words = new HashSet<>();

    DateCues() {
        try (InputStream in = DateCues.class.getResourceAsStream("date-cues.txt")) {
            if (in == null) {
                throw new IllegalStateException("date-cues.txt missing from the build");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether any token is a date word (by its word or lemma, ignoring case and a final full stop) or has a digit. */
    boolean anyIn(List<CoreLabel> tokens) {
        for (CoreLabel t : tokens) {
            String word = t.word();
            for (int i = 0; i < word.length(); i++) {
                if (Character.isDigit(word.charAt(i))) {
                    return true;
                }
            }
            if (isCue(word) || (t.lemma() != null && isCue(t.lemma()))) {
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
