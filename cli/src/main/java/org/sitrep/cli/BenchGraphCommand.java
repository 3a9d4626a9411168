package org.sitrep.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.sitrep.graph.GraphBenchmark;
import org.sitrep.store.EvidenceStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code sitrep bench graph}: network query latency on a synthetic graph, embedded or PostgreSQL. */
@Command(name = "graph", mixinStandardHelpOptions = true,
        description = {"Measure 2-hop exposure and 4-hop path queries on a synthetic graph.",
                "Runs on a fresh embedded store, or on an EMPTY PostgreSQL database given with --db."})
final class BenchGraphCommand implements Callable<Integer> {

    @Option(names = "--entities", defaultValue = "1000000", description = "Parties (default ${DEFAULT-VALUE}).")
    int entities;

    @Option(names = "--links", defaultValue = "5000000", description = "Links (default ${DEFAULT-VALUE}).")
    int links;

    @Option(names = "--queries", defaultValue = "200", description = "Measured queries of each kind (default ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "An empty PostgreSQL database instead of embedded H2.")
    String jdbcUrl;

    @Mixin
    Figures.Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path scratch = Files.createTempDirectory("sitrep-bench-graph");
        GraphBenchmark.Settings settings = new GraphBenchmark.Settings(entities, links, queries, seed);
        try (EvidenceStore store = jdbcUrl == null ? EvidenceStore.embedded(scratch)
                : EvidenceStore.open(jdbcUrl, System.getenv("SITREP_DB_USER"), System.getenv("SITREP_DB_PASSWORD"))) {
            long t0 = System.nanoTime();
            try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Building graph").setInitialMax(entities + links)
                    .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                    .build()) {
                GraphBenchmark.populate(store, settings, bar::stepTo);
            }
            double buildSeconds = (System.nanoTime() - t0) / 1e9;
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("backend", jdbcUrl == null ? "h2" : "postgresql");
            figures.put("build_seconds", buildSeconds);
            figures.putAll(GraphBenchmark.measure(store, settings));
            format.print(spec.commandLine().getOut(), figures);
        } finally {
            Figures.deleteTree(scratch);
        }
        return ExitCodes.OK;
    }
}
