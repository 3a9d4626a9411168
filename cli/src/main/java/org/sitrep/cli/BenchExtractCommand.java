package org.sitrep.cli;

import org.sitrep.extract.Extractor;
import org.sitrep.extract.eval.ExtractionBenchmark;
import org.sitrep.extract.place.GeocoderPlaceResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code sitrep bench extract}: extraction throughput and peak heap on a news CSV, with CoreNLP's default pipeline
 * (dependency parse of every sentence) on the same texts for comparison.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Measure extraction speed (sentences/s, tokens/s, peak heap) against CoreNLP's default pipeline.")
final class BenchExtractCommand implements Callable<Integer> {

    @Option(names = "--corpus", required = true, paramLabel = "CSV", description = "News CSV with title and text columns.")
    Path corpus;

    @Option(names = "--limit", defaultValue = "0", paramLabel = "N", description = "Use the first N articles (0: all).")
    int limit;

    @Option(names = "--no-baseline", description = "Skip CoreNLP's default pipeline.")
    boolean noBaseline;

    @Mixin
    Figures.Format format;

    @Option(names = "--baseline-heap", defaultValue = "5g", paramLabel = "SIZE",
            description = "Heap of the separate JVM that runs CoreNLP's default pipeline, which needs more than Sitrep"
                    + " is given (default: ${DEFAULT-VALUE}).")
    String baselineHeap;

    /** Set in the child JVM that runs the baseline: measure only CoreNLP's default pipeline, print it as JSON. */
    @Option(names = "--baseline-only", hidden = true)
    boolean baselineOnly;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isRegularFile(corpus)) {
            spec.commandLine().getErr().println("sitrep bench extract: no such file: " + corpus);
            return ExitCodes.USAGE;
        }
        ExtractionBenchmark bench = ExtractionBenchmark.fromCsv(corpus, limit);
        if (baselineOnly) {
            Map<String, Object> figures = ExtractionBenchmark.figures(bench.runCoreNlpDefault());
            figures.put("max_heap_mib", Runtime.getRuntime().maxMemory() / (1024 * 1024));
            out.println(Json.line(figures));
            out.flush();
            return ExitCodes.OK;
        }
        ExtractionBenchmark.Run sitrep;
        {
            Extractor extractor = Extractor.builder().places(GeocoderPlaceResolver.bundled()).build();
            sitrep = bench.runSitrep(extractor, "sitrep");
        }
        Map<String, Object> baselineFigures = noBaseline ? null : baselineInItsOwnJvm();
        if (!noBaseline && baselineFigures == null) {
            return ExitCodes.FAILED;
        }
        ExtractionBenchmark.Run baseline = baselineFigures == null ? null : ExtractionBenchmark.run(baselineFigures);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("corpus", corpus.toString());
        figures.put("threads", 1);
        figures.put("max_heap_mib", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        figures.put("sitrep", ExtractionBenchmark.figures(sitrep));
        if (baseline != null) {
            figures.put("corenlp_default", baselineFigures);
            figures.put("speedup", Math.round(sitrep.sentencesPerSecond() / baseline.sentencesPerSecond() * 100) / 100.0);
            figures.put("cpu_speedup",
                    Math.round(sitrep.sentencesPerCpuSecond() / baseline.sentencesPerCpuSecond() * 100) / 100.0);
        }
        if (format.json) {
            out.println(Json.line(figures));
        } else {
            for (ExtractionBenchmark.Run run : baseline == null ? List.of(sitrep) : List.of(sitrep, baseline)) {
                out.printf("%-16s %d docs, %d sentences (%d parsed), %d tokens in %.1f s: %.1f sentences/s, %.0f tokens/s,"
                                + " %.1f sentences per CPU second, peak heap %d MiB%n", run.name(), run.documents(),
                        run.sentences(), run.parsedSentences(), run.tokens(), run.seconds(), run.sentencesPerSecond(),
                        run.tokensPerSecond(), run.sentencesPerCpuSecond(), run.peakHeapBytes() / (1024 * 1024));
                if (!run.secondsPerStep().isEmpty()) {
                    out.println("  seconds per step: " + run.secondsPerStep());
                }
            }
            if (baseline != null) {
                out.printf("(sitrep ran with a %d MiB heap; corenlp-default in its own JVM with %s MiB)%n",
                        figures.get("max_heap_mib"), baselineFigures.get("max_heap_mib"));
                out.printf("speed-up over CoreNLP's default pipeline: %.2fx (CPU time: %.2fx)%n", figures.get("speedup"),
                        figures.get("cpu_speedup"));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * Runs CoreNLP's default pipeline in a child JVM with {@code --baseline-heap}: its models need more heap than
     * Sitrep's launcher gives, and sharing one JVM would let either run's memory distort the other's figures.
     *
     * @return the baseline's figures, or null (after saying why on stderr) when the child failed
     */
    private Map<String, Object> baselineInItsOwnJvm() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!arg.startsWith("-Xmx") && !arg.startsWith("-Xms") && !arg.startsWith("-XX:StartFlightRecording")) {
                command.add(arg);
            }
        }
        command.add("-Xmx" + baselineHeap);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "bench", "extract", "--baseline-only", "--corpus", corpus.toString(), "--limit", String.valueOf(limit)));
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (child.waitFor() != 0) {
                err.println("sitrep bench extract: the CoreNLP baseline failed (exit " + child.exitValue() + ")");
                return null;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            child.destroy();
            return null;
        }
        String last = output.strip().lines().reduce((a, b) -> b).orElse("");
        @SuppressWarnings("unchecked")
        Map<String, Object> figures = Json.MAPPER.readValue(last, LinkedHashMap.class);
        return figures;
    }
}
