package org.sitrep.extract;

/**
 * A stage's cheap test of whether a sentence may hold what it looks for, so that the dependency parser runs only on
 * sentences some stage needs parsed.
 */
@FunctionalInterface
public interface ParseNeed {

    /** Whether sentence {@code sentence} of {@code document} may carry something that needs its parse. */
    boolean needsParse(DocumentContext document, int sentence);
}
