package org.sitrep.cli;

import org.sitrep.graph.LinkGraph;
import org.sitrep.resolve.EntityDecisions;
import org.sitrep.resolve.EntityView;
import org.sitrep.resolve.KnowledgeBase;
import org.sitrep.resolve.Resolution;
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
            List<Resolution> resolutions = new KnowledgeBase(store).resolutions(view.id());
            if (json) {
                Map<String, Object> m = toJson(view);
                m.put("resolutions", resolutions.stream().map(EntityShowCommand::toJson).toList());
                out.println(Json.line(m));
            } else {
                print(out, view);
                printResolutions(out, resolutions);
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

    /**
     * Why names became this entity, one line per way it happened: the same name read in several documents is one
     * line with a count, so a dossier read in a terminal stays short.
     */
    private static void printResolutions(PrintWriter out, List<Resolution> resolutions) {
        if (resolutions.isEmpty()) {
            return;
        }
        out.println("  resolved here:");
        for (Resolution.Group group : Resolution.grouped(resolutions)) {
            Resolution r = group.latest();
            out.printf("    %-20s %s -> %s  %.2f%s%n", r.method(), r.name(), r.matchedName(), r.score(),
                    group.documents() > 0 ? "  (" + group.documents() + " document(s))" : "  (" + r.mergedId() + ")");
            out.printf("        %s%n", r.detail());
        }
    }

    private static Map<String, Object> toJson(Resolution r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("merged_id", r.mergedId());
        if (r.documentId() != null) {
            m.put("document", r.documentId());
        }
        m.put("name", r.name());
        m.put("matched_name", r.matchedName());
        m.put("method", r.method());
        m.put("score", r.score());
        m.put("detail", r.detail());
        m.put("recorded_at", r.recordedAt().toString());
        return m;
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
