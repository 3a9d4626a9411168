package org.sitrep.screen;

import org.sitrep.screen.names.NameNormalizer;
import org.sitrep.screen.names.NameScorer;
import org.sitrep.screen.names.NameVocabulary;
import org.sitrep.screen.names.OfacScorer;
import org.sitrep.screen.names.TokenWeights;

import java.util.List;

/**
 * Compares two names on their own, without a list (so word rarity comes from the vocabulary, not from list
 * statistics).
 *
 * <pre>{@code
 * NameComparer comparer = new NameComparer(NameVocabulary.standard(), ScreeningSettings.defaults());
 * comparer.compare("AL-BINALI, Turki", "Turki al-Benali", "Person").match();   // true
 * }</pre>
 *
 * <p>Immutable; may be shared between threads.
 */
public final class NameComparer {

    private final NameNormalizer normalizer;
    private final NameScorer scorer;
    private final OfacScorer ofac = new OfacScorer();
    private final TokenWeights weights;
    private final ScreeningSettings settings;

    public NameComparer(NameVocabulary vocabulary, ScreeningSettings settings) {
        this.normalizer = new NameNormalizer(vocabulary);
        this.scorer = new NameScorer(vocabulary);
        this.weights = TokenWeights.fromVocabulary(vocabulary);
        this.settings = settings;
    }

    /** A comparer with the standard vocabulary and Sitrep's default settings. */
    public static NameComparer standard() {
        return new NameComparer(NameVocabulary.standard(), ScreeningSettings.defaults());
    }

    /** Compares two names; {@code schema} (may be null) is the kind of party both are taken to be. */
    public Comparison compare(String name1, String name2, String schema) {
        List<Explanation> explanation = Evidence.newList();
        double score;
        if (settings.algorithm() == Algorithm.OFAC) {
            score = ofacScore(ofac.score(name1, name2), explanation);
        } else {
            // organisations go by acronyms, people do not
            boolean acronyms = schema != null && !schema.equalsIgnoreCase("Person");
            score = Evidence.nameScore(scorer.score(normalizer.normalize(name1), normalizer.normalize(name2), weights,
                    scorer.tokenSimilarity()::similarity, true, acronyms), explanation);
        }
        score = Evidence.round(Math.max(0, Math.min(1, score)));
        return new Comparison(score, score >= settings.matchThreshold(), explanation);
    }

    static double ofacScore(OfacScorer.Result result, List<Explanation> explanation) {
        boolean byWord = result.score() > result.whole();
        explanation.add(new Explanation("ofac_words", Evidence.round(result.byWord()),
                "each query word against its most similar listed word (Jaro-Winkler), averaged"
                        + (byWord ? "; decides the score" : "")));
        explanation.add(new Explanation("ofac_whole", Evidence.round(result.whole()),
                "the whole query against the whole listed name, spaces removed (Jaro-Winkler)"
                        + (byWord ? "" : "; decides the score")));
        return result.score();
    }
}
