package org.sitrep.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sitrep spark ...}: extraction, screening and loading spread over a Spark cluster (or this machine's cores). */
@Command(name = "spark", mixinStandardHelpOptions = true,
        description = {"Run extraction, screening and the knowledge-base load on Apache Spark.",
                "--master local[*] uses this machine's cores; spark://, yarn or k8s:// a cluster (see the README's"
                        + " scale-out section for spark-submit)."},
        subcommands = {SparkExtractCommand.class, SparkScreenCommand.class, SparkLoadCommand.class})
final class SparkCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
