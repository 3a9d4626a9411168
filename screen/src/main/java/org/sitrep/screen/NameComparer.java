package org.sitrep.screen;

import org.sitrep.screen.names.NameNormalizer;
import org.sitrep.screen.names.NameScore;
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
    private final Evidence evidence;

    public NameComparer(NameVocabulary vocabulary, ScreeningSettings settings) {
        this(vocabulary, settings, ScoringTable.standard());
    }

    /** A comparer scoring with another table (a refit under evaluation). */
    public NameComparer(NameVocabulary vocabulary, ScreeningSettings settings, ScoringTable table) {
        this.normalizer = new NameNormalizer(vocabulary);
        this.scorer = new NameScorer(vocabulary);
        this.weights = TokenWeights.fromVocabulary(vocabulary);
        this.settings = settings;
        this.evidence = new Evidence(table);
    }

    /** A comparer with the standard vocabulary and Sitrep's default settings. */
    public static NameComparer standard() {
        return new NameComparer(NameVocabulary.standard(), ScreeningSettings.defaults());
    }

    /**
     * Compares two names; {@code schema} (may be null) is the kind of party both are taken to be. The score is the
     * calibrated probability that both name the same party (for Sitrep's algorithm).
     */
    public Comparison compare(String name1, String name2, String schema) {
        List<Explanation> explanation = Evidence.newList();
        double score;
        double nameFeature;
        if (settings.algorithm() == Algorithm.OFAC) {
            score = ofacScore(ofac.score(name1, name2), explanation);
            nameFeature = score;
        } else {
            NameScore name = names(name1, name2, schema);
            nameFeature = Evidence.nameScore(name, explanation);
            boolean loneWord = name.queryWords() == 1 && "person".equalsIgnoreCase(schema);
            boolean organisation = schema != null && !schema.equalsIgnoreCase("Person");
            score = evidence.probability(nameFeature, name, organisation, 0, loneWord, false, false, explanation);
        }
        score = Evidence.round(Math.max(0, Math.min(1, score)));
        return new Comparison(score, score >= settings.matchThreshold(), explanation,
                Evidence.round(Math.max(0, Math.min(1, nameFeature))));
    }

    /**
     * The engine's name score before calibration (the weighted share of both names their paired words cover, lowered
     * when the agreeing words identify little): what the calibration reads, and what name-structure tests compare.
     */
    public double nameScore(String name1, String name2, String schema) {
        return Evidence.round(Evidence.nameScore(names(name1, name2, schema), Evidence.newList()));
    }

    /**
     * The log-odds the name weights give two names, before calibration: what the isotonic calibration is fitted on.
     * Names sharing only a fragment get theirs too, though a rule caps their score.
     */
    public double modelLogit(String name1, String name2, String schema) {
        NameScore name = names(name1, name2, schema);
        boolean organisation = schema != null && !schema.equalsIgnoreCase("Person");
        return evidence.table().nameLogit(Evidence.nameScore(name, Evidence.newList()), Evidence.coverage(name),
                organisation && name.conflict());
    }

    /** The name comparison itself, with its coverage. */
    public NameScore names(String name1, String name2, String schema) {
        // organisations go by acronyms, people do not
        boolean acronyms = schema != null && !schema.equalsIgnoreCase("Person");
        return scorer.score(normalizer.normalize(name1), normalizer.normalize(name2), weights,
                scorer.tokenSimilarity()::similarity, true, acronyms);
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
