package org.sitrep.cli;

import org.sitrep.extract.event.EventFeatures;
import org.sitrep.extract.event.OnnxSentenceEncoder;
import org.sitrep.extract.event.training.EventCorpus;
import org.sitrep.extract.event.training.EventTrainer;
import org.sitrep.extract.event.training.ModelCard;
import org.sitrep.extract.event.training.Scores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code sitrep train events}: fits the event heads and writes them, with their model card, into the sources. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Fit the event heads (occurrence, sub-event type, kind) on Sitrep's labelled event sentences"
                + " and write event-heads.json and its model card. Prints figures on the tuning and held-out parts.")
final class TrainEventsCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "Folder of labelled TSV files (default: extract/training/events in the Sitrep sources).")
    Path corpus;

    @Mixin
    RealNewsOptions realNews;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where to write event-heads.json and event-heads.md (default: the extract module's"
                    + " resources, so the next build ships them).")
    Path out;

    @Option(names = "--encoder", defaultValue = "all-minilm-l6-v2-q",
            description = "Sentence encoder: all-minilm-l6-v2-q, bge-small-en-v1.5-q or e5-small-v2-q (default: ${DEFAULT-VALUE}).")
    String encoder;

    @Option(names = "--seed", defaultValue = "12", description = "Seed of the tuning/held-out split (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--screen-recall", defaultValue = "0.96",
            description = "Share of occurrences the screening head must pass on to the encoder, out of fold"
                    + " (default: ${DEFAULT-VALUE}); higher costs speed.")
    double screenRecall;

    @Option(names = "--word-cells", defaultValue = "512",
            description = "Hashed lemma cells the heads read beside the sentence vector: 0 (none) or a divisor of 2048"
                    + " (default: ${DEFAULT-VALUE}).")
    int wordCells;

    @Option(names = "--lambda", paramLabel = "L", split = ",",
            description = "Penalties to choose from by cross-validation (default: 0.03,0.1,0.3,1.0).")
    List<Double> lambdas;

    @Option(names = "--threshold", paramLabel = "P",
            description = "Fix the occurrence threshold (0..1) instead of letting cross-validation choose it; with a"
                    + " single --lambda no cross-validation runs.")
    Double threshold;

    @Option(names = "--kind-votes", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Let the kind head share the occurrence decision: a sentence's occurrence score is the mean"
            + " of the occurrence head and the kind head's mass on occurrence kinds"
            + " (default: on).")
    boolean kindVotes;

    @Mixin
    TrainingOutput output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outText = spec.commandLine().getOut();
        Path home = Path.of(System.getProperty("sitrep.home", "."));
        Path corpusDir = corpus != null ? corpus : EventCorpus.inSources(home);
        Path outDir = out != null ? out : home.resolve("extract/src/main/resources/org/sitrep/extract/event");
        OnnxSentenceEncoder.Model model;
        try {
            model = OnnxSentenceEncoder.Model.of(encoder);
        } catch (IllegalArgumentException e) {
            err.println("sitrep train events: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (wordCells < 0 || wordCells > 0 && EventFeatures.WORD_CELLS % wordCells != 0) {
            err.println("sitrep train events: --word-cells must be 0 or divide " + EventFeatures.WORD_CELLS);
            return ExitCodes.USAGE;
        }
        EventCorpus data;
        try {
            data = EventCorpus.read(corpusDir);
            data = realNews.addTo(data, home, err);
        } catch (IOException e) {
            err.println("sitrep train events: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        EventTrainer trainer = new EventTrainer(OnnxSentenceEncoder.load(model), seed, screenRecall, wordCells,
                lambdas != null ? lambdas : EventTrainer.LAMBDAS, kindVotes,
                threshold != null ? threshold : Double.NaN, m -> {
            err.println(m);
            err.flush();
        });
        EventCorpus finalData = data;
        EventTrainer.Result result = trainer.train(data);
        outText.println("encoder " + model.label() + ", lambda " + result.lambda() + ", threshold "
                + result.heads().threshold());
        outText.println(line("tuning  ", result.tuning(), result.tuningRows()));
        outText.println(line("held-out", result.heldOut(), result.heldOutRows()));
        if (result.heldOutByOrigin().size() > 1) {
            result.heldOutByOrigin().forEach((origin, scores) -> outText.println(
                    line("held-out, " + origin, scores, result.heldOutRowsByOrigin().get(origin))));
        }
        outText.println(String.format(Locale.ROOT, "screen: passes %.3f of held-out sentences, %.3f of their occurrences",
                result.screenKept(), result.screenKeptOccurrences()));
        if (!output.dryRun) {
            Files.createDirectories(outDir);
            String command = "sitrep train events --encoder " + model.label() + " --seed " + seed
                    + " --screen-recall " + screenRecall + " --word-cells " + wordCells
                    + (kindVotes ? "" : " --no-kind-votes")
                    + (lambdas != null ? " --lambda " + lambdas.stream().map(String::valueOf)
                            .collect(java.util.stream.Collectors.joining(",")) : "")
                    + (threshold != null ? " --threshold " + threshold : "")
                    + realNews.flags(data);
            TrainingOutput.writeAtomically(outDir.resolve("event-heads.json"), o -> result.heads().write(o));
            TrainingOutput.writeAtomically(outDir.resolve("event-heads.md"), o -> o.write(
                    ModelCard.of(result, finalData, seed, command).getBytes(StandardCharsets.UTF_8)));
            outText.println("wrote " + outDir.resolve("event-heads.json") + " and event-heads.md");
        }
        outText.flush();
        return ExitCodes.OK;
    }

    private static String line(String part, Scores s, int rows) {
        return String.format(Locale.ROOT, "%s (%d sentences): occurrence P %.3f R %.3f F1 %.3f | sub-type macro-F1 %.3f"
                        + " | ACLED macro-F1 (types + none) %.3f | kind accuracy %.3f", part, rows,
                s.occurrencePrecision(), s.occurrenceRecall(), s.occurrenceF1(), s.subtypeMacroF1(),
                s.acledMacroF1(), s.kindAccuracy());
    }
}
