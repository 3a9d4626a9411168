package org.sitrep.cli;

import org.sitrep.analysis.events.Event;
import org.sitrep.analysis.events.EventFilter;
import org.sitrep.analysis.events.Events;
import org.sitrep.store.EvidenceStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code sitrep events}: a timeline of events by party, place, period and type, each with its evidence. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Timeline of events (ACLED types) by party, place, period and type, each with its evidence.")
final class EventsCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Option(names = "--actor", paramLabel = "NAME", description = "Events a party took part in (any name or alias, or an entity id).")
    String actor;

    @Option(names = "--place", paramLabel = "NAME", description = "Events at a place or inside it: a country, a province"
            + " (e.g. 'Idlib province', or its capital's name), or near a town (see --radius); resolved through the"
            + " knowledge base and the GeoNames gazetteer.")
    String place;

    @Option(names = "--radius", paramLabel = "KM", description = "With --place naming a town: how far from it, in km"
            + " (default: ${DEFAULT-VALUE}).", defaultValue = "15")
    double radius;

    @Option(names = "--from", paramLabel = "DATE", description = "First day, YYYY-MM-DD.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day, YYYY-MM-DD.")
    LocalDate to;

    @Option(names = "--type", paramLabel = "TYPE", description = "ACLED event or sub-event type, e.g. Battles or 'Air/drone strike'.")
    String type;

    @Option(names = "--json", description = "One JSON object per event.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (EvidenceStore store = workspaceOptions.workspace().openStore()) {
            EventFilter filter = new EventFilter(actor, place, from, to, type, radius);
            Events timeline = new Events(store);
            List<Event> events = timeline.list(filter);
            if (json) {
                events.forEach(e -> out.println(Json.line(EventsOutput.event(e))));
                return ExitCodes.OK;
            }
            if (place != null) {
                timeline.area(filter).ifPresent(a -> out.printf("Place: %s%n", a.describe()));
            }
            if (events.isEmpty()) {
                out.println("No events match.");
                return ExitCodes.OK;
            }
            for (Event e : events) {
                out.printf("%-10s  %s%s%n", e.date() == null ? "undated" : e.date(), e.label(),
                        e.place() == null ? "" : " — " + e.place());
                String who = String.join(", ", e.actors());
                String whom = String.join(", ", e.targets());
                if (!who.isEmpty() || !whom.isEmpty()) {
                    out.printf("            %s%s%n", who.isEmpty() ? "?" : who, whom.isEmpty() ? "" : " -> " + whom);
                }
                out.printf("            killed: %s   [%s]%s%n", e.fatalities().describe(), e.modality(),
                        e.accordingTo() == null ? "" : "  according to " + EventsOutput.clip(e.accordingTo(), 60));
                out.printf("            \"%s\"%n            %s, %s%n", EventsOutput.clip(e.evidence().quote(), 160),
                        EventsOutput.source(e.evidence()), EventsOutput.where(e.evidence()));
            }
            out.printf("%d event(s)%n", events.size());
        }
        return ExitCodes.OK;
    }
}
