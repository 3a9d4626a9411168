package org.sitrep.cli;

import org.sitrep.extract.Extractor;
import org.sitrep.extract.eval.Muc4Evaluation;
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

/** {@code sitrep eval muc4 DIR}: perpetrators and targets, report by report, in real terrorism wire copy. */
@Command(name = "muc4", mixinStandardHelpOptions = true,
        description = {"Score who did it and to whom, report by report, on MUC-4 terrorism reports: dev.json is the"
                + " tuning part, test.json the held-out part (the event heads learn from train.json only).",
                "DIR: the MUC-4 folder (e.g. ../shared/train/muc4)."})
final class EvalMuc4Command implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "Folder holding the MUC-4 dev.json and test.json.")
    Path dir;

    @Mixin
    Figures.Format format;

    @Option(names = "--limit", paramLabel = "N", description = "Score only the first N reports of each part.")
    int limit;

    @Option(names = "--errors", description = "Also list misses and wrong parties, report by report, of the tuning"
            + " part only (the held-out part stays unseen).")
    boolean errors;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(dir)) {
            spec.commandLine().getErr().println("sitrep eval muc4: no such folder: " + dir);
            return ExitCodes.USAGE;
        }
        Muc4Evaluation eval;
        try {
            eval = Muc4Evaluation.load(dir, limit);
        } catch (IOException e) {
            spec.commandLine().getErr().println("sitrep eval muc4: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Extractor extractor = Extractor.builder().places(GeocoderPlaceResolver.bundled()).build();
        Muc4Evaluation.Result result = eval.evaluate(extractor);
        if (format.json) {
            out.println(Json.line(result.asMap()));
        } else {
            out.print(Muc4Evaluation.report(result));
        }
        if (errors) {
            for (Map.Entry<String, List<String>> e : result.tuningNotes().entrySet()) {
                if (!e.getValue().isEmpty()) {
                    out.println("== " + e.getKey());
                    e.getValue().forEach(n -> out.println("  " + n));
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
