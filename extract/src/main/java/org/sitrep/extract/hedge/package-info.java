/** Words that make a statement tentative ("likely", "reportedly", "may have"), found once per document. */
package org.sitrep.extract.hedge;
