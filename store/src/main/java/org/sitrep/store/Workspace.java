package org.sitrep.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Sitrep workspace: one folder that holds everything (the embedded database, indexes, exports).
 * With a PostgreSQL URL the facts live in that server instead, and the folder keeps only local files.
 *
 * @param folder   the workspace folder
 * @param jdbcUrl  null for the embedded database in {@code folder}, else the server's JDBC URL
 */
public record Workspace(Path folder, String jdbcUrl) {

    /** Environment variable naming the default workspace folder. */
    public static final String ENV_FOLDER = "SITREP_WORKSPACE";
    /** Environment variable holding a JDBC URL for a server database. */
    public static final String ENV_DB_URL = "SITREP_DB_URL";

    /** {@code $SITREP_WORKSPACE}, else {@code ~/.sitrep/workspace}. */
    public static Path defaultFolder() {
        String env = System.getenv(ENV_FOLDER);
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".sitrep", "workspace");
    }

    /** Where the full-text index lives (derived data; rebuilt from the store when missing). */
    public Path indexFolder() {
        return folder.resolve("index");
    }

    /** Creates the folder if needed and opens its store. */
    public EvidenceStore openStore() {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create workspace folder " + folder, e);
        }
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            return EvidenceStore.embedded(folder);
        }
        return EvidenceStore.open(jdbcUrl, System.getenv("SITREP_DB_USER"), System.getenv("SITREP_DB_PASSWORD"));
    }
}
