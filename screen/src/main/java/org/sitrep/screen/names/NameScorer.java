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
    /** Cost of a listed-name word without partner when the query also has words without partner. */
    private static final double CONFLICT_CANDIDATE_COST = 0.4;
    /** Marks a query word that is part of words compared joined. */
    private static final int JOINED = -2;

    private final TokenSimilarity similarity;

    /** A scorer without knowledge of given names (see {@link TokenSimilarity#TokenSimilarity(NameVocabulary)}). */
    public NameScorer() {
        this(null);
    }

    /** A scorer whose word similarity knows the vocabulary's given names. */
    public NameScorer(NameVocabulary vocabulary) {
        this.similarity = new TokenSimilarity(vocabulary);
    }
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
        int pairs = 0;
        for (int i : pairOf) {
            pairs += i >= 0 ? 1 : 0;
        }
        // "Don Juan" and "Donjuan", "Fakhri Zadeh" and "Fakhrizadeh": words left over on both sides may be the same
        // letters split into words differently; compared joined, they count as one pair
        String joinedNote = null;
        if (pairs < q.length && pairs < c.length && (q.length - pairs) + (c.length - pairs) >= 3) {
            StringBuilder jq = new StringBuilder();
            StringBuilder jc = new StringBuilder();
            double uq = 0;
            double uc = 0;
            for (int i = 0; i < q.length; i++) {
                if (pairOf[i] < 0) {
                    jq.append(q[i]);
                    uq += wq[i];
                }
            }
            for (int j = 0; j < c.length; j++) {
                if (!taken[j]) {
                    jc.append(c[j]);
                    uc += wc[j];
                }
            }
            double joined = agreement(jaroWinkler.apply(jq.toString(), jc.toString()));
            if (joined > 0) {
                double weight = (uq + uc) / 2;
                paired += joined * weight;
                pairedWeight += weight;
                evidence += joined * Math.min(uq, uc);
                for (int i = 0; i < q.length; i++) {
                    if (pairOf[i] < 0) {
                        pairOf[i] = JOINED;
                    }
                }
                java.util.Arrays.fill(taken, true);
                pairs = Math.min(q.length, c.length);
                joinedNote = "written as one word: " + jq + "~" + jc + String.format(Locale.ROOT, " %.2f", joined);
            }
        }
        // One name being a part of the other (a missing middle name or second surname) is ordinary; words left over on
        // both sides are a conflict ("Turki X" is not "Muhammad X"). A one-word part proves little, so it is not eased.
        boolean queryCovered = pairs == q.length;
        boolean candidateCovered = pairs == c.length && pairs >= 2;
        double queryCost = candidateCovered ? UNPAIRED_CANDIDATE_COST : UNPAIRED_QUERY_COST;
        double candidateCost = queryCovered || candidateCovered ? UNPAIRED_CANDIDATE_COST : CONFLICT_CANDIDATE_COST;
        double cost = 0;
        for (int i = 0; i < q.length; i++) {
            if (pairOf[i] == -1) {
                cost += queryCost * wq[i];
            }
        }
        for (int j = 0; j < c.length; j++) {
            if (!taken[j]) {
                cost += candidateCost * wc[j];
            }
        }
        double score = pairedWeight + cost == 0 ? 0 : paired / (pairedWeight + cost);
        String gluedNote = joinedNote;
        String gluedQuery = String.join("", q);
        String gluedCandidate = String.join("", c);
        // "Bin Laden" and "Binladen": the same letters split into words differently
        if (score < 1 && q.length <= 3 && c.length <= 3 && (q.length > 1 || c.length > 1)
                && Math.abs(gluedQuery.length() - gluedCandidate.length()) <= Math.max(1, gluedQuery.length() / 8)) {
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
            if (pairOf[i] == -1) {
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
