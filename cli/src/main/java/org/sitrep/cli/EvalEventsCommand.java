package org.sitrep.cli;

import org.sitrep.extract.Extractor;
import org.sitrep.extract.eval.EventCorpusEvaluation;
import org.sitrep.extract.event.training.EventCorpus;
import org.sitrep.extract.place.GeocoderPlaceResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code sitrep eval events [DIR]}: the whole extractor on Sitrep's labelled event sentences. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Score event detection and typing by the whole extractor on Sitrep's labelled event sentences,"
                + " tuning and held-out parts apart (the split 'sitrep train events' uses).")
final class EvalEventsCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", arity = "0..1",
            description = "Folder of labelled TSV files (default: extract/training/events in the Sitrep sources).")
    Path corpus;

    @Mixin
    RealNewsOptions realNews;

    @Option(names = "--seed", defaultValue = "12", description = "Seed of the tuning/held-out split (default: ${DEFAULT-VALUE}).")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path home = Path.of(System.getProperty("sitrep.home", "."));
        Path dir = corpus != null ? corpus : EventCorpus.inSources(home);
        EventCorpus data;
        try {
            data = EventCorpus.read(dir);
            data = realNews.addTo(data, home, spec.commandLine().getErr());
        } catch (IOException e) {
            spec.commandLine().getErr().println("sitrep eval events: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        Extractor extractor = Extractor.builder().places(GeocoderPlaceResolver.bundled()).build();
        spec.commandLine().getOut().print(EventCorpusEvaluation.report(
                new EventCorpusEvaluation(data, seed).evaluate(extractor)));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
