package org.sitrep.cli;

import org.sitrep.extract.Extractor;
import org.sitrep.extract.eval.Re3dEvaluation;
import org.sitrep.extract.place.GeocoderPlaceResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code sitrep eval re3d DIR}: entity and relation scores on re3d, with CoreNLP's default NER as a baseline. */
@Command(name = "re3d", mixinStandardHelpOptions = true,
        description = "Score entities (Person, Organisation, Location, Nationality) and relations (FightingAgainst,"
                + " AlliesOf, InChargeOf, BelongsTo) on a re3d folder; CoreNLP's default NER is scored alongside.")
final class EvalRe3dCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "Folder whose sub-folders hold documents.json, entities.json, relations.json.")
    Path dir;

    @Option(names = "--no-baseline", description = "Skip the CoreNLP default-NER baseline.")
    boolean noBaseline;

    @Option(names = "--limit", defaultValue = "0", paramLabel = "N", description = "Score the first N documents only (0: all).")
    int limit;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "Write Sitrep's misses and spurious finds (entities and relations) on the tuning half, one per"
                    + " line, to FILE (the held-out half's are never shown).")
    Path errors;

    @Mixin
    RelationScorerOption relationScorer;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(dir)) {
            spec.commandLine().getErr().println("sitrep eval re3d: not a folder: " + dir);
            return ExitCodes.USAGE;
        }
        Re3dEvaluation loaded = Re3dEvaluation.load(dir).limit(limit);
        // Tuning and held-out halves (by document, fixed seed); the whole set's figures are their sum.
        List<Re3dEvaluation> halves = loaded.halves(Re3dEvaluation.SPLIT_SEED);
        Re3dEvaluation eval = halves.get(0).plus(halves.get(1));
        Re3dEvaluation.Result tune;
        Re3dEvaluation.Result heldOut;
        {
            Extractor extractor = Extractor.builder().places(GeocoderPlaceResolver.bundled())
                    .relationScorer(relationScorer.scorer()).build();
            tune = halves.get(0).evaluate(extractor);
            heldOut = halves.get(1).evaluate(extractor);
        }
        Re3dEvaluation.Result sitrep = tune.plus(heldOut);
        if (errors != null) {
            // Only the tuning half's errors: reading the held-out half's would be tuning on it.
            Files.writeString(errors, halves.get(0).errors(tune));
        }
        // The extractor is out of scope before the baseline loads its models, so both fit in one modest heap.
        Re3dEvaluation.Result baseline = noBaseline ? null : eval.evaluateCoreNlpDefault();
        spec.commandLine().getOut().println("re3d: " + eval.documentCount() + " documents in " + dir);
        spec.commandLine().getOut().print(Re3dEvaluation.report(sitrep, baseline));
        spec.commandLine().getOut().println();
        spec.commandLine().getOut().println("Tuning half: " + halves.get(0).documentCount() + " documents (split by document,"
                + " seed " + Re3dEvaluation.SPLIT_SEED + ")");
        spec.commandLine().getOut().print(Re3dEvaluation.report(tune, null));
        spec.commandLine().getOut().println();
        spec.commandLine().getOut().println("Held-out half (never tuned on): " + halves.get(1).documentCount()
                + " documents");
        spec.commandLine().getOut().print(Re3dEvaluation.report(heldOut, null));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
