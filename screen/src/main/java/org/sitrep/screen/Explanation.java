package org.sitrep.screen;

/**
 * One reason behind a score.
 *
 * @param feature what was compared: {@code name}, {@code rarity}, {@code birth_date}, {@code country},
 *                {@code identifier}, {@code schema}, {@code weak_alias}, then {@code calibration} (the probability
 *                the features give) and {@code fragment} or {@code undecided} where a rule caps it; for the OFAC
 *                emulation {@code ofac_words}, {@code ofac_whole}
 * @param value   the name score and rarity factor; for birth date, country, schema and weak alias the log-odds they
 *                add (the weights of {@code scoring.tsv}); for calibration and the caps a probability
 * @param detail  human-readable account, e.g. {@code putin~putin 1.00, vladimir~vladimir 1.00}
 */
public record Explanation(String feature, double value, String detail) {
}
