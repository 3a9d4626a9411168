package org.sitrep.analysis.claims;

/**
 * Information credibility on the Admiralty (NATO) scale 1-6, derived from corroboration: how many independent
 * sources (other publishers) say the same, and whether any say the opposite.
 */
public enum Credibility {
    CONFIRMED(1, "confirmed by other sources"),
    PROBABLY_TRUE(2, "probably true"),
    POSSIBLY_TRUE(3, "possibly true"),
    DOUBTFUL(4, "doubtful"),
    IMPROBABLE(5, "improbable"),
    CANNOT_BE_JUDGED(6, "truth cannot be judged");

    private final int grade;
    private final String meaning;

    Credibility(int grade, String meaning) {
        this.grade = grade;
        this.meaning = meaning;
    }

    public int grade() {
        return grade;
    }

    public String meaning() {
        return meaning;
    }

    /**
     * The grade for a claim that {@code corroborating} other independent sources agree with and {@code contradicting}
     * sources oppose. Confirmed needs two independent corroborations and no contradiction.
     */
    public static Credibility of(int corroborating, int contradicting) {
        if (contradicting > 0) {
            return corroborating > 0 ? DOUBTFUL : IMPROBABLE;
        }
        return corroborating >= 2 ? CONFIRMED : corroborating == 1 ? PROBABLY_TRUE : POSSIBLY_TRUE;
    }
}
