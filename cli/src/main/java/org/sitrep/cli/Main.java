package org.sitrep.cli;

import picocli.CommandLine;

/** Entry point of the {@code sitrep} command. */
public final class Main {

    /** Held strongly: java.util.logging forgets the level of a logger nobody references. */
    private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

    private Main() {
    }

    public static void main(String[] args) {
        // Lucene reports its own start-up choices (vectorisation, mmap) through java.util.logging; users need not see them.
        LUCENE_LOG.setLevel(java.util.logging.Level.SEVERE);
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status (0 ok, 1 some inputs failed, 2 usage error). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new SitrepCommand());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // Expected failures (bad input, store errors) get one clear line; the stack trace is noise to users.
            commandLine.getErr().println("sitrep: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            if (System.getenv("SITREP_DEBUG") != null) {
                e.printStackTrace(commandLine.getErr());
            }
            return ExitCodes.FAILED;
        });
        return cli;
    }
}
