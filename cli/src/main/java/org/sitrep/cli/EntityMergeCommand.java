package org.sitrep.cli;

import org.sitrep.graph.LinkGraph;
import org.sitrep.graph.Party;
import org.sitrep.resolve.EntityDecision;
import org.sitrep.resolve.EntityDecisions;
import org.sitrep.store.EvidenceStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code sitrep entity merge A B}: B is the same as A; A is kept. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Merge entity B into entity A: B's names, mentions, links, events and claims become A's.")
final class EntityMergeCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Parameters(index = "0", paramLabel = "A", description = "The entity to keep: id or exact name.")
    String keep;

    @Parameters(index = "1", paramLabel = "B", description = "The entity to merge into A: id or exact name.")
    String merged;

    @Option(names = "--reason", description = "Why (kept in the audit log).")
    String reason;

    @Option(names = "--user", description = "Who decides (default: the login name).")
    String user;

    @Option(names = "--json", description = "Print the logged decision as JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (EvidenceStore store = workspaceOptions.workspace().openStore()) {
            LinkGraph graph = new LinkGraph(store);
            Party a = NetworkOutput.resolve(graph, keep);
            Party b = NetworkOutput.resolve(graph, merged);
            EntityDecision d = new EntityDecisions(store).merge(a.id(), b.id(), reason,
                    user == null ? EntityCommand.defaultUser() : user);
            if (json) {
                out.println(Json.line(EntityOutput.decision(d)));
            } else {
                out.printf("Merged %s (%s) into %s (%s).%n", b.caption(), b.id(), a.caption(), a.id());
                EntityOutput.print(out, d);
            }
        }
        return ExitCodes.OK;
    }
}
