package org.sitrep.cli;

import org.apache.spark.sql.SparkSession;
import org.sitrep.spark.SparkSessions;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The options every {@code sitrep spark} command shares: where to run, Spark settings, how finely to split. */
final class SparkOptions {

    @Option(names = "--master", defaultValue = "local[*]", paramLabel = "URL",
            description = "Spark master: local[*] (default), local[N], spark://host:7077, yarn, k8s://https://host.")
    String master;

    @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "A Spark setting, e.g. spark.executor.memory=8g; repeatable.")
    Map<String, String> conf = new LinkedHashMap<>();

    @Option(names = "--partitions", defaultValue = "0", paramLabel = "N",
            description = "Tasks to split the input into (default: four per core).")
    int partitions;

    /** Starts the session; Spark's own chatter goes to warnings only (results are what the user reads). */
    SparkSession session(String app) {
        for (String logger : List.of("org.apache.spark", "org.apache.hadoop", "org.sparkproject", "org.apache.parquet",
                "org.apache.kerby", "io.netty")) {
            System.setProperty("org.slf4j.simpleLogger.log." + logger, System.getProperty(
                    "org.slf4j.simpleLogger.log." + logger, "warn"));
        }
        return SparkSessions.start(master, app, conf);
    }

    /** A job run in a session of its own. */
    @FunctionalInterface
    interface Job {
        int run(SparkSession session) throws Exception;
    }

    /**
     * Runs {@code job} in a new session named after {@code command} and stops the session afterwards. Spark reports a
     * missing path or an unreadable table as an AnalysisException (checked, in Java's eyes): that is a usage error,
     * told on {@code err}.
     */
    int run(String command, PrintWriter err, Job job) {
        SparkSession session = session("sitrep " + command);
        try {
            return job.run(session);
        } catch (Exception e) {
            if (e instanceof org.apache.spark.sql.AnalysisException || e instanceof IllegalArgumentException) {
                err.println("sitrep spark " + command + ": " + e.getMessage());
                return ExitCodes.USAGE;
            }
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        } finally {
            session.stop();
        }
    }

    /**
     * Whether every local input exists (URLs with a scheme and globs are Spark's to resolve); otherwise says which
     * does not on {@code err}.
     */
    static boolean inputsExist(String command, List<String> inputs, PrintWriter err) {
        for (String input : inputs) {
            boolean local = !input.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*") && !input.startsWith("file:");
            boolean glob = input.contains("*") || input.contains("?") || input.contains("[") || input.contains("{");
            if (local && !glob && !Files.exists(Path.of(input))) {
                err.println("sitrep " + command + ": no such file or folder: " + input);
                return false;
            }
        }
        return true;
    }
}
