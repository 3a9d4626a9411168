package org.sitrep.cli;

import org.sitrep.graph.LinkGraph;
import org.sitrep.resolve.EntityDecisions;
import org.sitrep.resolve.EntityView;
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

/** {@code sitrep entity show NAME}: an entity's names with their evidence, and the decisions that shaped it. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show an entity: each name with where it was read, its links and events, and merges and splits.")
final class EntityShowCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Parameters(paramLabel = "NAME", description = "Entity id (also of an entity merged away) or exact name.")
    String name;

    @Option(names = "--json", description = "One JSON object.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (EvidenceStore store = workspaceOptions.workspace().openStore()) {
            EntityDecisions decisions = new EntityDecisions(store);
            EntityView view = decisions.show(name)
                    .or(() -> decisions.show(NetworkOutput.resolve(new LinkGraph(store), name).id()))
                    .orElseThrow(() -> new IllegalArgumentException("no entity " + name));
            if (json) {
                out.println(Json.line(toJson(view)));
            } else {
                print(out, view);
            }
        }
        return ExitCodes.OK;
    }

    private static void print(PrintWriter out, EntityView v) {
        out.printf("%s  (%s, %s)%n", v.caption(), v.schema(), v.id());
        out.printf("  links: %d   events: %d%n", v.links(), v.events());
        Map<String, List<EntityView.NameEvidence>> byName = new LinkedHashMap<>();
        v.names().forEach(n -> byName.computeIfAbsent(n.value(), k -> new java.util.ArrayList<>()).add(n));
        out.println("  names:");
        byName.forEach((value, list) -> {
            long mentions = list.stream().filter(n -> n.documentId() != null).count();
            long docs = list.stream().filter(n -> n.documentId() != null).map(EntityView.NameEvidence::documentId)
                    .distinct().count();
            StringBuilder where = new StringBuilder();
            list.stream().filter(n -> n.listId() != null).map(n -> n.listId() + " record " + n.recordId()).distinct()
                    .forEach(s -> where.append(where.isEmpty() ? "" : "; ").append(s));
            if (mentions > 0) {
                where.append(where.isEmpty() ? "" : "; ").append(mentions).append(" mention(s) in ").append(docs)
                        .append(" document(s)");
            }
            out.printf("    %-40s %s%n", value, where);
        });
        if (!v.decisions().isEmpty()) {
            out.println("  decisions:");
            v.decisions().forEach(d -> {
                out.print("    ");
                EntityOutput.print(out, d);
            });
        }
    }

    private static Map<String, Object> toJson(EntityView v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", v.id());
        m.put("schema", v.schema());
        m.put("caption", v.caption());
        m.put("links", v.links());
        m.put("events", v.events());
        m.put("names", v.names().stream().map(n -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("property", n.property());
            e.put("value", n.value());
            if (n.documentId() != null) {
                e.put("document", n.documentId());
                e.put("start", n.start());
                e.put("end", n.end());
            }
            if (n.listId() != null) {
                e.put("list", n.listId());
                e.put("record", n.recordId());
            }
            return e;
        }).toList());
        m.put("decisions", v.decisions().stream().map(EntityOutput::decision).toList());
        return m;
    }
}
