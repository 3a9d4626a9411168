package org.sitrep.cli;

import org.sitrep.store.Workspace;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The options that choose where facts are stored; mixed into every command that reads or writes a workspace. */
final class WorkspaceOptions {

    @Option(names = {"-w", "--workspace"}, paramLabel = "DIR",
            description = "Workspace folder (default: $SITREP_WORKSPACE, else ~/.sitrep/workspace).")
    Path folder;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "Store facts in this database instead of the workspace's embedded one,"
                    + " e.g. jdbc:postgresql://localhost/sitrep (default: $SITREP_DB_URL).")
    String jdbcUrl;

    Workspace workspace() {
        Path dir = folder != null ? folder : Workspace.defaultFolder();
        String url = jdbcUrl != null ? jdbcUrl : System.getenv(Workspace.ENV_DB_URL);
        return new Workspace(dir, url);
    }
}
