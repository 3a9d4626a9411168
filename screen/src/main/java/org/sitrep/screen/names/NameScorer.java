package org.sitrep.screen.names;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

import java.util.Locale;

/**
 * Sitrep's name comparison: the words of both names are paired one to one, best pairs first, whatever their order,
 * and the score is the weighted share of the names that pairs cover. Words of the query left without a partner cost
 * much more than words of the listed name left without one, since lists record fuller names than people type.
 *
 * <p>Stateless; may be shared between threads.
 */
public final class NameScorer {

    /** Word similarity below which two words are not considered the same word at all. */
    private static final double PAIRING_FLOOR = 0.75;
    /** Word similarity from which two words count as fully the same (spelling slips, transliteration variants). */
    private static final double SAME_WORD = 0.97;
    /** Cost of a query word without partner, relative to its weight. */
    private static final double UNPAIRED_QUERY_COST = 0.5;
    /** Cost of a listed-name word without partner (middle names, patronymics the query leaves out). */
    private static final double UNPAIRED_CANDIDATE_COST = 0.25;

    private final TokenSimilarity similarity = new TokenSimilarity();
    private final JaroWinklerSimilarity jaroWinkler = new JaroWinklerSimilarity();

    /** The word similarity this scorer uses. */
    public TokenSimilarity tokenSimilarity() {
        return similarity;
    }

    /** Compares two normalised names. */
    public NameScore score(NormalizedName query, NormalizedName candidate, TokenWeights weights) {
        return score(query, candidate, weights, true);
    }

    /** Compares two normalised names; {@code explain} false skips building the detail text. */
    public NameScore score(NormalizedName query, NormalizedName candidate, TokenWeights weights, boolean explain) {
        return score(query, candidate, weights, similarity::similarity, explain);
    }

    /** How alike two words are; lets callers remember similarities across the many names one query meets. */
    @FunctionalInterface
    public interface WordSimilarity {
        double similarity(String a, String b, boolean abjad);
    }

    /** Compares two normalised names with a given word similarity (e.g. a memoising one). */
    public NameScore score(NormalizedName query, NormalizedName candidate, TokenWeights weights,
                           WordSimilarity wordSimilarity, boolean explain) {
        String[] q = query.tokens().toArray(String[]::new);
        String[] c = candidate.tokens().toArray(String[]::new);
        if (q.length == 0 || c.length == 0) {
            return new NameScore(0, 0, "nothing comparable in " + (q.length == 0 ? "the first" : "the second") + " name");
        }
        boolean abjad = query.abjad() || candidate.abjad();
        double[] wq = new double[q.length];
        double[] wc = new double[c.length];
        for (int i = 0; i < q.length; i++) {
            wq[i] = weights.weight(q[i]);
        }
        for (int j = 0; j < c.length; j++) {
            wc[j] = weights.weight(c[j]);
        }
        double[] sim = new double[q.length * c.length];
        for (int i = 0; i < q.length; i++) {
            for (int j = 0; j < c.length; j++) {
                sim[i * c.length + j] = wordSimilarity.similarity(q[i], c[j], abjad);
            }
        }
        int[] pairOf = new int[q.length];
        boolean[] taken = new boolean[c.length];
        java.util.Arrays.fill(pairOf, -1);
        double paired = 0;
        double pairedWeight = 0;
        double evidence = 0;
        for (int round = 0; round < Math.min(q.length, c.length); round++) {
            int bestI = -1;
            int bestJ = -1;
            double best = PAIRING_FLOOR;
            for (int i = 0; i < q.length; i++) {
                if (pairOf[i] >= 0) {
                    continue;
                }
                for (int j = 0; j < c.length; j++) {
                    double s = sim[i * c.length + j];
                    if (!taken[j] && (s > best || (s == best && bestI < 0 && s > PAIRING_FLOOR))) {
                        best = s;
                        bestI = i;
                        bestJ = j;
                    }
                }
            }
            if (bestI < 0) {
                break;
            }
            pairOf[bestI] = bestJ;
            taken[bestJ] = true;
            double agreement = agreement(best);
            double weight = (wq[bestI] + wc[bestJ]) / 2;
            paired += agreement * weight;
            pairedWeight += weight;
            evidence += agreement * Math.min(wq[bestI], wc[bestJ]);
        }
        double cost = 0;
        for (int i = 0; i < q.length; i++) {
            if (pairOf[i] < 0) {
                cost += UNPAIRED_QUERY_COST * wq[i];
            }
        }
        for (int j = 0; j < c.length; j++) {
            if (!taken[j]) {
                cost += UNPAIRED_CANDIDATE_COST * wc[j];
            }
        }
        double score = pairedWeight + cost == 0 ? 0 : paired / (pairedWeight + cost);
        String gluedNote = null;
        String gluedQuery = String.join("", q);
        String gluedCandidate = String.join("", c);
        if (score < 1 && q.length <= 3 && c.length <= 3 && (q.length > 1 || c.length > 1)
                && Math.abs(gluedQuery.length() - gluedCandidate.length()) <= Math.max(1, gluedQuery.length() / 8)) {
            // "Bin Laden" and "Binladen": the same letters split into words differently
            double whole = agreement(jaroWinkler.apply(gluedQuery, gluedCandidate));
            if (whole > score) {
                score = whole;
                evidence = Math.max(evidence, whole * Math.min(sum(wq), sum(wc)));
                gluedNote = "written as one word: " + String.format(Locale.ROOT, "%.2f", whole);
            }
        }
        String detail = explain ? detail(q, c, sim, pairOf, taken, gluedNote) : "";
        return new NameScore(score, evidence, detail);
    }

    /** Maps a word similarity to how much the pair counts as the same word. */
    public static double agreement(double similarity) {
        if (similarity >= SAME_WORD) {
            return 1.0;
        }
        return Math.max(0, (similarity - PAIRING_FLOOR) / (SAME_WORD - PAIRING_FLOOR));
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total;
    }

    private static String detail(String[] q, String[] c, double[] sim, int[] pairOf, boolean[] taken, String note) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < q.length; i++) {
            if (pairOf[i] >= 0) {
                if (out.length() > 0) {
                    out.append(", ");
                }
                out.append(q[i]).append('~').append(c[pairOf[i]])
                        .append(String.format(Locale.ROOT, " %.2f", sim[i * c.length + pairOf[i]]));
            }
        }
        StringBuilder unpaired = new StringBuilder();
        for (int i = 0; i < q.length; i++) {
            if (pairOf[i] < 0) {
                unpaired.append(unpaired.length() > 0 ? ", " : "").append(q[i]).append(" (query)");
            }
        }
        for (int j = 0; j < c.length; j++) {
            if (!taken[j]) {
                unpaired.append(unpaired.length() > 0 ? ", " : "").append(c[j]);
            }
        }
        if (unpaired.length() > 0) {
            out.append(out.length() > 0 ? "; " : "").append("unpaired: ").append(unpaired);
        }
        if (note != null) {
            out.append("; ").append(note);
        }
        return out.toString();
    }
}
