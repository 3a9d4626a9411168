package org.sitrep.analysis.incidents;

import java.util.List;

/**
 * How alike two report sentences are in meaning, 0 (unrelated) to 1 (same). Incident grouping uses it to join two
 * reports that name no common place or actor but describe the same happening in other words.
 */
public interface SentenceSimilarity {

    /** Pairwise similarity of {@code sentences}: {@code result[i][j]} for sentences i and j. */
    double[][] matrix(List<String> sentences);

    /** No similarity signal: grouping rests on type, date, place and actors alone. */
    SentenceSimilarity NONE = sentences -> new double[sentences.size()][sentences.size()];
}
