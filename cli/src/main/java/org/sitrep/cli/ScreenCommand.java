package org.sitrep.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.sitrep.lists.ListSnapshot;
import org.sitrep.screen.Algorithm;
import org.sitrep.screen.json.ScreeningJson;
import org.sitrep.screen.Query;
import org.sitrep.screen.Screener;
import org.sitrep.screen.ScreeningSettings;
import org.sitrep.screen.WeakAliasPolicy;
import org.sitrep.screen.index.ScreeningIndex;
import org.sitrep.screen.input.BirthDateReader;
import org.sitrep.screen.input.DateOrder;
import org.sitrep.screen.input.QueryNames;
import org.sitrep.screen.input.QueryRows;
import org.sitrep.screen.names.NameNormalizer;
import org.sitrep.screen.names.NameVocabulary;
import org.sitrep.lists.ListStore;
import org.sitrep.store.EvidenceStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code sitrep screen [--list PATH] (--query NAME | --input CSV)}: listed parties resembling each query. */
@Command(name = "screen", mixinStandardHelpOptions = true,
        description = {"Screen names against sanctions lists; prints one JSON line per query.",
                "Lists: OFAC SDN CSV trio or XML, UN, EU, UK, FollowTheMoney JSON lines (format read from content);"
                        + " without --list, the lists loaded in the workspace (sitrep lists import).",
                "CSV queries: header with full_name (or name) and optionally date_of_birth (or birth_date), nationality"
                        + " (or country), schema, id, identifier. Birth dates may be written 1962-08-20, 1962-8-20,"
                        + " 20/08/1962, Aug 20 1962, 20 ao\u00fbt 1962, 1962, c. 1962 or 1960-1962."})
final class ScreenCommand implements Callable<Integer> {

    @Option(names = "--list", paramLabel = "PATH",
            description = "A list file or a folder of lists; repeatable. Default: the workspace's loaded lists.")
    List<Path> lists = List.of();

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Option(names = "--query", paramLabel = "NAME", description = "One name to screen.")
    String query;

    @Option(names = "--input", paramLabel = "CSV", description = "Queries to screen, one per row.")
    Path input;

    @Option(names = "--schema", paramLabel = "SCHEMA", description = "Kind of party queried: Person, Organization, ...")
    String schema;

    @Option(names = "--dob", paramLabel = "DATE", description = "Date of birth of the queried person (1962-08-20,"
            + " 20/08/1962, Aug 20 1962, c. 1962, 1960-1962, ...).")
    String dob;

    @Option(names = "--date-order", paramLabel = "ORDER", defaultValue = "DMY",
            description = "How to read all-digit dates that could be either way round, such as 03/04/1962: DMY"
                    + " (default) or MDY. A date only one way can be read is read that way.")
    DateOrder dateOrder;

    @Option(names = "--country", paramLabel = "CC", description = "Nationality or country (ISO code or English name).")
    String country;

    @Option(names = "--identifier", paramLabel = "NUMBER", description = "Passport or registration number; repeatable.")
    List<String> identifiers = List.of();

    @Option(names = "--threshold", paramLabel = "T",
            description = "Report matches scoring at least T (default: the algorithm's review threshold, "
                    + ScreeningSettings.REVIEW_THRESHOLD + " for sitrep).")
    Double threshold;

