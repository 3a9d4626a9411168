package org.sitrep.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sitrep eval ...}: accuracy against annotated development sets. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score extraction against annotated data sets; prints precision, recall and F1.",
        subcommands = {EvalRe3dCommand.class, EvalPloverCommand.class, EvalEventsCommand.class, EvalWikieventsCommand.class,
                EvalMuc4Command.class, EvalOfacCommand.class, EvalReDocRedCommand.class, EvalClaimsCommand.class})
final class EvalCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
