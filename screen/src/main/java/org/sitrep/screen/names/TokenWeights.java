package org.sitrep.screen.names;

/**
 * How much a word identifies a party. Rare surnames weigh much more than "Muhammad"; particles and legal forms weigh
 * little. Screening derives weights from how often words occur in the indexed lists; comparing two names on their
 * own uses {@link #fromVocabulary}.
 */
@FunctionalInterface
public interface TokenWeights {

    /** A typical weight of an ordinary name word; weights from word rarity are on the same scale. */
    double ORDINARY = 6.0;

    /** The weight of a normalised word, > 0. */
    double weight(String token);

    /** Weights without word statistics: ordinary words weigh {@link #ORDINARY}, known common words less. */
    static TokenWeights fromVocabulary(NameVocabulary vocabulary) {
        return token -> ORDINARY * kindFactor(vocabulary, token);
    }

    /** How much less than an ordinary word a particle, legal form, common given name or initial weighs. */
    static double kindFactor(NameVocabulary vocabulary, String token) {
        double particle = vocabulary.particleWeight(token);
        if (particle >= 0) {
            return particle;
        }
        if (vocabulary.isOrgForm(token)) {
            return 0.25;
        }
        if (token.length() == 1) {
            return 0.3;
        }
        if (vocabulary.isCommonName(token)) {
            return 0.4;
        }
        return 1.0;
    }
}
