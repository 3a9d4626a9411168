/**
 * Supply chains: {@link org.sitrep.analysis.supply.SupplyChains} follows items from manufacturer through distributors
 * to the armed group they were recovered from ({@link org.sitrep.analysis.supply.SupplyChain}), every step
 * ({@link org.sitrep.analysis.supply.ChainHop}) with its evidence, and the time from lawful supply to recovery.
 * It works over what extraction stored of each chain's sentence (its cue table is
 * {@code org/sitrep/extract/supply/cues.tsv}).
 */
package org.sitrep.analysis.supply;
