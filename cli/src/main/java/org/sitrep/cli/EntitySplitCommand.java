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
import java.util.List;
import java.util.concurrent.Callable;

/** {@code sitrep entity split ENTITY --name NAME...}: those names are somebody else. */
@Command(name = "split", mixinStandardHelpOptions = true,
        description = "Split names off an entity into a new one, with the mentions, links, events and claims that rest"
                + " on them.")
final class EntitySplitCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Parameters(index = "0", paramLabel = "ENTITY", description = "The entity: id or exact name.")
    String entity;

    @Option(names = "--name", required = true, paramLabel = "NAME",
            description = "A name to move to the new entity (repeatable).")
    List<String> names;

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
            Party p = NetworkOutput.resolve(new LinkGraph(store), entity);
            EntityDecision d = new EntityDecisions(store).split(p.id(), names, reason,
                    user == null ? EntityCommand.defaultUser() : user);
            if (json) {
                out.println(Json.line(EntityOutput.decision(d)));
            } else {
                out.printf("Split %s off %s (%s) into new entity %s.%n", String.join(", ", d.names()), p.caption(),
                        p.id(), d.otherId());
                EntityOutput.print(out, d);
            }
        }
        return ExitCodes.OK;
    }
}
