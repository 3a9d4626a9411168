package org.sitrep.screen.names;

/**
 * How well two names agree.
 *
 * @param score    agreement of the words, in [0, 1]
 * @param evidence how much identifying weight the agreeing words carry (on the {@link TokenWeights} scale): a lone
 *                 "Muhammad" agrees fully but is weak evidence
 * @param detail   which words were paired and how well, e.g. {@code putin~putin 1.00; unpaired: vladimirovich}
 */
public record NameScore(double score, double evidence, String detail) {
}
