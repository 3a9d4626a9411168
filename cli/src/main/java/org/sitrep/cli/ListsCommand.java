package org.sitrep.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sitrep lists}: sanctions lists — import them, show what is loaded, compare two versions. */
@Command(name = "lists", mixinStandardHelpOptions = true,
        description = {"Import, show and compare sanctions lists.",
                "Reads OFAC (CSV, XML, Advanced XML), UN, EU, UK and FollowTheMoney lists and Treasury press releases;"
                        + " formats are recognised from the files' content."},
        subcommands = {ListsImportCommand.class, ListsShowCommand.class, ListsDiffCommand.class,
                ListsRollbackCommand.class})
final class ListsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
