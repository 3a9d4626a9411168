package org.sitrep.cli;

import org.sitrep.analysis.Party;
import org.sitrep.analysis.supply.ChainHop;
import org.sitrep.analysis.supply.ChainParty;
import org.sitrep.analysis.supply.DatedPlace;
import org.sitrep.analysis.supply.SupplyChain;
import org.sitrep.analysis.supply.SupplyChains;
import org.sitrep.store.EvidenceStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code sitrep supply [ITEM|PARTY]}: supply chains from manufacturer to armed group, with evidence per step. */
@Command(name = "supply", mixinStandardHelpOptions = true,
        description = {"Show supply chains (manufacturer -> distributor -> ... -> armed group) with the evidence for every"
                + " step and the time from lawful supply to recovery where the text dates both."})
final class SupplyCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Parameters(arity = "0..1", paramLabel = "ITEM|PARTY",
            description = "Only chains of this item (words of it) or through this party (any of its names).")
    String query;

    @Option(names = "--json", description = "One JSON object per chain.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (EvidenceStore store = workspaceOptions.workspace().openStore()) {
            SupplyChains chains = new SupplyChains(store);
            List<SupplyChain> found = query == null || query.isBlank() ? chains.all() : chains.find(query);
            if (json) {
                found.forEach(c -> out.println(Json.line(toJson(c))));
            } else if (found.isEmpty()) {
                out.println(query == null ? "No supply chains found." : "No supply chain of or through '" + query + "'.");
            } else {
                for (int i = 0; i < found.size(); i++) {
                    print(out, i + 1, found.get(i));
                }
            }
        }
        return ExitCodes.OK;
    }

    private static void print(PrintWriter out, int n, SupplyChain chain) {
        out.printf("Chain %d: %s%n", n, chain.item() == null ? "(item not named)" : chain.item());
        StringBuilder line = new StringBuilder("  ");
        for (int i = 0; i < chain.parties().size(); i++) {
            ChainParty p = chain.parties().get(i);
            line.append(i == 0 ? "" : " -> ").append(p.party().name()).append(" [").append(p.role())
                    .append(p.place() == null ? "" : ", " + p.place())
                    .append(p.owners().isEmpty() ? "" : ", owned by " + String.join(" & ",
                            p.owners().stream().map(Party::name).toList())).append(']');
        }
        out.println(line);
        out.printf("  supplied: %s   recovered: %s%s%n", when(chain.supplied()), when(chain.recovered()), timing(chain));
        for (ChainHop hop : chain.hops()) {
            out.printf("    %s --%s%s--> %s%n      \"%s\" (document %s @%d-%d)%n", hop.from().name(), hop.relation(),
                    hop.inferred() ? " (inferred from the document)" : "", hop.to().name(),
                    hop.evidence().quote().replaceAll("\\s+", " "), hop.evidence().documentId().substring(0, 12),
                    hop.evidence().start(), hop.evidence().end());
        }
        if (chain.evidence().size() > 1) {
            out.printf("  also told in %d other sentence(s)%n", chain.evidence().size() - 1);
        }
    }

    private static String when(DatedPlace d) {
        String date = d.date() == null ? "undated" : d.precision().equals("month")
                ? d.date().toString().substring(0, 7) : d.date().toString();
        return date + (d.place() == null ? "" : " in " + d.place());
    }

    private static String timing(SupplyChain chain) {
        if (chain.daysToRecovery() != null) {
            return "   (" + chain.daysToRecovery() + " days" + (Boolean.TRUE.equals(chain.withinMonth()) ? ", within a month)" : ")");
        }
        if (chain.monthsToRecovery() != null) {
            return "   (about " + chain.monthsToRecovery() + " months)";
        }
        return "";
    }

    static Map<String, Object> toJson(SupplyChain chain) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("item", chain.item());
        m.put("parties", chain.parties().stream().map(p -> {
            Map<String, Object> e = party(p.party());
            e.put("role", p.role());
            e.put("place", p.place());
            e.put("owners", p.owners().stream().map(SupplyCommand::party).toList());
            return e;
        }).toList());
        m.put("hops", chain.hops().stream().map(h -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("from", h.from().id());
            e.put("to", h.to().id());
            e.put("relation", h.relation());
            e.put("inferred", h.inferred());
            e.put("evidence", MonitorCeasefireCommand.evidence(h.evidence()));
            return e;
        }).toList());
        m.put("supplied", dated(chain.supplied()));
        m.put("recovered", dated(chain.recovered()));
        m.put("daysToRecovery", chain.daysToRecovery());
        m.put("monthsToRecovery", chain.monthsToRecovery());
        m.put("withinMonth", chain.withinMonth());
        m.put("evidence", chain.evidence().stream().map(MonitorCeasefireCommand::evidence).toList());
        return m;
    }

    private static Map<String, Object> party(Party p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("name", p.name());
        m.put("schema", p.schema());
        return m;
    }

    private static Map<String, Object> dated(DatedPlace d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", d.date() == null ? null : d.date().toString());
        m.put("precision", d.precision());
        m.put("place", d.place());
        return m;
    }
}
