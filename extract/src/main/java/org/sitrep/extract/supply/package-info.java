/**
 * Supply chains as documents tell them: which sentences pass an item from its maker through distributors to the
 * party it was recovered from, the item, and when it was supplied and recovered; read with the cue table
 * {@code cues.tsv} once, at extraction.
 */
package org.sitrep.extract.supply;
