package org.sitrep.cli;

import org.sitrep.screen.bench.OfacEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code sitrep eval ofac FILE}: how closely {@code --algorithm ofac} reproduces the scores of OFAC's own tool. */
@Command(name = "ofac", mixinStandardHelpOptions = true,
        description = {"Compare the --algorithm ofac emulation with scores OFAC's Sanctions List Search gave.",
                "FILE: CSV with columns query_name, result_name, ofac_score (0-100)."})
final class EvalOfacCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "Reference scores (CSV).")
    Path file;

    @Mixin
    Figures.Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            err.println("sitrep eval ofac: no such file: " + file);
            return ExitCodes.USAGE;
        }
        Map<String, Object> figures;
        try {
            figures = new OfacEvaluation().figures(file);
        } catch (IllegalArgumentException e) {
            err.println("sitrep eval ofac: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        if (format.json) {
            out.println(Json.line(figures));
        } else {
            out.printf("rows %s, within %s points: %s (%.1f%%), mean absolute error %s points%n", figures.get("rows"),
                    figures.get("tolerance_points"), figures.get("within_tolerance"),
                    100 * (double) figures.get("share_within_tolerance"), figures.get("mean_absolute_error"));
            out.println("largest differences (line, OFAC, emulated, query / result):");
            for (Object o : (List<?>) figures.get("worst")) {
                Map<?, ?> w = (Map<?, ?>) o;
                out.printf("  %5s %5s %6s  %s / %s%n", w.get("line"), w.get("ofac"), w.get("emulated"), w.get("query"),
                        w.get("result"));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
