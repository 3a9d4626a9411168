package org.sitrep.screen;

/**
 * One reason behind a score.
 *
 * @param feature what was compared: {@code name}, {@code rarity}, {@code birth_date}, {@code country},
 *                {@code identifier}, {@code schema}, {@code weak_alias}, or for the OFAC emulation
 *                {@code ofac_words}, {@code ofac_whole}
 * @param value   the feature's own score, or the amount it moved the total (see {@code detail})
 * @param detail  human-readable account, e.g. {@code putin~putin 1.00, vladimir~vladimir 1.00}
 */
public record Explanation(String feature, double value, String detail) {
}
