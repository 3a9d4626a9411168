package org.sitrep.extract.eval;

/**
 * Precision, recall and F1 from counts.
 *
 * @param truePositives  system items that match gold items
 * @param systemCount    all system items
 * @param goldCount      all gold items
 * @param matchedGold    gold items matched by some system item (equals truePositives for one-to-one matching)
 */
public record Score(int truePositives, int systemCount, int goldCount, int matchedGold) {

    public double precision() {
        return systemCount == 0 ? 0 : (double) truePositives / systemCount;
    }

    public double recall() {
        return goldCount == 0 ? 0 : (double) matchedGold / goldCount;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public Score plus(Score o) {
        return new Score(truePositives + o.truePositives, systemCount + o.systemCount, goldCount + o.goldCount,
                matchedGold + o.matchedGold);
    }

    public static final Score ZERO = new Score(0, 0, 0, 0);

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "P %.3f  R %.3f  F1 %.3f  (sys %d, gold %d)", precision(), recall(),
                f1(), systemCount, goldCount);
    }
}
