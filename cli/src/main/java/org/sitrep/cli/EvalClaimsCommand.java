package org.sitrep.cli;

import org.sitrep.extract.Extractor;
import org.sitrep.extract.eval.ClaimsEvaluation;
import org.sitrep.extract.place.GeocoderPlaceResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code sitrep eval claims [DIR]}: who said what, on Sitrep's labelled claims. */
@Command(name = "claims", mixinStandardHelpOptions = true,
        description = {"Score claims (who said what) by the whole extractor on Sitrep's labelled claims: claim recall"
                + " and precision, content precision and recall, source, cue and stance right; tuning and held-out"
                + " parts apart (fixed split by document)."})
final class EvalClaimsCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", arity = "0..1",
            description = "Folder of .claims files, or one file (default: extract/training/claims in the Sitrep sources).")
    Path dir;

    @Mixin
    Figures.Format format;

    @Option(names = "--errors", description = "Also list misses, wrong sources, cues and stances and extra claims,"
            + " document by document, of the tuning part only (the held-out part stays unseen).")
    boolean errors;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path home = Path.of(System.getProperty("sitrep.home", "."));
        Path from = dir != null ? dir : ClaimsEvaluation.inSources(home);
        if (!Files.exists(from)) {
            spec.commandLine().getErr().println("sitrep eval claims: no such folder or file: " + from);
            return ExitCodes.USAGE;
        }
        ClaimsEvaluation eval;
        try {
            eval = ClaimsEvaluation.load(from);
        } catch (IOException e) {
            spec.commandLine().getErr().println("sitrep eval claims: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        if (eval.documents().isEmpty()) {
            spec.commandLine().getErr().println("sitrep eval claims: no documents in " + from);
            return ExitCodes.USAGE;
        }
        Extractor extractor = Extractor.builder().places(GeocoderPlaceResolver.bundled()).build();
        ClaimsEvaluation.Result result = eval.evaluate(extractor);
        if (format.json) {
            out.println(Json.line(result.asMap()));
        } else {
            out.print(ClaimsEvaluation.report(result));
        }
        if (errors) {
            for (Map.Entry<String, List<String>> e : result.notes().entrySet()) {
                if (result.tuningIds().contains(e.getKey()) && !e.getValue().isEmpty()) {
                    out.println("== " + e.getKey());
                    e.getValue().forEach(n -> out.println("  " + n));
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