    @Option(names = "--match-threshold", paramLabel = "T",
            description = "Score from which a match is a match (default " + ScreeningSettings.MATCH_THRESHOLD + " for sitrep).")
    Double matchThreshold;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "At most N matches per query (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--algorithm", paramLabel = "ALGORITHM", defaultValue = "sitrep",
            description = "sitrep (default) or ofac (an emulation of OFAC's Sanctions List Search score).")
    Algorithm algorithm;

    @Option(names = "--weak-aliases", paramLabel = "POLICY", defaultValue = "penalise",
            description = "include, penalise (default) or ignore names the list calls weak aliases.")
    WeakAliasPolicy weakAliases;

    @Option(names = "--weak-alias-penalty", paramLabel = "P",
            description = "Under the penalise policy, how much less a weak alias weighs than a strong name when choosing which of a party's names matched (default 0.08); its effect on the score is the weak_alias weight of scoring.tsv.")
    Double weakAliasPenalty;

    @Option(names = "--data", paramLabel = "PATH", description = "Extra name data files, repeatable.")
    List<Path> data = List.of();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if ((query == null) == (input == null)) {
            throw new ParameterException(spec.commandLine(), "give either --query NAME or --input CSV");
        }
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1");
        }
        if (schema != null && ScreenSchemas.canonical(schema) == null) {
            throw new ParameterException(spec.commandLine(), "--schema must be one of " + ScreenSchemas.NAMES);
        }
        schema = ScreenSchemas.canonical(schema);
        BirthDateReader dates = new BirthDateReader(dateOrder);
        String birthDate;
        try {
            birthDate = dates.read(dob);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--dob: " + e.getMessage());
        }
        if (input != null && !java.nio.file.Files.isRegularFile(input)) {
            throw new ParameterException(spec.commandLine(), "no such file: " + input);
        }
        if ((threshold != null && (threshold < 0 || threshold > 1))
                || (matchThreshold != null && (matchThreshold < 0 || matchThreshold > 1))) {
            throw new ParameterException(spec.commandLine(), "thresholds are scores between 0 and 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<ListSnapshot> snapshots = readLists(err);
        if (snapshots == null) {
            return ExitCodes.FAILED;
        }
        ScreeningSettings settings = ScreeningSettings.of(algorithm).withWeakAliases(weakAliases).withLimit(limit);
        if (threshold != null) {
            settings = settings.withReviewThreshold(threshold);
        }
        if (matchThreshold != null) {
            settings = settings.withMatchThreshold(matchThreshold);
        }
        if (weakAliasPenalty != null) {
            if (weakAliasPenalty < 0 || weakAliasPenalty > 1) {
                throw new ParameterException(spec.commandLine(), "--weak-alias-penalty must be between 0 and 1");
            }
            settings = settings.withWeakAliasPenalty(weakAliasPenalty);
        }
        ScreeningIndex.Builder builder = ScreeningIndex.builder(new NameNormalizer(NameVocabulary.withExtraFiles(data)));
        snapshots.forEach(s -> s.entities().forEach(builder::add));
        Screener screener = new Screener(builder.build(), settings);
        Map<String, Object> listInfo = ScreeningJson.lists(snapshots);
        if (query != null) {
            String name = QueryNames.tidy(query);
            if (name == null) {
                throw new ParameterException(spec.commandLine(), "--query holds no letters: " + query);
            }
            Query q = new Query(null, name, schema, birthDate, country, identifiers);
            out.println(Json.line(ScreeningJson.screening(q, screener.screen(q), listInfo)));
            return ExitCodes.OK;
        }
        return screenCsv(screener, new QueryRows(dates, schema), listInfo, out, err);
    }

    /**
     * Every list under the --list paths, else every list loaded in the workspace; null (after reporting on stderr)
     * when one cannot be read or there is none.
     */
    private List<ListSnapshot> readLists(PrintWriter err) {
        if (lists.isEmpty()) {
            try (EvidenceStore store = workspaceOptions.workspace().openStore()) {
                List<ListSnapshot> loaded = new ListStore(store).activeLists();
                if (loaded.isEmpty()) {
                    err.println("sitrep: no lists loaded in the workspace " + workspaceOptions.workspace().folder()
                            + "; load one with 'sitrep lists import PATH' or give --list PATH");
                    return null;
                }
                return loaded;
            }
        }
        return ListInputs.read(lists, err);
    }

    private int screenCsv(Screener screener, QueryRows reader, Map<String, Object> listInfo, PrintWriter out,
                          PrintWriter err)
            throws IOException {
        List<ScreenCsv.Row> rows;
        try {
            if (!ScreenCsv.hasColumn(input, "full_name", "name")) {
                err.println("sitrep: " + input + ":1: the header needs a full_name (or name) column");
                return ExitCodes.FAILED;
            }
            rows = ScreenCsv.read(input);
        } catch (IllegalArgumentException e) {
            err.println("sitrep: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        boolean failed = false;
        ProgressBar bar = !stderrIsTerminal() ? null : new ProgressBarBuilder().setTaskName("Screening")
                .setInitialMax(rows.size()).setStyle(ProgressBarStyle.ASCII).setUnit(" queries", 1).showSpeed()
                .setUpdateIntervalMillis(200).build();
        try {
            for (ScreenCsv.Row row : rows) {
                try {
                    Query q = reader.read(row.header(), row.cells(), String.valueOf(row.line()));
                    out.println(Json.line(ScreeningJson.screening(q, screener.screen(q), listInfo)));
                } catch (QueryRows.UnreadableCell e) {
                    // one unreadable row is reported where it is and the rest of the batch goes on
                    String id = row.get("id") != null ? " (id " + row.get("id") + ")" : "";
                    err.println("sitrep: " + input + ":" + row.line() + ":" + e.position() + id + ": column "
                            + e.column() + ": " + e.getMessage());
                    failed = true;
                }
                if (bar != null) {
                    bar.step();
                }
            }
        } finally {
            if (bar != null) {
                bar.close();
            }
        }
        out.flush();
        return failed ? ExitCodes.FAILED : ExitCodes.OK;
    }

    /**
     * Whether diagnostics go to a terminal, so a progress bar is wanted there; results usually go to a file, so the
     * console check alone (which needs both ends on a terminal) would hide it.
     */
    private static boolean stderrIsTerminal() {
        try {
            String target = java.nio.file.Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}
