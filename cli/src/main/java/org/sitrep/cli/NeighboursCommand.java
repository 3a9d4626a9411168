package org.sitrep.cli;

import org.sitrep.graph.LinkGraph;
import org.sitrep.graph.Party;
import org.sitrep.model.Link;
import org.sitrep.store.EvidenceStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code sitrep neighbours NAME}: every link of a party, with evidence. */
@Command(name = "neighbours", aliases = "neighbors", mixinStandardHelpOptions = true,
        description = "List every link of a party (owners, subcontractors, commanders, designations), with evidence.")
final class NeighboursCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Parameters(paramLabel = "NAME", description = "A party: entity id or exact name.")
    String name;

    @Option(names = "--json", description = "One JSON object per link.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (EvidenceStore store = workspaceOptions.workspace().openStore()) {
            LinkGraph graph = new LinkGraph(store);
            Party party = NetworkOutput.resolveForReading(graph, name, spec.commandLine().getErr());
            if (!json) {
                out.printf("%s (%s, %s)%s%n", party.caption(), party.schema(), party.id(),
                        party.designated() ? " — designated" : "");
            }
            for (Link l : graph.neighbours(party.id())) {
                if (json) {
                    out.println(Json.line(NetworkOutput.link(l)));
                } else {
                    String other = l.other(party.id());
                    String dir = l.subjectId().equals(party.id()) ? "--" + l.type() + "-->" : "<--" + l.type() + "--";
                    out.printf("  %s %s%n      %s [%s]%n", dir, NetworkOutput.caption(graph, other),
                            NetworkOutput.describe(l.evidence()), l.modality());
                }
            }
        }
        return ExitCodes.OK;
    }
}
