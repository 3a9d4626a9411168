package org.sitrep.cli;

import org.apache.spark.sql.Row;
import org.sitrep.spark.ExtractJob;
import org.sitrep.spark.ExtractSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code sitrep spark extract}: the extract contract over a corpus on Spark, as Parquet tables (and JSON lines). */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract entities, events, relations and claims from a corpus on Spark.",
                "Writes Parquet tables documents, entities, mentions, events, relations, claims and errors under"
                        + " --output (and with --jsonl the lines 'sitrep extract' prints, under jsonl/)."})
final class SparkExtractCommand implements Callable<Integer> {

    @Mixin
    SparkOptions spark;

    @Option(names = "--input-format", defaultValue = "files", paramLabel = "files|jsonl|parquet",
            description = "files (default): text, HTML, Markdown, PDF or .docx files, folders or globs; jsonl: lines of"
                    + " {id,text,date,title}; parquet: records with columns id, text, date, title.")
    ExtractJob.InputFormat format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Folder for the tables (replaced).")
    String output;

    @Option(names = "--jsonl", description = "Also write the extract lines, one per document, under DIR/jsonl.")
    boolean jsonLines;

    @Option(names = "--doc-date", paramLabel = "YYYY-MM-DD", description = "The documents' date, anchoring relative dates.")
    String docDate;

    @Option(names = "--gazetteer", paramLabel = "FILE", description = "Extra gazetteer file(s), readable by every executor.")
    List<Path> gazetteers = new ArrayList<>();

    @Option(names = "--list", paramLabel = "PATH", description = "Sanctions list file or folder whose parties are linked;"
            + " repeatable; readable by every executor.")
    List<Path> lists = new ArrayList<>();

    @Option(names = "--json", description = "Print the report as one JSON object.")
    boolean json;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files, folders or globs (local, hdfs://, s3a://).")
    List<String> inputs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (docDate != null) {
            try {
                LocalDate.parse(docDate);
            } catch (DateTimeParseException e) {
                err.println("sitrep spark extract: --doc-date must be YYYY-MM-DD, got '" + docDate + "'");
                return ExitCodes.USAGE;
            }
        }
        if (!SparkOptions.inputsExist("spark extract", inputs, err)) {
            return ExitCodes.USAGE;
        }
        ExtractSettings settings = new ExtractSettings(
                gazetteers.stream().map(p -> p.toAbsolutePath().toString()).toList(),
                lists.stream().map(p -> p.toAbsolutePath().toString()).toList(), docDate);
        return spark.run("extract", err, session -> {
            err.println("sitrep spark extract: reading " + String.join(", ", inputs) + " on " + session.sparkContext().master()
                    + " (each executor loads the language models once, 20-40 s)");
            ExtractJob.Report report = new ExtractJob(session).run(new ExtractJob.Options(inputs, format, output,
                    jsonLines, settings, spark.partitions));
            if (report.errors() > 0) {
                for (Row e : session.read().parquet(output + "/errors").limit(20).collectAsList()) {
                    err.println(e.getString(0) + ": " + e.getString(2));
                }
                if (report.errors() > 20) {
                    err.println("... and " + (report.errors() - 20) + " more in " + output + "/errors");
                }
            }
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("master", session.sparkContext().master());
            figures.put("output", output);
            figures.put("inputs", report.inputs());
            report.rows().forEach(figures::put);
            figures.put("read_s", report.readMs() / 1000.0);
            figures.put("nlp_s", report.nlpMs() / 1000.0);
            figures.put("write_s", report.writeMs() / 1000.0);
            Figures.print(out, figures, json);
            out.flush();
            return report.errors() > 0 ? ExitCodes.FAILED : ExitCodes.OK;
        });
    }
}
