package org.sitrep.cli;

import org.sitrep.graph.Exposure;
import org.sitrep.graph.LinkGraph;
import org.sitrep.graph.Party;
import org.sitrep.store.EvidenceStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code sitrep exposure NAME}: designated parties within reach, and how. */
@Command(name = "exposure", mixinStandardHelpOptions = true,
        description = "List sanctioned or designated parties within N links of a party, each with the chain that leads there.")
final class ExposureCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Parameters(paramLabel = "NAME", description = "A party: entity id or exact name.")
    String name;

    @Option(names = "--hops", defaultValue = "2", description = "How far to look (default ${DEFAULT-VALUE}).")
    int hops;

    @Option(names = "--json", description = "One JSON object per designated party.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (EvidenceStore store = workspaceOptions.workspace().openStore()) {
            LinkGraph graph = new LinkGraph(store);
            Party party = NetworkOutput.resolveForReading(graph, name, spec.commandLine().getErr());
            List<Exposure> exposures = graph.exposure(party.id(), hops);
            if (!json && exposures.isEmpty()) {
                out.printf("No designated party within %d links of %s.%n", hops, party.caption());
            }
            for (Exposure e : exposures) {
                if (json) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("party", e.party());
                    m.put("hops", e.path().hops());
                    m.put("path", NetworkOutput.path(e.path()));
                    out.println(Json.line(m));
                } else {
                    out.printf("%s (%s) — %d link(s) away%n", e.party().caption(), e.party().id(), e.path().hops());
                    NetworkOutput.printPath(out, graph, e.path());
                }
            }
        }
        return ExitCodes.OK;
    }
}
