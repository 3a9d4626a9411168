package org.sitrep.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Stores for tests on both back ends. The PostgreSQL one is a real server: {@code ./run-tests} (and so CI) starts a
 * throwaway cluster and passes its URL in {@value #PG_URL_ENV}; each call gets a fresh schema of its own.
 */
public final class TestStores {

    public static final String PG_URL_ENV = "SITREP_TEST_PG_URL";

    private TestStores() {
    }

    /** Backend names for parameterised tests. */
    public static final String H2 = "h2";
    public static final String POSTGRESQL = "postgresql";

    /** Opens an empty store on {@code backend}; {@code dir} is a scratch folder for the embedded one. */
    public static EvidenceStore open(String backend, Path dir) {
        return switch (backend) {
            case H2 -> EvidenceStore.embedded(dir);
            case POSTGRESQL -> EvidenceStore.open(freshPostgresSchemaUrl(), null, null);
            default -> throw new IllegalArgumentException(backend);
        };
    }

    /**
     * A JDBC URL to a new, empty schema on the test PostgreSQL server. Without a server the test is skipped,
     * except on CI, where a missing server is a failure (the integration tests must really run there).
     */
    public static String freshPostgresSchemaUrl() {
        String url = System.getenv(PG_URL_ENV);
        if (url == null || url.isBlank()) {
            if ("true".equals(System.getenv("CI"))) {
                fail(PG_URL_ENV + " is not set on CI: .ci/run must start PostgreSQL");
            }
            assumeTrue(false, "no test PostgreSQL (" + PG_URL_ENV + " unset); run ./run-tests to start one");
        }
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the test PostgreSQL at " + url + ": " + e.getMessage(), e);
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
}
