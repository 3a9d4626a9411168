/**
 * Ceasefire monitoring: {@link org.sitrep.analysis.ceasefire.CeasefireMonitor} answers how many violations each side
 * reported per day ({@link org.sitrep.analysis.ceasefire.DailyTally}, chart series via
 * {@link org.sitrep.analysis.ceasefire.CeasefireReport#perSide()}), on whose word and in which sentence
 * ({@link org.sitrep.analysis.ceasefire.ViolationReport}), and whom an agreement covers or excludes
 * ({@link org.sitrep.analysis.ceasefire.AgreementParty}). Cue phrases live in {@code cues.tsv}.
 * {@link org.sitrep.analysis.ceasefire.MentionedText} and {@link org.sitrep.analysis.ceasefire.CuePatterns} are the
 * text helpers shared with the supply package.
 */
package org.sitrep.analysis.ceasefire;
