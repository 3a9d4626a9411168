package org.sitrep.cli;

import org.sitrep.analysis.Evidence;
import org.sitrep.analysis.ceasefire.AgreementParty;
import org.sitrep.analysis.ceasefire.CeasefireMonitor;
import org.sitrep.analysis.ceasefire.CeasefireReport;
import org.sitrep.analysis.ceasefire.DailyTally;
import org.sitrep.analysis.ceasefire.Side;
import org.sitrep.analysis.ceasefire.ViolationReport;
import org.sitrep.store.EvidenceStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code sitrep monitor ceasefire}: violations per day by reporting side, with sources; who is in and out. */
@Command(name = "ceasefire", mixinStandardHelpOptions = true,
        description = {"Reported ceasefire violations per day, by reporting party and accused party, each with its"
                + " sources (document and quote); and which parties the agreement covers and which it excludes."})
final class MonitorCeasefireCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day (inclusive).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day (inclusive).")
    LocalDate to;

    @Option(names = "--json", description = "One JSON object with days, totals, uncounted reports and agreement parties.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (from != null && to != null && to.isBefore(from)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--to " + to + " is before --from " + from);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (EvidenceStore store = workspaceOptions.workspace().openStore()) {
            CeasefireReport report = new CeasefireMonitor(store).report(from, to);
            if (json) {
                out.println(Json.line(toJson(report)));
            } else {
                print(out, report);
            }
        }
        return ExitCodes.OK;
    }

    private static void print(PrintWriter out, CeasefireReport report) {
        if (report.daily().isEmpty()) {
            out.println("No dated violation counts found" + (report.from() == null && report.to() == null ? "."
                    : " between " + (report.from() == null ? "the start" : report.from()) + " and "
                    + (report.to() == null ? "now" : report.to()) + "."));
        } else {
            out.println("Reported violations per day:");
            out.printf("  %-10s  %-40s  %5s  %s%n", "date", "reported by", "count", "accused");
            for (DailyTally t : report.daily()) {
                out.printf("  %-10s  %-40s  %5d  %s%s%n", t.date(), cut(t.reporter().name(), 40), t.count(),
                        names(t.accused()), t.otherCounts().isEmpty() ? "" : "  (other sources: " + t.otherCounts() + ")");
                for (ViolationReport r : t.reports()) {
                    out.printf("      %s%n", source(r.evidence()));
                }
            }
        }
        if (!report.totals().isEmpty()) {
            out.println("Running totals:");
            for (ViolationReport r : report.totals()) {
                out.printf("  %-40s  %5d  %s%n      %s%n", cut(r.reporter().name(), 40), r.count(), names(r.accused()),
                        source(r.evidence()));
            }
        }
        if (!report.uncounted().isEmpty()) {
            out.println("Reports without a day's count:");
            for (ViolationReport r : report.uncounted()) {
                out.printf("  %-10s  %-40s  %s%n      %s%n", r.date() == null ? "undated" : r.date(),
                        cut(r.reporter().name(), 40), names(r.accused()), source(r.evidence()));
            }
        }
        for (AgreementParty.Role role : AgreementParty.Role.values()) {
            List<AgreementParty> parties = report.parties(role);
            if (parties.isEmpty()) {
                continue;
            }
            out.println(switch (role) {
                case SPONSOR -> "Agreement sponsored by:";
                case PARTY -> "Agreement accepted by:";
                case EXCLUDED -> "Agreement excludes:";
            });
            for (AgreementParty p : parties) {
                out.printf("  %s%n      %s%n", p.party().name(), source(p.evidence().getFirst())
                        + (p.evidence().size() > 1 ? "  (+" + (p.evidence().size() - 1) + " more)" : ""));
            }
        }
    }

    private static String names(List<Side> sides) {
        return sides.isEmpty() ? "-" : sides.stream().map(Side::name).collect(Collectors.joining("; "));
    }

    private static String source(Evidence e) {
        String who = e.publisher() != null ? e.publisher() : e.title() != null ? e.title() : e.documentId().substring(0, 12);
        return "\"" + cut(e.quote().replaceAll("\\s+", " "), 160) + "\" (" + who
                + (e.documentDate() == null ? "" : ", " + e.documentDate()) + ", document " + e.documentId().substring(0, 12)
                + " @" + e.start() + "-" + e.end() + ")";
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    static Map<String, Object> toJson(CeasefireReport report) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", report.from() == null ? null : report.from().toString());
        m.put("to", report.to() == null ? null : report.to().toString());
        m.put("daily", report.daily().stream().map(t -> {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("date", t.date().toString());
            d.put("reporter", side(t.reporter()));
            d.put("accused", t.accused().stream().map(MonitorCeasefireCommand::side).toList());
            d.put("count", t.count());
            d.put("otherCounts", t.otherCounts());
            d.put("sources", t.reports().stream().map(MonitorCeasefireCommand::report).toList());
            return d;
        }).toList());
        m.put("totals", report.totals().stream().map(MonitorCeasefireCommand::report).toList());
        m.put("uncounted", report.uncounted().stream().map(MonitorCeasefireCommand::report).toList());
        Map<String, Object> agreement = new LinkedHashMap<>();
        for (AgreementParty.Role role : AgreementParty.Role.values()) {
            agreement.put(role.label(), report.parties(role).stream().map(p -> {
                Map<String, Object> a = new LinkedHashMap<>(side(p.party()));
                a.put("evidence", p.evidence().stream().map(MonitorCeasefireCommand::evidence).toList());
                return a;
            }).toList());
        }
        m.put("agreement", agreement);
        return m;
    }

    static Map<String, Object> side(Side s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.entityId());
        m.put("name", s.name());
        return m;
    }

    static Map<String, Object> report(ViolationReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("event", r.eventId());
        m.put("date", r.date() == null ? null : r.date().toString());
        m.put("precision", r.precision());
        m.put("reporter", side(r.reporter()));
        m.put("accused", r.accused().stream().map(MonitorCeasefireCommand::side).toList());
        m.put("count", r.count());
        m.put("total", r.total());
        m.put("claim", r.claimId());
        m.put("modality", r.modality());
        m.put("evidence", evidence(r.evidence()));
        return m;
    }

    static Map<String, Object> evidence(Evidence e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("document", e.documentId());
        m.put("title", e.title());
        m.put("publisher", e.publisher());
        m.put("documentDate", e.documentDate() == null ? null : e.documentDate().toString());
        m.put("start", e.start());
        m.put("end", e.end());
        m.put("quote", e.quote());
        return m;
    }
}
