package org.sitrep.cli;

import org.sitrep.store.EvidenceStore;
import org.sitrep.store.StoreStatus;
import org.sitrep.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code sitrep status}: what the workspace holds. */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Show what the workspace holds.")
final class StatusCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Workspace workspace = workspaceOptions.workspace();
        try (EvidenceStore store = workspace.openStore()) {
            print(spec.commandLine().getOut(), workspace, store.url(), store.status(), json);
        }
        return ExitCodes.OK;
    }

    static void print(PrintWriter out, Workspace workspace, String url, StoreStatus s, boolean json) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("workspace", workspace.folder().toAbsolutePath().toString());
        m.put("database", url.replaceAll("password=[^&;]*", "password=***"));
        m.put("source_files", s.sourceFiles());
        m.put("documents", s.documents());
        m.put("documents_from_several_sources", s.documentsWithSeveralSources());
        m.put("repeated_passages", s.repeatedPassages());
        m.put("entities", s.entities());
        m.put("statements", s.statements());
        m.put("links", s.links());
        m.put("events", s.events());
        m.put("claims", s.claims());
        m.put("lists", s.activeLists());
        m.put("list_records", s.listRecords());
        if (json) {
            out.println(Json.line(m));
            return;
        }
        m.forEach((k, v) -> out.printf("%-32s %s%n", k.replace('_', ' '), v));
    }
}
