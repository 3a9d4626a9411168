/**
 * Ceasefire monitoring: {@link org.sitrep.analysis.ceasefire.CeasefireMonitor} answers how many violations each side
 * reported per day ({@link org.sitrep.analysis.ceasefire.DailyTally}, chart series via
 * {@link org.sitrep.analysis.ceasefire.CeasefireReport#perSide()}), on whose word and in which sentence
 * ({@link org.sitrep.analysis.ceasefire.ViolationReport}), and whom an agreement covers or excludes
 * ({@link org.sitrep.analysis.ceasefire.AgreementParty}), over what extraction stored of each document's truce (its
 * cue table is {@code org/sitrep/extract/truce/cues.tsv}).
 */
package org.sitrep.analysis.ceasefire;
