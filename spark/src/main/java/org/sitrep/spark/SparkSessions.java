package org.sitrep.spark;

import org.apache.spark.sql.SparkSession;

import java.util.Map;

/** Starts the Spark session the jobs run in, the same way for the CLI, the benchmark and the tests. */
public final class SparkSessions {

    private SparkSessions() {
    }

    /**
     * A session on {@code master} ({@code local[*]}, {@code spark://host:7077}, {@code yarn}, {@code k8s://...}), or
     * the one already running in this JVM (under {@code spark-submit} the master comes from there when null).
     * The web UI is off in local mode: a laptop run needs no port of its own.
     */
    public static SparkSession start(String master, String appName, Map<String, String> conf) {
        SparkSession.Builder b = SparkSession.builder().appName(appName);
        if (master != null) {
            b.master(master);
            if (master.startsWith("local")) {
                b.config("spark.ui.enabled", "false");
                b.config("spark.driver.host", "127.0.0.1");
                b.config("spark.driver.bindAddress", "127.0.0.1");
            }
        }
        conf.forEach(b::config);
        return b.getOrCreate();
    }
}
