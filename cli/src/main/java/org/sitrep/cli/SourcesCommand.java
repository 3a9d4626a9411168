package org.sitrep.cli;

import org.sitrep.analysis.claims.Reliability;
import org.sitrep.analysis.claims.SourceGrades;
import org.sitrep.analysis.claims.SourceProfile;
import org.sitrep.store.EvidenceStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code sitrep sources}: publishers and their Admiralty reliability grades (A-F), which users set. */
@Command(name = "sources", mixinStandardHelpOptions = true,
        description = "Publishers and their reliability on the Admiralty scale (A-F); grades are user decisions kept across re-ingestion.",
        subcommands = {SourcesCommand.ListSources.class, SourcesCommand.Grade.class})
final class SourcesCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Option(names = "--json", description = "One JSON object per publisher.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return list(workspaceOptions, json, spec.commandLine().getOut());
    }

    static int list(WorkspaceOptions options, boolean json, PrintWriter out) {
        try (EvidenceStore store = options.workspace().openStore()) {
            var sources = new SourceGrades(store).list();
            for (SourceProfile p : sources) {
                if (json) {
                    out.println(Json.line(profile(p)));
                } else {
                    out.printf("%-32s %s  %-30s %3d document(s)%s%n", p.publisher(), p.reliability().name(),
                            p.reliability().meaning(), p.documents(),
                            p.gradedBy() == null ? "" : "  graded by " + p.gradedBy() + " " + p.gradedAt());
                }
            }
            if (!json && sources.isEmpty()) {
                out.println("No publishers known: no stored document names one in a byline or dateline.");
            }
        }
        return ExitCodes.OK;
    }

    static Map<String, Object> profile(SourceProfile p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("publisher", p.publisher());
        m.put("documents", p.documents());
        m.put("reliability", p.reliability().name());
        m.put("meaning", p.reliability().meaning());
        m.put("gradedBy", p.gradedBy());
        m.put("gradedAt", p.gradedAt() == null ? null : p.gradedAt().toString());
        return m;
    }

    /** {@code sitrep sources list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List publishers with their grades.")
    static final class ListSources implements Callable<Integer> {
        @Mixin
        WorkspaceOptions workspaceOptions;

        @Option(names = "--json", description = "One JSON object per publisher.")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return list(workspaceOptions, json, spec.commandLine().getOut());
        }
    }

    /** {@code sitrep sources grade PUBLISHER A-F}. */
    @Command(name = "grade", mixinStandardHelpOptions = true,
            description = "Grade a publisher's reliability: A completely reliable ... E unreliable, F cannot be judged.")
    static final class Grade implements Callable<Integer> {
        @Mixin
        WorkspaceOptions workspaceOptions;

        @Parameters(index = "0", paramLabel = "PUBLISHER", description = "Publisher name as `sitrep sources list` shows it.")
        String publisher;

        @Parameters(index = "1", paramLabel = "GRADE", description = "A, B, C, D, E or F.")
        String grade;

        @Option(names = "--user", paramLabel = "NAME", description = "Who decides (default: the login name).")
        String user = System.getProperty("user.name", "unknown");

        @Option(names = "--json", description = "Print the publisher's profile as JSON.")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Reliability r;
            try {
                r = Reliability.parse(grade);
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("sitrep: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            try (EvidenceStore store = workspaceOptions.workspace().openStore()) {
                SourceProfile p = new SourceGrades(store).grade(publisher, r, user);
                if (json) {
                    out.println(Json.line(profile(p)));
                } else {
                    out.printf("%s graded %s (%s) by %s%n", p.publisher(), p.reliability().name(),
                            p.reliability().meaning(), p.gradedBy());
                }
            }
            return ExitCodes.OK;
        }
    }
}
