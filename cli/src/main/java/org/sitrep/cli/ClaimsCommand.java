package org.sitrep.cli;

import org.sitrep.analysis.claims.Assessment;
import org.sitrep.analysis.claims.ClaimsAnalysis;
import org.sitrep.analysis.claims.Position;
import org.sitrep.analysis.claims.Status;
import org.sitrep.store.EvidenceStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code sitrep claims}: who asserts, denies, confirms or disputes each incident, relation and reported death, and
 * what every other claim says about the entity it concerns.
 */
@Command(name = "claims", mixinStandardHelpOptions = true,
        description = "Claims analysis: for each incident, relation and reported death, which sources assert, deny,"
                + " confirm or dispute it, and every other claim grouped by the entity it is about (accusations and"
                + " denials side by side); corroborated, disputed, superseded or single source; Admiralty ratings.")
final class ClaimsCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Option(names = "--kind", paramLabel = "KIND", description = "Only this kind: ${COMPLETION-CANDIDATES}.")
    Assessment.Kind kind;

    @Option(names = "--about", paramLabel = "NAME", description = "Only what concerns this entity (any name or alias,"
            + " or an entity id): its death, relations, incidents, and what claims say of it.")
    String about;

    @Option(names = "--status", paramLabel = "STATUS", description = "Only this status: ${COMPLETION-CANDIDATES}.")
    Status status;

    @Option(names = "--json", description = "One JSON object per assessment.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (EvidenceStore store = workspaceOptions.workspace().openStore()) {
            List<Assessment> assessed = new ClaimsAnalysis(store).assess();
            if (about != null) {
                java.util.Set<String> ids = new org.sitrep.analysis.Names(store).resolve(about);
                if (ids.isEmpty()) {
                    spec.commandLine().getErr().println("sitrep claims: no entity named '" + about + "'");
                    return ExitCodes.USAGE;
                }
                assessed = ClaimsAnalysis.concerning(assessed, ids);
            }
            List<Assessment> all = assessed.stream()
                    .filter(a -> kind == null || a.kind() == kind)
                    .filter(a -> status == null || a.status() == status).toList();
            if (json) {
                all.forEach(a -> out.println(Json.line(EventsOutput.assessment(a))));
                return ExitCodes.OK;
            }
            for (Assessment a : all) {
                out.printf("[%s] %s: %s%n", a.status().label().toUpperCase(java.util.Locale.ROOT), a.kind().label(),
                        a.subject());
                for (String reason : a.reasons()) {
                    out.printf("    - %s%n", reason);
                }
                for (Position p : a.positions()) {
                    out.printf("    %s  %-10s %-24s %-11s %s%s%n", p.rating(),
                            p.evidence().documentDate() == null ? "?" : p.evidence().documentDate(),
                            EventsOutput.clip(EventsOutput.source(p.evidence()), 24), p.stance(),
                            EventsOutput.clip(p.source(), 50), p.hedged() ? " (tentative)" : "");
                    out.printf("          \"%s\" (%s)%n", EventsOutput.clip(p.evidence().quote(), 130),
                            EventsOutput.where(p.evidence()));
                }
                out.println();
            }
            out.printf("%d assessment(s)%n", all.size());
        }
        return ExitCodes.OK;
    }
}
