package org.sitrep.cli;

import org.sitrep.lists.ListEntity;
import org.sitrep.lists.ListSnapshot;
import org.sitrep.screen.Query;
import org.sitrep.screen.ScreeningSettings;
import org.sitrep.screen.input.BirthDateReader;
import org.sitrep.screen.input.DateOrder;
import org.sitrep.screen.input.QueryRows;
import org.sitrep.screen.review.Decision;
import org.sitrep.screen.review.ReviewTrail;
import org.sitrep.screen.review.Verdict;
import org.sitrep.screen.watch.EntryHash;
import org.sitrep.screen.watch.Hit;
import org.sitrep.screen.watch.Rescreening;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code sitrep watch}: a watchlist of screened parties re-screened when lists change, and the review trail of
 * analysts' decisions on hits (kept in the workspace folder, {@code reviews.jsonl}).
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Re-screen a watchlist when lists change; record and export review decisions on hits.",
        subcommands = {WatchCommand.Rescreen.class, WatchCommand.Review.class, WatchCommand.Export.class})
final class WatchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static Path reviewsFile(WorkspaceOptions options, Path explicit) {
        return explicit != null ? explicit : options.workspace().folder().resolve("reviews.jsonl");
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

        @Option(names = "--watchlist", required = true, paramLabel = "CSV",
                description = "Parties to watch: the screen command's CSV (full_name or name, date_of_birth, ...).")
        Path watchlist;

        @Option(names = "--before", required = true, paramLabel = "PATH", description = "The lists before; repeatable.")
        List<Path> before;

        @Option(names = "--after", required = true, paramLabel = "PATH", description = "The lists after; repeatable.")
        List<Path> after;

        @Option(names = "--reviews", paramLabel = "FILE", description = "Review trail (default: the workspace's reviews.jsonl).")
        Path reviews;

        @Option(names = "--date-order", defaultValue = "DMY", description = "DMY (default) or MDY for ambiguous dates.")
        DateOrder dateOrder;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            List<Query> watched = watchlist(watchlist, dateOrder, err);
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
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("change", c.kind());
                line.put("query_id", c.hit().queryId());
                line.put("query_name", c.hit().queryName());
                line.put("list", c.hit().list());
                line.put("id", c.hit().entityId());
                line.put("name", c.hit().entityName());
                line.put("before", c.before() == null ? null : hit(c.before()));
                line.put("after", c.after() == null ? null : hit(c.after()));
                line.put("detail", c.detail());
                out.println(Json.line(line));
            }
            err.printf("watch: %d watched; %d new, %d changed, %d removed hits; %d suppressed by false-match decisions;"
                            + " versions %s -> %s%n", report.watched(), report.count("new"), report.count("changed"),
                    report.count("removed"), report.suppressed().size(), report.versionsBefore(), report.versionsAfter());
            return ExitCodes.OK;
        }

        private static Map<String, Object> hit(Hit h) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("score", h.score());
            m.put("match", h.match());
            m.put("entry_hash", h.entityHash());
            m.put("list_version", h.listVersion());
            return m;
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

        @Option(names = "--list", required = true, paramLabel = "PATH", description = "The list holding the hit.")
        Path list;

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
            List<ListSnapshot> lists = ListInputs.read(List.of(list), err);
            if (lists == null) {
                return ExitCodes.FAILED;
            }
            for (ListSnapshot snapshot : lists) {
                ListEntity e = snapshot.entity(id);
                if (e != null) {
                    ReviewTrail.open(reviewsFile(workspaceOptions, reviews)).record(new Decision(queryId, queryName,
                            snapshot.listId(), id, EntryHash.of(e), snapshot.sha256(), verdict, note, by,
                            Instant.now().toString()));
                    spec.commandLine().getOut().println("recorded: " + queryId + " ~ " + snapshot.listId() + " " + id
                            + " (" + e.name() + "): " + verdict.name().toLowerCase(java.util.Locale.ROOT));
                    return ExitCodes.OK;
                }
            }
            err.println("sitrep: no party " + id + " in " + list);
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
