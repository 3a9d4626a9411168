package org.sitrep.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sitrep train ...}: rebuilds Sitrep's learned parts from their labelled data. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Rebuild a learned part of Sitrep from its labelled data (weights and model card).",
        subcommands = {TrainEventsCommand.class, TrainRelationsCommand.class, TrainScreeningCommand.class})
final class TrainCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
