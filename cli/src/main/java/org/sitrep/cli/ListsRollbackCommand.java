package org.sitrep.cli;

import org.sitrep.lists.ListStore;
import org.sitrep.resolve.KnowledgeBase;
import org.sitrep.store.EvidenceStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code sitrep lists rollback LIST_ID}: makes the version imported before the active one active again. */
@Command(name = "rollback", mixinStandardHelpOptions = true,
        description = {"Make the previous version of a list active again.",
                "The version imported before the active one becomes active (see the versions in: sitrep lists show);"
                        + " the knowledge base follows. Run it again to go further back."})
final class ListsRollbackCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Parameters(paramLabel = "LIST_ID", description = "A list id, e.g. us-ofac-sdn.")
    String listId;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (EvidenceStore store = workspaceOptions.workspace().openStore()) {
            ListStore lists = new ListStore(store);
            ListChangeWatch watch = ListChangeWatch.before(workspaceOptions.workspace(), lists, err);
            ListStore.Rollback done;
            try {
                done = lists.rollback(listId);
            } catch (IllegalArgumentException e) {
                err.println("sitrep: " + e.getMessage());
                return ExitCodes.FAILED;
            }
            new KnowledgeBase(store).syncLists();
            out.printf("%s: active version is now %s (%d records, imported %s); was %s (%d records).%n", listId,
                    done.to().sha256().substring(0, 12), done.to().entityCount(), done.to().importedAt(),
                    done.from().sha256().substring(0, 12), done.from().entityCount());
            watch.after("lists rollback " + listId, err);
            return ExitCodes.OK;
        }
    }
}
