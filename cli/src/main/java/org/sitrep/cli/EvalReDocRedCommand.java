package org.sitrep.cli;

import org.sitrep.extract.Extractor;
import org.sitrep.extract.eval.ReDocRedEvaluation;
import org.sitrep.extract.eval.Score;
import org.sitrep.extract.place.GeocoderPlaceResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code sitrep eval re-docred DIR}: Sitrep's membership, ownership, subsidiary, leadership and employment relations
 * against Re-DocRED's Wikidata triples; its dev file is the tuning part, its test file the held-out part.
 */
@Command(name = "re-docred", mixinStandardHelpOptions = true,
        description = "Score relations (membership, ownership, subsidiary, leadership, employment) on Re-DocRED:"
                + " dev_revised.json as the tuning part, test_revised.json as the held-out part.")
final class EvalReDocRedCommand implements Callable<Integer> {

    /** The seed of the document sample, fixed so that runs compare. */
    private static final long SEED = 13L;

    @Parameters(paramLabel = "DIR", description = "Folder holding dev_revised.json and test_revised.json.")
    Path dir;

    @Option(names = "--limit", defaultValue = "100", paramLabel = "N",
            description = "Score a fixed sample of N documents of each part (0: all; default 100).")
    int limit;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "Write Sitrep's relations that match no gold triple on the tuning part, one per line, to FILE"
                    + " (the held-out part's are never shown).")
    Path errors;

    @Mixin
    RelationScorerOption relationScorer;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path tune = dir.resolve("dev_revised.json");
        Path held = dir.resolve("test_revised.json");
        for (Path p : new Path[]{tune, held}) {
            if (!Files.isRegularFile(p)) {
                spec.commandLine().getErr().println("sitrep eval re-docred: missing " + p);
                return ExitCodes.USAGE;
            }
        }
        ReDocRedEvaluation tuning = ReDocRedEvaluation.load(tune).sample(limit, SEED);
        ReDocRedEvaluation heldOut = ReDocRedEvaluation.load(held).sample(limit, SEED);
        Extractor extractor = Extractor.builder().places(GeocoderPlaceResolver.bundled())
                .relationScorer(relationScorer.scorer()).build();
        StringBuilder spurious = errors == null ? null : new StringBuilder();
        Map<String, Score> t = tuning.evaluate(extractor, spurious);
        if (errors != null) {
            Files.writeString(errors, spurious);
        }
        Map<String, Score> h = heldOut.evaluate(extractor);
        var out = spec.commandLine().getOut();
        out.println("Re-DocRED relations (entity pairs, mentions overlapping; sample seed " + SEED + ")");
        out.println("Tuning part (dev_revised.json): " + tuning.documentCount() + " documents");
        out.print(ReDocRedEvaluation.report(t));
        out.println("Held-out part (test_revised.json, never tuned on): " + heldOut.documentCount() + " documents");
        out.print(ReDocRedEvaluation.report(h));
        out.flush();
        return ExitCodes.OK;
    }
}
