package org.sitrep.cli;

import org.sitrep.graph.LinkGraph;
import org.sitrep.graph.Party;
import org.sitrep.graph.Path;
import org.sitrep.store.EvidenceStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code sitrep trace A B}: how two parties are connected, every link with its evidence. */
@Command(name = "trace", mixinStandardHelpOptions = true,
        description = "Show the shortest chains of links between two parties (names or entity ids), with evidence.")
final class TraceCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Parameters(index = "0", paramLabel = "A", description = "A party: entity id or exact name.")
    String from;

    @Parameters(index = "1", paramLabel = "B", description = "Another party.")
    String to;

    @Option(names = "--hops", defaultValue = "4", description = "Longest chain to look for (default ${DEFAULT-VALUE}).")
    int hops;

    @Option(names = "--limit", defaultValue = "10", description = "At most this many chains (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "One JSON object per chain.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (EvidenceStore store = workspaceOptions.workspace().openStore()) {
            LinkGraph graph = new LinkGraph(store);
            Party a = NetworkOutput.resolveForReading(graph, from, spec.commandLine().getErr());
            Party b = NetworkOutput.resolveForReading(graph, to, spec.commandLine().getErr());
            List<Path> paths = graph.paths(a.id(), b.id(), hops, limit);
            if (json) {
                paths.forEach(p -> out.println(Json.line(NetworkOutput.path(graph, p))));
            } else if (paths.isEmpty()) {
                out.printf("No chain of at most %d links between %s and %s.%n", hops, a.caption(), b.caption());
            } else {
                for (int i = 0; i < paths.size(); i++) {
                    out.printf("Chain %d (%d links):%n", i + 1, paths.get(i).hops());
                    NetworkOutput.printPath(out, graph, paths.get(i));
                }
            }
        }
        return ExitCodes.OK;
    }
}
