package org.sitrep.extract.event;

import edu.stanford.nlp.ling.CoreLabel;
import org.sitrep.extract.DataFile;
import org.sitrep.extract.EventType;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words of the means that define some sub-event types ({@code means-words.tsv}): a suicide bombing names a
 * suicide, a chemical attack a chemical. The heads learn that a claim of responsibility by a jihadist group often
 * goes with a suicide bombing; a truck driven into a crowd is still no suicide bombing.
 */
final class MeansWords {

    private final Map<EventType, Set<String>> words = new EnumMap<>(EventType.class);

    MeansWords() {
        for (DataFile.Line line : DataFile.lines(MeansWords.class, "means-words.tsv")) {
            if (line.size() != 2) {
                throw line.error("expected sub-event type<TAB>lemma");
            }
            EventType type = EventType.fromSubtype(line.column(0))
                    .orElseThrow(() -> line.error("unknown sub-event type " + line.column(0)));
            words.computeIfAbsent(type, t -> new HashSet<>()).add(line.column(1).toLowerCase(Locale.ROOT));
        }
    }

    /** The first of {@code ranked} (most probable first) whose means, if it needs any, the sentence names. */
    EventType firstAdmitted(List<EventType> ranked, List<CoreLabel> tokens) {
        for (EventType type : ranked) {
            if (admits(type, tokens)) {
                return type;
            }
        }
        return ranked.getFirst();
    }

    boolean admits(EventType type, List<CoreLabel> tokens) {
        Set<String> needed = words.get(type);
        if (needed == null) {
            return true;
        }
        for (CoreLabel t : tokens) {
            String word = t.word().toLowerCase(Locale.ROOT);
            if (needed.contains(word) || needed.contains(TriggerLexicon.lemma(t))
                    || word.startsWith("suicide") && needed.contains("suicide")) {
                return true;
            }
        }
        return false;
    }
}
