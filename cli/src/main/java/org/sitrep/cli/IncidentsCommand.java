package org.sitrep.cli;

import org.sitrep.analysis.incidents.Incident;
import org.sitrep.analysis.incidents.Incidents;
import org.sitrep.analysis.incidents.Version;
import org.sitrep.store.EvidenceStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code sitrep incidents}: happenings reported by several documents, every source's version side by side. */
@Command(name = "incidents", mixinStandardHelpOptions = true,
        description = "Incidents reported by several documents, with every source's version (who, when, where, how many killed, per whom) side by side.")
final class IncidentsCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Option(names = "--json", description = "One JSON object per incident.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (EvidenceStore store = workspaceOptions.workspace().openStore()) {
            List<Incident> incidents = new Incidents(store).list();
            if (json) {
                incidents.forEach(i -> out.println(Json.line(EventsOutput.incident(i))));
                return ExitCodes.OK;
            }
            int n = 0;
            for (Incident i : incidents) {
                out.printf("Incident %d: %s%s, %s%s (%d documents, %d sources)%n", ++n, i.type(),
                        i.place() == null ? "" : " at " + i.place(), i.first(),
                        i.first() != null && !i.first().equals(i.last()) ? " to " + i.last() : "",
                        i.documents().size(), i.sources().size());
                out.printf("  %-26s %-28s %-10s %-16s %-28s %-12s %s%n", "source", "per whom", "when", "where",
                        "who", "killed", "how");
                for (Version v : i.versions()) {
                    out.printf("  %-26s %-28s %-10s %-16s %-28s %-12s %s%n",
                            EventsOutput.clip(EventsOutput.source(v.evidence()), 26),
                            EventsOutput.clip(v.accordingTo() == null ? "(own reporting)" : v.accordingTo(), 28),
                            v.date() == null ? "?" : v.date(), EventsOutput.clip(v.place() == null ? "?" : v.place(), 16),
                            EventsOutput.clip(v.actors().isEmpty() ? "?" : String.join(", ", v.actors()), 28),
                            v.fatalities().describe(), v.modality());
                    out.printf("      \"%s\" (%s)%n", EventsOutput.clip(v.evidence().quote(), 140),
                            EventsOutput.where(v.evidence()));
                }
                out.println();
            }
            out.printf("%d incident(s) reported by more than one document%n", incidents.size());
        }
        return ExitCodes.OK;
    }
}
