/** Lasting ties between entities: leadership, membership, alliance, hostility, ownership, location and more. */
package org.sitrep.extract.relation;
