package org.sitrep.cli;

import org.sitrep.search.SearchIndex;
import org.sitrep.store.EvidenceStore;
import org.sitrep.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code sitrep serve}: the web app over a workspace. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the web app: search, dossiers, network, map, timeline, incidents, claims, screening, uploads,",
                "exports, documents with evidence highlighted; JSON API at /api, described at /openapi.json."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Mixin
    ServeOptions serveOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Workspace workspace = workspaceOptions.workspace();
        try (EvidenceStore store = workspace.openStore(); SearchIndex index = SearchIndex.open(workspace.indexFolder())) {
            index.sync(store);
            return Serving.serve(store, workspace, index, serveOptions.settings(), spec.commandLine().getOut());
        }
    }
}
