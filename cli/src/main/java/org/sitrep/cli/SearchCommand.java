package org.sitrep.cli;

import org.sitrep.search.SearchIndex;
import org.sitrep.store.EvidenceStore;
import org.sitrep.store.Workspace;
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

/** {@code sitrep search QUERY}: full-text search over the workspace's documents. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the workspace's documents (every word must occur; accents and case do not matter).",
                "Syntax: words, \"phrases\", -exclude, a | b, prefix*."})
final class SearchCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "What to look for.")
    List<String> words;

    @Option(names = {"-n", "--limit"}, defaultValue = "10", description = "At most this many hits (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "One JSON object per hit.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Workspace workspace = workspaceOptions.workspace();
        try (EvidenceStore store = workspace.openStore(); SearchIndex index = SearchIndex.open(workspace.indexFolder())) {
            index.sync(store);
            for (SearchIndex.Hit hit : index.search(String.join(" ", words), limit)) {
                if (json) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("document", hit.documentId());
                    m.put("title", hit.title());
                    m.put("date", hit.date());
                    m.put("score", hit.score());
                    m.put("snippet", hit.snippet());
                    out.println(Json.line(m));
                } else {
                    out.printf("%s  %-10s  %s%n    %s%n", hit.documentId().substring(0, 12),
                            hit.date().isEmpty() ? "?" : hit.date(), hit.title(), hit.snippet());
                }
            }
        }
        return ExitCodes.OK;
    }
}
