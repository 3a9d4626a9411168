package org.sitrep.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code sitrep} command: a list of subcommands. */
@Command(name = "sitrep",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Turns conflict, sanctions and illicit-finance reporting into an evidence-linked knowledge base.",
        subcommands = {
                DemoCommand.class,
                IngestCommand.class,
                StatusCommand.class,
                DocumentsCommand.class,
                ListsCommand.class,
                SearchCommand.class,
                TraceCommand.class, ExposureCommand.class, NeighboursCommand.class,
                EventsCommand.class, IncidentsCommand.class, ClaimsCommand.class, SourcesCommand.class,
                ExportCommand.class, ImportCommand.class,
                CompareCommand.class, ScreenCommand.class, WatchCommand.class,
                ServeCommand.class,
                ExtractCommand.class, TrainCommand.class,
                MonitorCommand.class, SupplyCommand.class, EntityCommand.class,
                EvalCommand.class,
                BenchCommand.class,
                SparkCommand.class,
                picocli.CommandLine.HelpCommand.class
        })
final class SitrepCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
