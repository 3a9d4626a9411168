package org.sitrep.extract;

/**
 * One step of extraction. Stages run in order over the same {@link DocumentContext}; each reads what earlier stages
 * left there and adds its own findings, so a chain can be rearranged or extended the way analysis chains are.
 */
@FunctionalInterface
public interface ExtractionStage {

    /** Adds this stage's findings to {@code document}. */
    void process(DocumentContext document);
}
