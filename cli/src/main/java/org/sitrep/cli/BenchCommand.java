package org.sitrep.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sitrep bench ...}: reproducible measurements of each capability. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure speed, memory and accuracy; prints the figures and the settings that produced them.",
        subcommands = {BenchIngestCommand.class, BenchGraphCommand.class, BenchScreenCommand.class, BenchExtractCommand.class,
                BenchWebCommand.class, BenchYenteCommand.class, BenchSparkCommand.class, BenchResolveCommand.class})
final class BenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
