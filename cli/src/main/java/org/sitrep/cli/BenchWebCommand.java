package org.sitrep.cli;

import org.sitrep.search.SearchIndex;
import org.sitrep.store.EvidenceStore;
import org.sitrep.store.Workspace;
import org.sitrep.web.WebBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code sitrep bench web}: server time per page of the web app on a workspace (target: 300 ms on the demo). */
@Command(name = "web", mixinStandardHelpOptions = true,
        description = {"Measure the web app's server time per page (the API calls each page makes, over HTTP) on a workspace.",
                "Build the demo workspace first: ./sitrep demo --no-serve -w DIR; then ./sitrep bench web -w DIR;"
                        + " add --generate 20000 to grow it to a desk's volume first."})
final class BenchWebCommand implements Callable<Integer> {

    static final double TARGET_MS = 300;

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Option(names = "--warmup", defaultValue = "3", description = "Untimed rounds per page (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--rounds", defaultValue = "20", description = "Timed rounds per page (default ${DEFAULT-VALUE}).")
    int rounds;

    @Mixin
    Figures.Format format;

    @Option(names = "--generate", paramLabel = "N", defaultValue = "0",
            description = "First add N documents to the workspace, made from the articles of --corpus repeated on"
                    + " varied dates and publishers (stored without extraction), to measure at a desk's volume.")
    int generate;

    @Option(names = "--corpus", paramLabel = "CSV", defaultValue = "../shared/corpus/news-sample.csv",
            description = "News CSV (columns title, text) that --generate repeats (default ${DEFAULT-VALUE}).")
    java.nio.file.Path corpus;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Workspace workspace = workspaceOptions.workspace();
        List<WebBenchmark.PageTiming> timings;
        try (EvidenceStore store = workspace.openStore(); SearchIndex index = SearchIndex.open(workspace.indexFolder())) {
            if (generate > 0) {
                long start = System.nanoTime();
                int added = org.sitrep.web.BenchCorpus.addDocuments(store, corpus, generate);
                spec.commandLine().getErr().printf("bench web: added %,d documents from %s in %.0f s%n", added, corpus,
                        (System.nanoTime() - start) / 1e9);
            }
            long start = System.nanoTime();
            index.sync(store);
            spec.commandLine().getErr().printf("bench web: %,d documents, search index ready in %.0f s%n",
                    store.status().documents(), (System.nanoTime() - start) / 1e9);
            timings = new WebBenchmark(store, index).run(warmup, Math.max(1, rounds));
        }
        boolean ok = timings.stream().allMatch(t -> t.p95() <= TARGET_MS);
        if (format.json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("target_ms", TARGET_MS);
            m.put("pages", timings);
            m.put("within_target", ok);
            out.println(Json.line(m));
        } else {
            out.printf("%-32s %8s %8s %8s  %s%n", "page", "p50 ms", "p95 ms", "max ms", "calls");
            for (WebBenchmark.PageTiming t : timings) {
                out.printf("%-32s %8.1f %8.1f %8.1f  %s%n", t.page(), t.p50(), t.p95(), t.max(), String.join(" ", t.calls()));
            }
            out.printf("%nEvery page's p95 within %.0f ms: %s%n", TARGET_MS, ok ? "yes" : "no");
        }
        return ExitCodes.OK;
    }
}
