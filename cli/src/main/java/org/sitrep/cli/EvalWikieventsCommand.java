package org.sitrep.cli;

import org.sitrep.extract.Extractor;
import org.sitrep.extract.eval.WikiEventsEvaluation;
import org.sitrep.extract.place.GeocoderPlaceResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code sitrep eval wikievents DIR}: who did it and to whom in attacks, killings, injuries and arrests. */
@Command(name = "wikievents", mixinStandardHelpOptions = true,
        description = {"Score event roles (agents, patients, places) on WikiEvents documents, for a tuning part,"
                + " a held-out part (fixed split by document) and all.",
                "DIR: a folder of WikiEvents .jsonl files (or one such file)."})
final class EvalWikieventsCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "Folder holding WikiEvents .jsonl files, or one file.")
    Path dir;

    @Mixin
    Figures.Format format;

    @Option(names = "--errors", description = "Also list misses and wrong roles, document by document, of the tuning"
            + " part only (the held-out part stays unseen).")
    boolean errors;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.exists(dir)) {
            spec.commandLine().getErr().println("sitrep eval wikievents: no such folder or file: " + dir);
            return ExitCodes.USAGE;
        }
        WikiEventsEvaluation eval = WikiEventsEvaluation.load(dir);
        if (eval.size() == 0) {
            spec.commandLine().getErr().println("sitrep eval wikievents: no documents in " + dir);
            return ExitCodes.USAGE;
        }
        Extractor extractor = Extractor.builder().places(GeocoderPlaceResolver.bundled()).build();
        WikiEventsEvaluation.Result result = eval.evaluate(extractor);
        if (format.json) {
            out.println(Json.line(result.asMap()));
        } else {
            out.print(WikiEventsEvaluation.report(result));
        }
        if (errors) {
            for (Map.Entry<String, List<String>> e : result.notes().entrySet()) {
                if (result.tuningIds().contains(e.getKey())) {
                    out.println("== " + e.getKey());
                    e.getValue().forEach(n -> out.println("  " + n));
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
