package org.sitrep.extract.event;

import edu.stanford.nlp.ling.CoreLabel;
import org.sitrep.extract.DataFile;
import org.sitrep.extract.EventType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Words and phrases that signal events, read from the data file {@code triggers.tsv}. */
final class TriggerLexicon {

    /** A trigger found in a sentence: tokens {@code [start, end)} and the sub-event type the lexicon gives. */
    record Hit(int start, int end, EventType type) {
    }

    /** {@code tags}: Penn tag prefixes the first word must have; empty when any will do. */
    private record Entry(String[] lemmas, EventType type, List<String> tags) {
    }

    private final Map<String, List<Entry>> byFirstLemma = new HashMap<>();
    private final Set<String> countedThings = new HashSet<>();

    TriggerLexicon() {
        for (String line : lines("triggers.tsv")) {
            String[] cols = line.split("\t");
            EventType type = EventType.fromSubtype(cols[1])
                    .orElseThrow(() -> new IllegalStateException("triggers.tsv: unknown sub-event type " + cols[1]));
            String[] lemmas = cols[0].strip().split(" ");
            List<String> tags = cols.length > 2 ? List.of(cols[2].strip().split("\\|")) : List.of();
            byFirstLemma.computeIfAbsent(lemmas[0], k -> new ArrayList<>()).add(new Entry(lemmas, type, tags));
        }
        countedThings.addAll(lines("counted-things.tsv"));
    }

    /** The non-blank, non-comment lines of one of the event package's data files, stripped. */
    static List<String> lines(String resource) {
        return DataFile.lines(TriggerLexicon.class, "/org/sitrep/extract/event/" + resource).stream()
                .map(line -> String.join("\t", line.columns())).toList();
    }

    static String lemma(CoreLabel t) {
        String lemma = t.lemma();
        return (lemma == null ? t.word() : lemma).toLowerCase(Locale.ROOT);
    }

    /** The triggers in {@code tokens}, longest first at each position, never overlapping. */
    List<Hit> find(List<CoreLabel> tokens) {
        List<Hit> hits = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Hit best = null;
            // "airstrikes" may be lemmatised oddly, and "shelling" lemmatised to a verb's entry: the entries under
            // the word itself are candidates too
            String lemma = lemma(tokens.get(i));
            String word = tokens.get(i).word().toLowerCase(Locale.ROOT);
            List<Entry> candidates = new ArrayList<>(byFirstLemma.getOrDefault(lemma, List.of()));
            if (!word.equals(lemma)) {
                candidates.addAll(byFirstLemma.getOrDefault(word, List.of()));
            }
            for (Entry e : candidates) {
                if (matches(tokens, i, e) && (best == null || e.lemmas().length > best.end() - best.start())) {
                    best = new Hit(i, i + e.lemmas().length, e.type());
                }
            }
            if (best != null) {
                hits.add(best);
                i = best.end();
            } else {
                i++;
            }
        }
        return hits;
    }

    /**
     * Whether one of the lexicon's single words of {@code type} is this token's lemma, whatever its part of speech: the
     * noun "sanctions" is no trigger (analysis speaks of sanctions all the time), yet in "hit the bank with sanctions"
     * it says what the verb did.
     */
    boolean namesType(CoreLabel token, EventType type) {
        for (String key : List.of(lemma(token), token.word().toLowerCase(Locale.ROOT))) {
            for (Entry e : byFirstLemma.getOrDefault(key, List.of())) {
                if (e.lemmas().length == 1 && e.type() == type) {
                    return true;
                }
            }
        }
        return false;
    }

    boolean isCountedThing(CoreLabel token) {
        return countedThings.contains(lemma(token)) || countedThings.contains(token.word().toLowerCase(Locale.ROOT));
    }

    private static boolean matches(List<CoreLabel> tokens, int at, Entry e) {
        if (at + e.lemmas().length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < e.lemmas().length; k++) {
            CoreLabel t = tokens.get(at + k);
            String want = e.lemmas()[k];
            if (!want.equals(lemma(t)) && !want.equals(t.word().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        String tag = tokens.get(at).tag();
        return e.tags().isEmpty() || e.tags().stream().anyMatch(tag::startsWith);
    }
}
