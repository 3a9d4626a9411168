/**
 * Extraction: turns one document's text into entities, events, relations and claims, each tied to the code-point
 * spans that support it.
 *
 * <p>{@link org.sitrep.extract.Extractor} is the entry point. It runs a chain of {@link org.sitrep.extract.ExtractionStage}s over
 * a shared {@link org.sitrep.extract.DocumentContext}: linguistic annotation first, then entities, claims, events and
 * relations, each stage reading what the earlier ones left. The results are plain records
 * ({@link org.sitrep.extract.DocumentExtraction} and the records it holds) written out by
 * {@link org.sitrep.extract.json.ExtractionJson} in the shape of the {@code sitrep extract} contract.
 */
package org.sitrep.extract;
