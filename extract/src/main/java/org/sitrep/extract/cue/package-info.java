/**
 * Reading prose with cue tables, shared by the readers that decide things at extraction (truces, supply chains):
 * the one loader of cue tables ({@link org.sitrep.extract.cue.CueTable}), dates written out in prose
 * ({@link org.sitrep.extract.cue.ProseDates}) and the named mentions cues are read around
 * ({@link org.sitrep.extract.cue.NamedMention}).
 */
package org.sitrep.extract.cue;
