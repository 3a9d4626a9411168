package org.sitrep.cli;

import org.sitrep.screen.ScoringTable;
import org.sitrep.screen.ScreeningSettings;
import org.sitrep.screen.bench.CalibrationFit;
import org.sitrep.screen.bench.PairEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code sitrep train screening}: fits the isotonic calibration of the screening score on the labelled name pairs'
 * tuning split and writes it, with the screening model card, into the sources.
 */
@Command(name = "screening", mixinStandardHelpOptions = true,
        description = "Fit the screening score's isotonic calibration (over the name weights of scoring.tsv) on the"
                + " tuning split of Sitrep's labelled name pairs and write calibration.tsv and screening.md. Prints"
                + " the tuning and held-out figures before and after; the held-out split is never fitted on.")
final class TrainScreeningCommand implements Callable<Integer> {

    static final String COMMAND = "sitrep train screening";

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where to write calibration.tsv and screening.md (default: the screen module's resources,"
                    + " so the next build ships them).")
    Path out;

    @Mixin
    TrainingOutput output;

    @Mixin
    Figures.Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter outText = spec.commandLine().getOut();
        Path home = Path.of(System.getProperty("sitrep.home", "."));
        Path outDir = out != null ? out : home.resolve("screen/src/main/resources/org/sitrep/screen");
        CalibrationFit fit = CalibrationFit.fit(PairEvaluation.standard(), ScoringTable.standard(),
                LocalDate.now(ZoneOffset.UTC), COMMAND);
        Map<String, Object> figures = new java.util.LinkedHashMap<>();
        figures.put("breakpoints", fit.calibration().breakpoints().size());
        fit.thresholds().forEach((when, t) -> figures.put("thresholds_" + when,
                Map.of("match", t.matchThreshold(), "review", t.reviewThreshold())));
        figures.put("name_weights_alone", fit.before());
        figures.put("calibrated", fit.after());
        ScreeningSettings tuned = fit.thresholds().get("after");
        if (tuned.matchThreshold() != ScreeningSettings.MATCH_THRESHOLD
                || tuned.reviewThreshold() != ScreeningSettings.REVIEW_THRESHOLD) {
            spec.commandLine().getErr().printf("sitrep train screening: the tuning split now gives decision %.2f and"
                    + " review %.2f; ScreeningSettings has %.2f and %.2f%n", tuned.matchThreshold(),
                    tuned.reviewThreshold(), ScreeningSettings.MATCH_THRESHOLD, ScreeningSettings.REVIEW_THRESHOLD);
        }
        if (format.json) {
            outText.println(Json.line(figures));
        } else {
            outText.print(fit.card());
        }
        if (!output.dryRun) {
            Files.createDirectories(outDir);
            TrainingOutput.writeAtomically(outDir.resolve("calibration.tsv"),
                    o -> o.write(fit.table().getBytes(StandardCharsets.UTF_8)));
            TrainingOutput.writeAtomically(outDir.resolve("screening.md"),
                    o -> o.write(fit.card().getBytes(StandardCharsets.UTF_8)));
            spec.commandLine().getErr().println("wrote " + outDir.resolve("calibration.tsv") + " and screening.md");
        }
        outText.flush();
        return ExitCodes.OK;
    }
}
