/**
 * The domain model every stage shares: plain records for documents, spans, provenance and statements.
 * Offsets are Unicode code points; identities are content hashes; every fact carries a {@link org.sitrep.model.Provenance}.
 */
package org.sitrep.model;
