package org.sitrep.cli;

import org.apache.spark.sql.Row;
import org.sitrep.screen.Algorithm;
import org.sitrep.spark.ScreenJob;
import org.sitrep.spark.ScreenSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code sitrep spark screen}: a book of names screened against sanctions lists on Spark. */
@Command(name = "screen", mixinStandardHelpOptions = true,
        description = {"Screen names (CSV or Parquet: full_name or name, date_of_birth, nationality, schema, id) against"
                + " sanctions lists on Spark.",
                "Writes Parquet tables screenings and errors under --output (and with --jsonl the lines 'sitrep screen'"
                        + " prints, under jsonl/)."})
final class SparkScreenCommand implements Callable<Integer> {

    @Mixin
    SparkOptions spark;

    @Option(names = "--list", required = true, paramLabel = "PATH", description = "A list file or folder; repeatable.")
    List<Path> lists;

    @Option(names = "--input-format", defaultValue = "csv", paramLabel = "csv|parquet", description = "How the names are given.")
    ScreenJob.InputFormat format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Folder for the tables (replaced).")
    String output;

    @Option(names = "--jsonl", description = "Also write the screen lines, one per query, under DIR/jsonl.")
    boolean jsonLines;

    @Option(names = "--threshold", paramLabel = "T", description = "Report matches scoring at least T.")
    Double threshold;

    @Option(names = "--limit", defaultValue = "10", paramLabel = "N", description = "At most N matches per query (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--algorithm", defaultValue = "sitrep", paramLabel = "ALGORITHM", description = "sitrep (default) or ofac.")
    Algorithm algorithm;

    @Option(names = "--json", description = "Print the report as one JSON object.")
    boolean json;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "CSV or Parquet files, folders or globs.")
    List<String> inputs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Path l : lists) {
            if (!Files.exists(l)) {
                err.println("sitrep spark screen: no such list: " + l);
                return ExitCodes.USAGE;
            }
        }
        if (limit < 1 || (threshold != null && (threshold < 0 || threshold > 1))) {
            err.println("sitrep spark screen: --limit must be at least 1 and --threshold between 0 and 1");
            return ExitCodes.USAGE;
        }
        if (!SparkOptions.inputsExist("spark screen", inputs, err)) {
            return ExitCodes.USAGE;
        }
        return spark.run("screen", err, session -> {
            ScreenJob.Report report = new ScreenJob(session).run(new ScreenJob.Options(inputs, format,
                    lists.stream().map(p -> p.toAbsolutePath().toString()).toList(), output, jsonLines,
                    new ScreenSettings(algorithm.name().toLowerCase(Locale.ROOT), limit, threshold, null, "DMY"),
                    spark.partitions));
            if (report.errors() > 0) {
                for (Row e : session.read().parquet(output + "/errors").limit(20).collectAsList()) {
                    err.println("sitrep: " + e.getString(3));
                }
            }
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("master", session.sparkContext().master());
            figures.put("output", output);
            figures.put("queries", report.queries());
            figures.put("matches", report.matches());
            figures.put("errors", report.errors());
            figures.put("read_s", report.readMs() / 1000.0);
            figures.put("screen_s", report.screenMs() / 1000.0);
            figures.put("write_s", report.writeMs() / 1000.0);
            Figures.print(out, figures, json);
            out.flush();
            return report.errors() > 0 ? ExitCodes.FAILED : ExitCodes.OK;
        });
    }
}
