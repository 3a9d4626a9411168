package org.sitrep.cli;

import org.sitrep.extract.eval.ReDocRedEvaluation;
import org.sitrep.extract.relation.training.PairModelCard;
import org.sitrep.extract.relation.training.PairTrainer;
import org.sitrep.extract.relation.training.RelationCorpus;
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
import java.util.concurrent.Callable;

/**
 * {@code sitrep train relations}: fits the learned relation scorer on Re-DocRED's dev file (the tuning part; its test
 * file stays held out for {@code sitrep eval re-docred}) and writes it, with its model card, into the sources.
 */
@Command(name = "relations", mixinStandardHelpOptions = true,
        description = "Fit the learned relation scorer (pairs of parties in a parsed sentence: membership, ownership,"
                + " subsidiary, leadership, employment or none) on Re-DocRED's dev file and write pair-scorer.json and"
                + " its model card. The test file is never read.")
final class TrainRelationsCommand implements Callable<Integer> {

    @Option(names = "--re-docred", paramLabel = "DIR",
            description = "Folder holding Re-DocRED's dev_revised.json (default: ../shared/train/re-docred beside the"
                    + " Sitrep sources).")
    Path reDocRed;

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "Folder of Sitrep's labelled relation sentences (default: extract/training/relations in the"
                    + " Sitrep sources).")
    Path corpus;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where to write pair-scorer.json and pair-scorer.md (default: the extract module's resources,"
                    + " so the next build ships them).")
    Path out;

    @Option(names = "--seed", defaultValue = "13", description = "Seed of the sample of unrelated pairs (default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    TrainingOutput output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outText = spec.commandLine().getOut();
        Path home = Path.of(System.getProperty("sitrep.home", "."));
        Path dir = reDocRed != null ? reDocRed : home.resolve("../shared/train/re-docred").normalize();
        Path dev = dir.resolve("dev_revised.json");
        if (!Files.isRegularFile(dev)) {
            err.println("sitrep train relations: missing " + dev);
            return ExitCodes.USAGE;
        }
        Path outDir = out != null ? out : home.resolve("extract/src/main/resources/org/sitrep/extract/relation");
        ReDocRedEvaluation data = ReDocRedEvaluation.load(dev);
        var own = RelationCorpus.read(corpus != null ? corpus : home.resolve(RelationCorpus.FOLDER));
        PairTrainer.Result result = new PairTrainer(seed, m -> {
            err.println(m);
            err.flush();
        }).train(own, data.documents(), own.size() + " Sitrep sentences and Re-DocRED dev_revised.json ("
                + data.documentCount() + " documents)");
        outText.println("lambda " + result.lambda() + ", threshold " + result.scorer().threshold() + "; "
                + result.rows() + " pairs, " + result.positives() + " related; cross-validated (pairs) at threshold "
                + result.figuresThreshold() + ":");
        result.crossValidated().forEach((type, score) -> outText.println(String.format("  %-16s %s", type, score)));
        outText.println("of which Sitrep's sentences:");
        result.crossValidatedOwn().forEach((type, score) -> outText.println(String.format("  %-16s %s", type, score)));
        if (!output.dryRun) {
            Files.createDirectories(outDir);
            String command = "sitrep train relations --seed " + seed;
            TrainingOutput.writeAtomically(outDir.resolve("pair-scorer.json"), o -> result.scorer().write(o));
            TrainingOutput.writeAtomically(outDir.resolve("pair-scorer.md"), o -> o.write(
                    PairModelCard.of(result, seed, command).getBytes(StandardCharsets.UTF_8)));
            outText.println("wrote " + outDir.resolve("pair-scorer.json") + " and pair-scorer.md");
        }
        outText.flush();
        return ExitCodes.OK;
    }
}
