/** Who says what: reported speech, attributions, accusations and denials. */
package org.sitrep.extract.claim;
