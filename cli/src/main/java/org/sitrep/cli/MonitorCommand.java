package org.sitrep.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sitrep monitor}: monitoring views over the knowledge base. */
@Command(name = "monitor", mixinStandardHelpOptions = true,
        description = "Monitor agreements: reported ceasefire violations per day and side, and whom a truce covers.",
        subcommands = {MonitorCeasefireCommand.class})
final class MonitorCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
