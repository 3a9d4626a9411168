package org.sitrep.cli;

import org.sitrep.extract.Extractor;
import org.sitrep.extract.eval.Re3dEvaluation;
import org.sitrep.extract.place.GeocoderPlaceResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
            description = "Write Sitrep's misses and spurious finds (entities and relations), one per line, to FILE.")
    Path errors;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(dir)) {
            spec.commandLine().getErr().println("sitrep eval re3d: not a folder: " + dir);
            return ExitCodes.USAGE;
        }
        Re3dEvaluation eval = Re3dEvaluation.load(dir).limit(limit);
        Re3dEvaluation.Result sitrep;
        {
            Extractor extractor = Extractor.builder().places(GeocoderPlaceResolver.bundled()).build();
            sitrep = eval.evaluate(extractor);
        }
        if (errors != null) {
            Files.writeString(errors, eval.errors(sitrep));
        }
        // The extractor is out of scope before the baseline loads its models, so both fit in one modest heap.
        Re3dEvaluation.Result baseline = noBaseline ? null : eval.evaluateCoreNlpDefault();
        spec.commandLine().getOut().println("re3d: " + eval.documentCount() + " documents in " + dir);
        spec.commandLine().getOut().print(Re3dEvaluation.report(sitrep, baseline));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
