package org.sitrep.extract.hedge;

import edu.stanford.nlp.ling.CoreLabel;
import org.sitrep.extract.DocumentContext;
import org.sitrep.extract.ExtractionStage;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the words that make what their sentence says tentative: an adverb or participle of doubt ("likely",
 * "reportedly", "believed") or a modal of the past ("may have", "might have", "could have"). They are found once,
 * here, and stored; whatever fact's evidence holds one is hedged, so that analysis never re-reads the text for them.
 */
public final class HedgeFinder implements ExtractionStage {

    /** Single words that hedge, as written (not lemmas: "believed" hedges, "believes" asserts a belief). */
    private static final Set<String> WORDS = Set.of("likely", "probably", "possibly", "believed", "reportedly",
            "apparently", "presumed", "presumably", "allegedly", "purportedly", "seemingly");

    /** Modals that hedge when a perfect follows: "may have been killed". */
    private static final Set<String> MODALS = Set.of("may", "might", "could");

    @Override
    public void process(DocumentContext doc) {
        for (int s = 0; s < doc.sentences().size(); s++) {
            List<CoreLabel> tokens = doc.tokens(s);
            for (int i = 0; i < tokens.size(); i++) {
                String word = tokens.get(i).word().toLowerCase(Locale.ROOT);
                if (WORDS.contains(word)) {
                    doc.hedges().add(doc.tokenSpan(s, i, i + 1));
                } else if (MODALS.contains(word) && i + 1 < tokens.size()
                        && tokens.get(i + 1).word().equalsIgnoreCase("have")) {
                    doc.hedges().add(doc.tokenSpan(s, i, i + 2));
                }
            }
        }
    }
}
