package org.sitrep.cli;

import org.sitrep.extract.Extractor;
import org.sitrep.extract.eval.PloverEvaluation;
import org.sitrep.extract.place.GeocoderPlaceResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code sitrep eval plover FILE}: event detection and actor overlap on PLOVER gold-standard records. */
@Command(name = "plover", mixinStandardHelpOptions = true,
        description = "Score event detection (ACLED types mapped to PLOVER categories) and source/target actor overlap"
                + " on a PLOVER gold-standard JSON file.")
final class EvalPloverCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "PLOVER gold-standard records (a JSON array).")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            spec.commandLine().getErr().println("sitrep eval plover: no such file: " + file);
            return ExitCodes.USAGE;
        }
        PloverEvaluation eval = PloverEvaluation.load(file);
        Extractor extractor = Extractor.builder().places(GeocoderPlaceResolver.bundled()).build();
        for (boolean heldOut : new boolean[] {false, true}) {
            PloverEvaluation part = eval.part(heldOut);
            spec.commandLine().getOut().println((heldOut ? "== held-out part" : "== tuning part")
                    + " (split by record id, seed " + PloverEvaluation.SPLIT_SEED + ")");
            spec.commandLine().getOut().print(PloverEvaluation.report(part.evaluate(extractor), part.size()));
        }
        spec.commandLine().getOut().println("== all records");
        spec.commandLine().getOut().print(PloverEvaluation.report(eval.evaluate(extractor), eval.size()));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
