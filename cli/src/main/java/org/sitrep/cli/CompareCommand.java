package org.sitrep.cli;

import org.sitrep.screen.Algorithm;
import org.sitrep.screen.json.ScreeningJson;
import org.sitrep.screen.Comparison;
import org.sitrep.screen.NameComparer;
import org.sitrep.screen.ScreeningSettings;
import org.sitrep.screen.names.NameVocabulary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code sitrep compare NAME1 NAME2} or {@code --input pairs.csv}: how alike two names are, with the reasons. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare two names (any script, any word order); prints one JSON line per pair.",
                "With --input, reads a CSV with columns name1, name2 and optionally schema."})
final class CompareCommand implements Callable<Integer> {

    @Parameters(arity = "0..2", paramLabel = "NAME", description = "The two names.")
    List<String> names;

    @Option(names = "--input", paramLabel = "CSV", description = "Pairs to compare: columns name1, name2[, schema].")
    Path input;

    @Option(names = "--schema", paramLabel = "SCHEMA",
            description = "Person, Organization, Company or LegalEntity (default: LegalEntity, any kind of party).")
    String schema;

    @Option(names = "--algorithm", paramLabel = "ALGORITHM", defaultValue = "sitrep",
            description = "sitrep (default) or ofac (an emulation of OFAC's Sanctions List Search score).")
    Algorithm algorithm;

    @Option(names = "--data", paramLabel = "PATH", description = "Extra name data files (see docs), repeatable.")
    List<Path> data = List.of();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        int given = names == null ? 0 : names.size();
        if ((input == null) == (given != 2)) {
            throw new ParameterException(spec.commandLine(), "give either two names or --input CSV");
        }
        if (schema != null && ScreenSchemas.canonical(schema) == null) {
            throw new ParameterException(spec.commandLine(), "--schema must be one of " + ScreenSchemas.NAMES);
        }
        if (input != null && !Files.isRegularFile(input)) {
            throw new ParameterException(spec.commandLine(), "no such file: " + input);
        }
        String defaultSchema = schema == null ? ScreenSchemas.UNKNOWN : ScreenSchemas.canonical(schema);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        NameComparer comparer = new NameComparer(NameVocabulary.withExtraFiles(data), ScreeningSettings.of(algorithm));
        if (input == null) {
            Comparison c = comparer.compare(names.get(0), names.get(1), defaultSchema);
            out.println(Json.line(ScreeningJson.comparison(names.get(0), names.get(1), defaultSchema, c)));
            out.flush();
            return ExitCodes.OK;
        }
        List<ScreenCsv.Row> rows;
        try {
            if (!ScreenCsv.hasColumn(input, "name1") || !ScreenCsv.hasColumn(input, "name2")) {
                err.println("sitrep: " + input + ":1: the header needs columns name1 and name2");
                return ExitCodes.FAILED;
            }
            rows = ScreenCsv.read(input);
        } catch (IllegalArgumentException e) {
            err.println("sitrep: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        boolean failed = false;
        for (ScreenCsv.Row row : rows) {
            String name1 = row.get("name1");
            String name2 = row.get("name2");
            String rowSchema = row.get("schema") != null ? ScreenSchemas.canonical(row.get("schema")) : defaultSchema;
            String problem = name1 == null || name2 == null ? "name1 and name2 are both needed"
                    : rowSchema == null ? "schema must be one of " + ScreenSchemas.NAMES + ", not " + row.get("schema")
                    : null;
            if (problem != null) {
                err.println("sitrep: " + input + ":" + row.line() + ": " + problem);
                failed = true;
                continue;
            }
            out.println(Json.line(ScreeningJson.comparison(name1, name2, rowSchema, comparer.compare(name1, name2, rowSchema))));
        }
        out.flush();
        return failed ? ExitCodes.FAILED : ExitCodes.OK;
    }
}
