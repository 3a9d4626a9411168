/** Finding names in tagged text and grouping them into one entity per real-world thing in a document. */
package org.sitrep.extract.entity;
