package org.sitrep.cli;

import org.sitrep.resolve.EntityDecision;
import org.sitrep.resolve.EntityDecisions;
import org.sitrep.store.EvidenceStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code sitrep entity log}: the audit log of merges and splits. */
@Command(name = "log", mixinStandardHelpOptions = true, description = "List every merge and split, oldest first.")
final class EntityLogCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Option(names = "--json", description = "One JSON object per decision.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (EvidenceStore store = workspaceOptions.workspace().openStore()) {
            List<EntityDecision> log = new EntityDecisions(store).log();
            if (json) {
                log.forEach(d -> out.println(Json.line(EntityOutput.decision(d))));
            } else if (log.isEmpty()) {
                out.println("No merges or splits yet.");
            } else {
                log.forEach(d -> EntityOutput.print(out, d));
            }
        }
        return ExitCodes.OK;
    }
}
