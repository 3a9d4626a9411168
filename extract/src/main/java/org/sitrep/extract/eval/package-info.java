/** Measuring extraction: accuracy against annotated sets (re3d, PLOVER) and speed against CoreNLP's defaults. */
package org.sitrep.extract.eval;
