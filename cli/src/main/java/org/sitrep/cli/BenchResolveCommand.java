package org.sitrep.cli;

import org.sitrep.resolve.ResolveBenchmark;
import org.sitrep.store.EvidenceStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code sitrep bench resolve}: how resolution's cost grows with the mentions, embedded or PostgreSQL. */
@Command(name = "resolve", mixinStandardHelpOptions = true,
        description = {"Measure entity resolution on synthetic news mentions of people and organisations (spelling",
                "variants, transliterations, legal forms, shared surnames) at several sizes: the per-document",
                "writing with exact name keys, then cross-document resolution, each on a fresh store.",
                "Prints seconds, mentions/s, peak heap, entities left and the growth exponent between sizes."})
final class BenchResolveCommand implements Callable<Integer> {

    @Option(names = "--mentions", split = ",", defaultValue = "10000,100000,1000000",
            description = "Sizes, in mentions (default ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--seed", defaultValue = "7", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "A PostgreSQL database instead of embedded H2; each size gets a new schema bench_resolve_N.")
    String jdbcUrl;

    @Option(names = "--budget-minutes", defaultValue = "15",
            description = "Skip a size whose time, extrapolated from the sizes before, exceeds this (default ${DEFAULT-VALUE}).")
    double budgetMinutes;

    @Option(names = "--json", description = "Print the figures as one JSON object.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, SQLException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Map<String, Object>> rows = new ArrayList<>();
        List<ResolveBenchmark.Run> runs = new ArrayList<>();
        for (int size : sizes.stream().sorted().toList()) {
            Map<String, Object> row;
            String skipped = overBudget(runs, size);
            if (skipped != null) {
                row = new LinkedHashMap<>();
                row.put("mentions", size);
                row.put("skipped", skipped);
            } else {
                err.println("bench resolve: " + size + " mentions");
                err.flush();
                try {
                    ResolveBenchmark.Run run = runOnce(size, err);
                    row = new LinkedHashMap<>(run.figures());
                    if (!runs.isEmpty()) {
                        ResolveBenchmark.Run before = runs.getLast();
                        row.put("exponent", ResolveBenchmark.exponent(before.mentions(), before.seconds(),
                                run.mentions(), run.seconds()));
                        row.put("resolve_exponent", ResolveBenchmark.exponent(before.mentions(), before.resolveSeconds(),
                                run.mentions(), run.resolveSeconds()));
                        row.put("cpu_exponent", ResolveBenchmark.exponent(before.mentions(), before.cpuSeconds(),
                                run.mentions(), run.cpuSeconds()));
                        row.put("n_log_n_exponent", ResolveBenchmark.nLogNExponent(before.mentions(), run.mentions()));
                    }
                    runs.add(run);
                } catch (OutOfMemoryError e) {
                    row = new LinkedHashMap<>();
                    row.put("mentions", size);
                    row.put("skipped", "did not fit in the heap (-Xmx " + Runtime.getRuntime().maxMemory() / (1 << 20)
                            + " MiB)");
                }
            }
            rows.add(row);
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("backend", jdbcUrl == null ? "h2" : "postgresql");
        figures.put("seed", seed);
        figures.put("max_heap_mib", Runtime.getRuntime().maxMemory() / (1 << 20));
        figures.put("sizes", rows);
        if (json) {
            out.println(Json.line(figures));
        } else {
            print(out, figures, rows);
        }
        return ExitCodes.OK;
    }

    private ResolveBenchmark.Run runOnce(int size, PrintWriter err) throws IOException, SQLException {
        Path scratch = Files.createTempDirectory("sitrep-bench-resolve");
        String url = jdbcUrl == null ? null : ResolveBenchmark.freshPostgresSchema(jdbcUrl,
                System.getenv("SITREP_DB_USER"), System.getenv("SITREP_DB_PASSWORD"), "bench_resolve_" + size);
        try (EvidenceStore store = url == null ? EvidenceStore.embedded(scratch)
                : EvidenceStore.open(url, System.getenv("SITREP_DB_USER"), System.getenv("SITREP_DB_PASSWORD"))) {
            return ResolveBenchmark.run(store, size, seed, step -> {
                err.println("bench resolve: " + step);
                err.flush();
            });
        } finally {
            Figures.deleteTree(scratch);
        }
    }

    /** Why {@code size} is skipped, when the sizes measured so far say it would take longer than the budget. */
    private String overBudget(List<ResolveBenchmark.Run> runs, int size) {
        if (runs.isEmpty()) {
            return null;
        }
        ResolveBenchmark.Run last = runs.getLast();
        // with one size measured, assume n log n; with two, the exponent they showed
        double exponent = runs.size() < 2 ? ResolveBenchmark.nLogNExponent(last.mentions(), size)
                : Math.max(1, ResolveBenchmark.exponent(runs.get(runs.size() - 2).mentions(),
                runs.get(runs.size() - 2).seconds(), last.mentions(), last.seconds()));
        double estimate = last.seconds() * Math.pow((double) size / last.mentions(), exponent);
        return estimate > budgetMinutes * 60 ? String.format("estimated %.0f min from the sizes before, over the"
                + " budget of %.0f min (--budget-minutes)", estimate / 60, budgetMinutes) : null;
    }

    private static void print(PrintWriter out, Map<String, Object> figures, List<Map<String, Object>> rows) {
        out.printf("backend %s, seed %s, max heap %s MiB%n", figures.get("backend"), figures.get("seed"),
                figures.get("max_heap_mib"));
        out.printf("%10s %9s %9s %7s %7s %9s %9s %9s %11s %9s %9s %9s %9s %9s%n", "mentions", "entities", "parties",
                "split", "mixed", "load s", "resolve s", "seconds", "mentions/s", "cpu s", "heap MiB", "exponent",
                "cpu exp", "n log n");
        for (Map<String, Object> row : rows) {
            if (row.containsKey("skipped")) {
                out.printf("%10s skipped: %s%n", row.get("mentions"), row.get("skipped"));
                continue;
            }
            out.printf("%10d %9d %9d %7d %7d %9.1f %9.1f %9.1f %11.0f %9.1f %9.0f %9s %9s %9s%n", row.get("mentions"),
                    row.get("entities"), row.get("parties"), row.get("parties_split"), row.get("entities_mixed"),
                    row.get("load_seconds"), row.get("resolve_seconds"), row.get("seconds"),
                    row.get("mentions_per_second"), (double) row.get("load_cpu_seconds")
                            + (double) row.get("resolve_cpu_seconds"), row.get("peak_heap_mib"),
                    format(row.get("exponent")), format(row.get("cpu_exponent")), format(row.get("n_log_n_exponent")));
        }
        out.println("cpu s: the benchmark thread's CPU time (H2 runs in it), steadier than wall time on a shared machine");
        out.println("split: parties whose mentions ended in more than one entity; mixed: entities holding mentions"
                + " of more than one party");
    }

    private static String format(Object exponent) {
        return exponent instanceof Double d ? String.format("%.2f", d) : "";
    }
}
