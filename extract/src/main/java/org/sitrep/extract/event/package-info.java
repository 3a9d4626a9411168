/** Events: what happened, typed by ACLED's scheme, with actors, targets, place, date, toll and modality. */
package org.sitrep.extract.event;
