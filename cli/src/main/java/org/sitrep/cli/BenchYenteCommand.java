package org.sitrep.cli;

import org.sitrep.lists.ListSnapshot;
import org.sitrep.web.YenteLoad;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code sitrep bench yente}: the yente-compatible endpoints under a bounded local load. */
@Command(name = "yente", mixinStandardHelpOptions = true,
        description = {"Load lists into a fresh workspace, serve it, and send a seeded mix of yente-compatible requests",
                "(mostly POST /match/default), N at a time; prints p50/p99 latency per endpoint and errors."})
final class BenchYenteCommand implements Callable<Integer> {

    @Option(names = "--list", paramLabel = "PATH", description = "Lists to load; repeatable. Default: the 2021 SDN trio and the UN list under ../shared.")
    List<Path> lists = List.of(Path.of("../shared/data/sanctions/ofac-sdn-2021"),
            Path.of("../shared/data/sanctions/un/UN_consolidated.xml"));

    @Option(names = "--requests", defaultValue = "2000", description = "Requests to send (default ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--concurrency", defaultValue = "32", description = "Requests in flight at once (default ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--seed", defaultValue = "14", description = "Random seed of the request mix (default ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    Figures.Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<ListSnapshot> snapshots = ListInputs.read(lists, err);
        if (snapshots == null) {
            return ExitCodes.FAILED;
        }
        Map<String, Object> figures = new YenteLoad(snapshots).run(Math.max(1, requests), Math.max(1, concurrency), seed);
        if (format.json) {
            out.println(Json.line(figures));
        } else {
            out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(figures));
        }
        return ExitCodes.OK;
    }
}
