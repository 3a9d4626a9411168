package org.sitrep.extract;

/**
 * A reported number of deaths as a range. Any bound may be null when the text leaves it open
 * ("at least 30" has no upper bound).
 *
 * @param low  the smallest number the text allows
 * @param best the number the text suggests
 * @param high the largest number the text allows
 */
public record Fatalities(Integer low, Integer best, Integer high) {
}
