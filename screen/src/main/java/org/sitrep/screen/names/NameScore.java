package org.sitrep.screen.names;

/**
 * How well two names agree.
 *
 * @param score             agreement of the words, in [0, 1]
 * @param evidence          how much identifying weight the agreeing words carry (on the {@link TokenWeights} scale):
 *                          a lone "Muhammad" agrees fully but is weak evidence
 * @param detail            which words were paired and how well, e.g. {@code putin~putin 1.00; unpaired: vladimirovich}
 * @param queryWords        the query name's countable words (particles, legal forms, titles and kunyas left out
 *                          are not counted)
 * @param queryCovered      how many of them found a partner
 * @param candidateWords    the other name's countable words
 * @param candidateCovered  how many of them found a partner
 */
public record NameScore(double score, double evidence, String detail, int queryWords, int queryCovered,
                        int candidateWords, int candidateCovered) {

    /** A score whose names are wholly covered (or whose coverage is not known). */
    public NameScore(double score, double evidence, String detail) {
        this(score, evidence, detail, 1, 1, 1, 1);
    }

    /**
     * Whether the names share too little to decide anything: a hit needs most of the query's words covered (more
     * than half, or half when that is at least two words: "John Smith" is not found through a listed "John") and of
     * the listed name's (more than half, or at least two words, since lists record fuller names than people type:
     * patronymics, tribal names). "John" alone does not decide on "John Smith".
     */
    /** Whether both names have words left without partner ("Kestrel Shipping" and "Kestrel Trading"). */
    public boolean conflict() {
        return queryCovered < queryWords && candidateCovered < candidateWords;
    }

    public boolean fragment() {
        boolean query = queryCovered * 2 > queryWords || (queryCovered * 2 == queryWords && queryCovered >= 2);
        boolean candidate = candidateCovered * 2 > candidateWords || candidateCovered >= 2;
        return !(query && candidate);
    }
}
