package org.sitrep.spark;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.Map;

/**
 * A local Spark session like the one {@code sitrep spark} starts, for the whole of a test class: register it as a
 * static field with {@code @RegisterExtension}. It starts before the class's {@code @BeforeAll} methods, which may
 * use it, and stops after its {@code @AfterAll} methods.
 */
final class LocalSpark implements BeforeAllCallback, AfterAllCallback {

    private SparkSession session;

    @Override
    public void beforeAll(ExtensionContext context) {
        session = SparkSessions.start("local[2]", "sitrep-spark-test", Map.of("spark.sql.shuffle.partitions", "4"));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (session != null) {
            session.stop();
        }
    }

    SparkSession session() {
        return session;
    }
}
