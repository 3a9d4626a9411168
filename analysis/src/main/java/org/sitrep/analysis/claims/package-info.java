/**
 * Claims analysis. {@link org.sitrep.analysis.claims.ClaimsAnalysis} gives, for each incident, relation and reported
 * death, and for each entity other claims are about (accusations, denials), every source's {@link org.sitrep.analysis.claims.Position} and a {@link org.sitrep.analysis.claims.Status}
 * (corroborated, disputed, superseded, single source). {@link org.sitrep.analysis.claims.SourceGrades} keeps the
 * users' Admiralty reliability grades per publisher (A-F); each position also gets an information
 * {@link org.sitrep.analysis.claims.Credibility} (1-6) from corroboration by independent publishers.
 */
package org.sitrep.analysis.claims;
