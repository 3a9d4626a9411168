package org.sitrep.cli;

import org.sitrep.lists.ListFormatException;
import org.sitrep.screen.Algorithm;
import org.sitrep.screen.ScreeningSettings;
import org.sitrep.screen.WeakAliasPolicy;
import org.sitrep.screen.bench.ScreenBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code sitrep bench screen}: screening accuracy, speed and memory beside a brute-force baseline. */
@Command(name = "screen", mixinStandardHelpOptions = true,
        description = {"Measure screening: precision, recall, F1 and calibration error on Sitrep's labelled name pairs",
                "(held-out and tuning splits), alias hold-out recall, false-positive rate on non-listed people,",
                "each list's people with a typing slip (reordered, birth date as customer files write it) against that",
                "list alone beside the non-listed people's false-positive rate on it,",
                "single-thread throughput and latency, heap per million names, and a brute-force Jaro-Winkler baseline."})
final class BenchScreenCommand implements Callable<Integer> {

    @Option(names = "--list", paramLabel = "PATH", description = "Lists to index; repeatable. Default: the 2021 SDN trio and the UN list under ../shared.")
    List<Path> lists = List.of(Path.of("../shared/data/sanctions/ofac-sdn-2021"),
            Path.of("../shared/data/sanctions/un/UN_consolidated.xml"));

    @Option(names = "--negatives", paramLabel = "CSV", defaultValue = "../shared/eval/names/negatives_global.csv",
            description = "Non-listed people (full_name, date_of_birth, nationality). Default: ${DEFAULT-VALUE}.")
    Path negatives;

    @Option(names = "--negatives-sample", paramLabel = "N", defaultValue = "0", description = "Screen N negatives (0: all).")
    int negativeSample;

    @Option(names = "--holdout-sample", paramLabel = "N", defaultValue = "0", description = "Screen N held-out names (0: all).")
    int holdOutSample;

    @Option(names = "--baseline-sample", paramLabel = "N", defaultValue = "300",
            description = "Queries of each kind for the brute-force baseline (default ${DEFAULT-VALUE}).")
    int baselineSample;

    @Option(names = "--baseline-threshold", paramLabel = "T", defaultValue = "0.9",
            description = "Jaro-Winkler decision threshold of the baseline (default ${DEFAULT-VALUE}).")
    double baselineThreshold;

    @Option(names = "--synthetic-names", paramLabel = "N", defaultValue = "1000000",
            description = "Size of the synthetic list for heap and large-list speed (0: skip; default ${DEFAULT-VALUE}).")
    int syntheticNames;

    @Option(names = "--seed", defaultValue = "20211231", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--algorithm", defaultValue = "sitrep", description = "sitrep or ofac.")
    Algorithm algorithm;

    @Option(names = "--match-threshold", paramLabel = "T", description = "Decision threshold to measure at (default: the algorithm's).")
    Double matchThreshold;

    @Option(names = "--weak-aliases", defaultValue = "penalise", description = "include, penalise or ignore.")
    WeakAliasPolicy weakAliases;

    @Option(names = "--misses", paramLabel = "TSV",
            description = "Write the hold-out names missed and the non-listed people matched to this file.")
    Path misses;

    @Option(names = "--fit-calibration",
            description = "Also refit the calibration's name weights on the tuning pairs and print them beside the table's.")
    boolean fitCalibration;

    @Mixin
    Figures.Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, ListFormatException {
        ScreeningSettings settings = ScreeningSettings.of(algorithm).withWeakAliases(weakAliases);
        if (matchThreshold != null) {
            settings = settings.withMatchThreshold(matchThreshold);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ScreenBenchmark.Config config = new ScreenBenchmark.Config(lists, negatives, negativeSample, holdOutSample,
                baselineSample, baselineThreshold, syntheticNames, seed, settings, misses, fitCalibration);
        Map<String, Object> figures = new ScreenBenchmark(config, step -> {
            err.println("bench screen: " + step);
            err.flush();
        }).run();
        if (format.json) {
            out.println(Json.line(figures));
        } else {
            print(out, "", figures);
        }
        return ExitCodes.OK;
    }

    @SuppressWarnings("unchecked")
    private static void print(PrintWriter out, String indent, Map<String, Object> figures) {
        figures.forEach((k, v) -> {
            if (v instanceof Map<?, ?> m) {
                out.println(indent + k.replace('_', ' ') + ":");
                print(out, indent + "  ", (Map<String, Object>) m);
            } else {
                out.printf("%s%-32s %s%n", indent, k.replace('_', ' '), v);
            }
        });
    }
}
