package org.sitrep.cli;

import org.sitrep.lists.ListFormatException;
import org.sitrep.lists.ListReader;
import org.sitrep.lists.ListRefusedException;
import org.sitrep.lists.ListSnapshot;
import org.sitrep.lists.ListStore;
import org.sitrep.resolve.KnowledgeBase;
import org.sitrep.store.EvidenceStore;
import org.sitrep.store.StoreException;
import org.sitrep.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code sitrep lists import PATH...}: loads sanctions lists into the workspace, one atomic reload per list. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Load sanctions lists into the workspace.",
                "A PATH is a list file, a folder holding OFAC's CSV files (sdn.csv, alt.csv, add.csv), or a folder of"
                        + " several lists (searched recursively). Each list replaces its previous version atomically;"
                        + " content already loaded is recognised and skipped.",
                "When the workspace has a watchlist (sitrep watch set) and a list's version changes, the watchlist is"
                        + " re-screened: new, changed and removed hits by list version, logged in rescreens.jsonl."})
final class ListsImportCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "List files or folders.")
    List<Path> paths;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Option(names = "--allow-shrink", description = "Replace a list even when the new version drops more than 20%%"
            + " of the active version's records (refused otherwise).")
    boolean allowShrink;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ListReader reader = new ListReader();
        List<Map<String, Object>> results = new ArrayList<>();
        List<Map<String, Object>> errors = new ArrayList<>();
        Workspace workspace = workspaceOptions.workspace();
        try (EvidenceStore store = workspace.openStore()) {
            ListStore lists = new ListStore(store);
            ListChangeWatch watch = ListChangeWatch.before(workspace, lists, err);
            for (Path path : paths) {
                List<Path> inputs;
                try {
                    inputs = reader.find(path);
                } catch (ListFormatException e) {
                    errors.add(error(err, e));
                    continue;
                }
                if (inputs.isEmpty()) {
                    errors.add(error(err, new ListFormatException(path, 0, "no sanctions list found")));
                }
                for (Path input : inputs) {
                    long started = System.nanoTime();
                    try {
                        ListSnapshot snapshot = reader.read(input);
                        ListStore.Outcome outcome = lists.load(snapshot, allowShrink);
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("path", input.toString());
                        m.put("list_id", snapshot.listId());
                        m.put("format", snapshot.format());
                        m.put("entities", snapshot.entities().size());
                        m.put("sha256", snapshot.sha256());
                        m.put("status", outcome.name().toLowerCase(java.util.Locale.ROOT));
                        m.put("seconds", (System.nanoTime() - started) / 1_000_000 / 1000.0);
                        results.add(m);
                        if (!json) {
                            out.printf("%-20s %-20s %7d entities  %s  %s (%.1f s)%n", snapshot.listId(),
                                    snapshot.format(), snapshot.entities().size(), snapshot.sha256().substring(0, 12),
                                    m.get("status"), (Double) m.get("seconds"));
                        }
                    } catch (ListFormatException e) {
                        errors.add(error(err, e));
                    } catch (ListRefusedException e) {
                        for (String problem : e.problems()) {
                            errors.add(refusal(err, input, problem));
                        }
                    } catch (StoreException e) {
                        errors.add(error(err, new ListFormatException(input, 0, e.getMessage(), e)));
                    }
                }
            }
            // Designated parties become entities of the knowledge base, so network questions can reach them.
            try {
                new KnowledgeBase(store).syncLists();
            } catch (RuntimeException e) {
                // The lists stay stored; the next import or rollback syncs the knowledge base again.
                errors.add(error(err, new ListFormatException(paths.getFirst(), 0,
                        "the lists were stored but the knowledge base could not take them: " + e.getMessage(), e)));
            }
            watch.after("lists import", err);
        }
        if (json) {
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("workspace", workspace.folder().toAbsolutePath().toString());
            summary.put("lists", results);
            summary.put("errors", errors);
            out.println(Json.line(summary));
        } else {
            out.printf("%d list(s) loaded, %d failed. Workspace: %s%n", results.size(), errors.size(),
                    workspace.folder().toAbsolutePath());
        }
        return errors.isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
    }

    /** A refused list's problem, which names its own place (file and line, or the list). */
    private static Map<String, Object> refusal(PrintWriter err, Path input, String problem) {
        err.println("sitrep: " + problem);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", input.toString());
        m.put("message", problem);
        return m;
    }

    private static Map<String, Object> error(PrintWriter err, ListFormatException e) {
        err.println("sitrep: " + e.getMessage());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", String.valueOf(e.file()));
        m.put("line", e.line());
        m.put("message", e.getMessage());
        return m;
    }
}
