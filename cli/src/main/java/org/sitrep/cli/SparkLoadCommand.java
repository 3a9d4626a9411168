package org.sitrep.cli;

import org.apache.spark.sql.SparkSession;
import org.sitrep.spark.LoadJob;
import org.sitrep.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code sitrep spark load}: a {@code sitrep spark extract} output into the knowledge base in PostgreSQL. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load a 'sitrep spark extract' output into the knowledge base in PostgreSQL (COPY), then resolve"
                + " entities across documents.",
                "Documents already loaded are skipped (known by the hash of their text), so a second run adds nothing and"
                        + " a run that was cut short resumes."})
final class SparkLoadCommand implements Callable<Integer> {

    @Mixin
    SparkOptions spark;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "The knowledge base, jdbc:postgresql://host/db (default: $SITREP_DB_URL).")
    String jdbcUrl;

    @Option(names = "--batch-size", defaultValue = "500", paramLabel = "N", description = "Documents per transaction (default ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--no-resolve", description = "Skip cross-document resolution after the load.")
    boolean noResolve;

    @Option(names = "--json", description = "Print the report as one JSON object.")
    boolean json;

    @Parameters(paramLabel = "DIR", description = "The output folder of 'sitrep spark extract'.")
    String input;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String url = jdbcUrl != null ? jdbcUrl : System.getenv(Workspace.ENV_DB_URL);
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            err.println("sitrep spark load: give the PostgreSQL knowledge base with --db jdbc:postgresql://... (or"
                    + " $SITREP_DB_URL); the bulk load does not write to embedded workspaces");
            return ExitCodes.USAGE;
        }
        if (batchSize < 1) {
            err.println("sitrep spark load: --batch-size must be at least 1");
            return ExitCodes.USAGE;
        }
        if (!SparkOptions.inputsExist("spark load", java.util.List.of(input + "/documents"), err)) {
            return ExitCodes.USAGE;
        }
        SparkSession session = spark.session("sitrep load");
        try {
            LoadJob.Report report = new LoadJob(session).run(new LoadJob.Options(input, url,
                    System.getenv("SITREP_DB_USER"), System.getenv("SITREP_DB_PASSWORD"), batchSize, 0, !noResolve));
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("documents", report.documents());
            figures.put("loaded", report.loaded());
            figures.put("rows", report.rows());
            figures.put("load_s", report.loadMs() / 1000.0);
            figures.put("rows_per_s", report.loadMs() == 0 ? 0 : report.rows() * 1000 / report.loadMs());
            figures.put("resolve_s", report.resolveMs() / 1000.0);
            figures.put("folds", report.folds());
            Figures.print(out, figures, json);
            out.flush();
            return ExitCodes.OK;
        } finally {
            session.stop();
        }
    }
}
