package org.sitrep.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sitrep entity}: review entities and correct resolution by merging and splitting, with an audit log. */
@Command(name = "entity", mixinStandardHelpOptions = true,
        description = {"Show an entity with the evidence for each of its names; merge two entities that are one, or"
                + " split names off an entity that is two. Decisions are logged and survive re-ingestion."},
        subcommands = {EntityShowCommand.class, EntityMergeCommand.class, EntitySplitCommand.class,
                EntityLogCommand.class})
final class EntityCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Who is deciding, when the user does not say. */
    static String defaultUser() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "unknown" : user;
    }
}
