package org.sitrep.cli;

import org.sitrep.lists.ListEntity;
import org.sitrep.lists.ListSnapshot;
import org.sitrep.lists.ListStore;
import org.sitrep.resolve.KnowledgeBase;
import org.sitrep.screen.Query;
import org.sitrep.screen.ScreeningSettings;
import org.sitrep.screen.input.BirthDateReader;
import org.sitrep.screen.input.DateOrder;
import org.sitrep.screen.input.QueryRows;
import org.sitrep.screen.review.Decision;
import org.sitrep.screen.review.ReviewTrail;
import org.sitrep.screen.review.Verdict;
import org.sitrep.screen.watch.Rescreening;
import org.sitrep.screen.watch.WatchFolder;
import org.sitrep.store.EvidenceStore;
import org.sitrep.store.PartyName;
import org.sitrep.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code sitrep watch}: a watchlist of screened parties re-screened when lists change, and the review trail of
 * analysts' decisions on hits (kept in the workspace folder, {@code reviews.jsonl}).
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Re-screen a watchlist when lists change; record and export review decisions on hits.",
        subcommands = {WatchCommand.SetWatchlist.class, WatchCommand.Rescreen.class, WatchCommand.Review.class,
                WatchCommand.Export.class})
final class WatchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static Path reviewsFile(WorkspaceOptions options, Path explicit) {
        return explicit != null ? explicit : new WatchFolder(options.workspace().folder()).reviewsFile();
    }

    /** A watchlist CSV and how to read its ambiguous dates. */
    static final class WatchlistCsv {
        @Option(names = "--watchlist", paramLabel = "CSV",
                description = "Parties to watch: the screen command's CSV (full_name or name, date_of_birth, ...).")
        Path csv;

        @Option(names = "--date-order", defaultValue = "DMY", description = "DMY (default) or MDY for ambiguous dates.")
        DateOrder dateOrder;

        List<Query> read(PrintWriter err) throws IOException {
            return watchlist(csv, dateOrder, err);
        }
    }

    /** The watchlist rows (the screen command's CSV columns), unreadable rows reported and skipped; null if none. */
    static List<Query> watchlist(Path csv, DateOrder order, PrintWriter err) throws IOException {
        List<ScreenCsv.Row> rows;
        try {
            rows = ScreenCsv.read(csv);
        } catch (IllegalArgumentException e) {
            err.println("sitrep: " + e.getMessage());
            return null;
        }
        QueryRows reader = new QueryRows(new BirthDateReader(order), null);
        List<Query> out = new ArrayList<>();
        for (ScreenCsv.Row row : rows) {
            try {
                out.add(reader.read(row.header(), row.cells(), String.valueOf(row.line())));
            } catch (QueryRows.UnreadableCell e) {
                err.println("sitrep: " + csv + ":" + row.line() + ":" + e.position() + ": column " + e.column() + ": "
                        + e.getMessage());
            }
        }
        return out;
    }

    @Command(name = "rescreen", mixinStandardHelpOptions = true,
            description = {"Screen a watchlist against lists before and after a change; print the hits that are new,",
                    "changed (score, decision, or the listed entry) and removed, by list version, one JSON line each.",
                    "Hits marked false matches (sitrep watch review) stay silent until their listed entry changes."})
    static final class Rescreen implements Callable<Integer> {
        @Mixin
        WorkspaceOptions workspaceOptions;

        @Mixin
        WatchlistCsv watchlist;

        @Option(names = "--before", required = true, paramLabel = "PATH", description = "The lists before; repeatable.")
        List<Path> before;

        @Option(names = "--after", required = true, paramLabel = "PATH", description = "The lists after; repeatable.")
        List<Path> after;

        @Option(names = "--reviews", paramLabel = "FILE", description = "Review trail (default: the workspace's reviews.jsonl).")
        Path reviews;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (watchlist.csv == null) {
                throw new ParameterException(spec.commandLine(), "Missing required option: '--watchlist=CSV'");
            }
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            List<Query> watched = watchlist.read(err);
            List<ListSnapshot> was = ListInputs.read(before, err);
            List<ListSnapshot> now = ListInputs.read(after, err);
            if (watched == null || was == null || now == null) {
                return ExitCodes.FAILED;
            }
            ReviewTrail trail;
            try {
                trail = ReviewTrail.open(reviewsFile(workspaceOptions, reviews));
            } catch (IllegalArgumentException e) {
                err.println("sitrep: " + e.getMessage());
                return ExitCodes.FAILED;
            }
            Rescreening.Report report = new Rescreening(ScreeningSettings.defaults()).compare(watched, was, now, trail);
            for (Rescreening.Change c : report.changes()) {
                out.println(Json.line(WatchFolder.change(c)));
            }
            summary(err, report);
            return ExitCodes.OK;
        }
    }

    /** The one line that sums up a re-screening. */
    static void summary(PrintWriter err, Rescreening.Report report) {
        err.printf("watch: %d watched; %d new, %d changed, %d removed hits; %d suppressed by false-match decisions;"
                        + " versions %s -> %s%n", report.watched(), report.count("new"), report.count("changed"),
                report.count("removed"), report.suppressed().size(), report.versionsBefore(), report.versionsAfter());
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = {"Set the workspace's watchlist: the parties 'sitrep lists import' and 'sitrep lists rollback'",
                    "re-screen whenever a list's version changes (the runs are logged in rescreens.jsonl and shown in",
                    "the web app's Watch page). From a CSV (the screen command's columns), the knowledge base's parties",
                    "found in documents (--entities), or both."})
    static final class SetWatchlist implements Callable<Integer> {
        @Mixin
        WorkspaceOptions workspaceOptions;

        @Mixin
        WatchlistCsv watchlist;

        @Option(names = "--entities", description = "Also watch every person and organisation of the knowledge base"
                + " that came from documents (not the listed parties themselves).")
        boolean entities;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (watchlist.csv == null && !entities) {
                throw new ParameterException(spec.commandLine(), "give --watchlist CSV, --entities or both");
            }
            PrintWriter err = spec.commandLine().getErr();
            List<Query> parties = new ArrayList<>();
            if (watchlist.csv != null) {
                List<Query> rows = watchlist.read(err);
                if (rows == null) {
                    return ExitCodes.FAILED;
                }
                parties.addAll(rows);
            }
            Workspace workspace = workspaceOptions.workspace();
            if (entities) {
                try (EvidenceStore store = workspace.openStore()) {
                    List<String> listed = new ListStore(store).activeSnapshots().stream()
                            .map(l -> KnowledgeBase.listedEntityId(l.listId(), "")).toList();
                    java.util.Set<String> seen = new java.util.HashSet<>();
                    for (PartyName p : store.partyNames()) {
                        if (listed.stream().noneMatch(p.entityId()::startsWith) && seen.add(p.entityId())
                                && (p.schema().equals("Person") || p.schema().equals("Organization")
                                || p.schema().equals("Company"))) {
                            parties.add(new Query(p.entityId(), p.caption(), p.schema(), null, null, List.of()));
                        }
                    }
                }
            }
            new WatchFolder(workspace.folder()).saveWatchlist(parties);
            spec.commandLine().getOut().printf("watching %d parties (%s)%n", parties.size(),
                    new WatchFolder(workspace.folder()).watchlistFile());
            return ExitCodes.OK;
        }
    }

    @Command(name = "review", mixinStandardHelpOptions = true,
            description = "Record a decision on a hit: true match, false match or unsure, with a note, by whom, against"
                    + " the listed entry as it stands in --list (its content hash and the list version).")
    static final class Review implements Callable<Integer> {
        @Mixin
        WorkspaceOptions workspaceOptions;

        @Option(names = "--query-id", required = true, description = "The watched party's id.")
        String queryId;

        @Option(names = "--query-name", description = "The watched party's name.")
        String queryName;

        @Option(names = "--list", paramLabel = "PATH", description = "The list file holding the hit (default: the"
                + " workspace's active version of --list-id).")
        Path list;

        @Option(names = "--list-id", paramLabel = "ID", description = "The workspace list holding the hit, e.g. us-ofac-sdn.")
        String listId;

        @Option(names = "--id", required = true, description = "The listed party's id.")
        String id;

        @Option(names = "--decision", required = true, description = "true, false or unsure.")
        String decision;

        @Option(names = "--note", defaultValue = "", description = "Why.")
        String note;

        @Option(names = "--by", required = true, description = "Who decides.")
        String by;

        @Option(names = "--reviews", paramLabel = "FILE", description = "Review trail (default: the workspace's reviews.jsonl).")
        Path reviews;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            Verdict verdict;
            try {
                verdict = Verdict.parse(decision);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            if ((list == null) == (listId == null)) {
                throw new ParameterException(spec.commandLine(), "give either --list PATH or --list-id ID");
            }
            List<ListSnapshot> lists;
            if (list != null) {
                lists = ListInputs.read(List.of(list), err);
            } else {
                try (EvidenceStore store = workspaceOptions.workspace().openStore()) {
                    lists = new ListStore(store).activeSnapshot(listId).map(List::of).orElse(List.of());
                }
            }
            if (lists == null) {
                return ExitCodes.FAILED;
            }
            for (ListSnapshot snapshot : lists) {
                ListEntity e = snapshot.entity(id);
                if (e != null) {
                    Decision d = WatchFolder.decision(queryId, queryName, e, snapshot.sha256(), verdict, note, by);
                    ReviewTrail.open(reviewsFile(workspaceOptions, reviews)).record(d);
                    spec.commandLine().getOut().println("recorded: " + queryId + " ~ " + d.list() + " " + id
                            + " (" + e.name() + "): " + verdict.name().toLowerCase(java.util.Locale.ROOT));
                    return ExitCodes.OK;
                }
            }
            err.println("sitrep: no party " + id + " in " + (list != null ? list : "the workspace's list " + listId));
            return ExitCodes.FAILED;
        }

    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Print the review trail as CSV or JSON.")
    static final class Export implements Callable<Integer> {
        @Mixin
        WorkspaceOptions workspaceOptions;

        @Option(names = "--format", defaultValue = "csv", description = "csv (default) or json.")
        String format;

        @Option(names = "--reviews", paramLabel = "FILE", description = "Review trail (default: the workspace's reviews.jsonl).")
        Path reviews;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            ReviewTrail trail = ReviewTrail.open(reviewsFile(workspaceOptions, reviews));
            PrintWriter out = spec.commandLine().getOut();
            if (format.equalsIgnoreCase("json")) {
                trail.exportJson(out);
            } else if (format.equalsIgnoreCase("csv")) {
                trail.exportCsv(out);
            } else {
                throw new ParameterException(spec.commandLine(), "--format is csv or json");
            }
            out.flush();
            return ExitCodes.OK;
        }
    }
}
