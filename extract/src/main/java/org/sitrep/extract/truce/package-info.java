/**
 * Truces as documents report them: violation counts, who gives them and whom they blame, and whom an agreement
 * covers or leaves out; read with the cue table {@code cues.tsv} once, at extraction.
 */
package org.sitrep.extract.truce;
