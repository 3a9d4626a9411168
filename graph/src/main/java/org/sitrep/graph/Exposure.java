package org.sitrep.graph;

/** A designated party within reach, and the shortest chain of evidence that leads to it. */
public record Exposure(Party party, Path path) {
}
