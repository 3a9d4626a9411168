package org.sitrep.cli;

import org.sitrep.extract.relation.PairScorer;
import picocli.CommandLine.Option;

/** The evaluations' switch for the learned relation scorer, so its share of the figures can be measured. */
final class RelationScorerOption {

    @Option(names = "--no-relation-scorer",
            description = "Leave out the learned relation scorer (the cue rules alone), to measure what it adds.")
    boolean off;

    /** The scorer the extractor is built with. */
    PairScorer scorer() {
        return off ? PairScorer.OFF : PairScorer.bundled();
    }
}
