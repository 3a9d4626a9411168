package org.sitrep.cli;

import org.sitrep.graph.LinkGraph;
import org.sitrep.graph.Party;
import org.sitrep.graph.Path;
import org.sitrep.model.Link;
import org.sitrep.model.Provenance;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Shared by the network commands: finding a party by name or id, and printing links with their evidence. */
final class NetworkOutput {

    private NetworkOutput() {
    }

    /** The party a user means: an entity id, or a name that names exactly one party. */
    static Party resolve(LinkGraph graph, String nameOrId) {
        var byId = graph.party(nameOrId);
        if (byId.isPresent()) {
            return byId.get();
        }
        List<Party> found = graph.find(nameOrId);
        if (found.isEmpty()) {
            throw new IllegalArgumentException("no party named '" + nameOrId + "' (try sitrep search, or an entity id)");
        }
        if (found.size() > 1) {
            StringBuilder s = new StringBuilder("'" + nameOrId + "' names " + found.size() + " parties; use an id:");
            found.forEach(p -> s.append("\n  ").append(p.id()).append("  ").append(p.caption()).append(" (")
                    .append(p.schema()).append(')'));
            throw new IllegalArgumentException(s.toString());
        }
        return found.getFirst();
    }

    /**
     * Like {@link #resolve}, for questions that only read: a name shared by several parties (the same firm listed
     * twice, as "GROUP" and "LLC") means the best-connected of them, when one has more links than every other. The
     * choice is said on {@code err}, with the ids of the rest.
     */
    static Party resolveForReading(LinkGraph graph, String nameOrId, PrintWriter err) {
        if (graph.party(nameOrId).isPresent()) {
            return graph.party(nameOrId).get();
        }
        List<Party> found = graph.find(nameOrId);
        if (found.size() < 2) {
            return resolve(graph, nameOrId);
        }
        Map<Party, Integer> links = new LinkedHashMap<>();
        found.forEach(p -> links.put(p, graph.neighbours(p.id()).size()));
        List<Party> ranked = found.stream().sorted((a, b) -> Integer.compare(links.get(b), links.get(a))).toList();
        if (links.get(ranked.get(0)).equals(links.get(ranked.get(1)))) {
            return resolve(graph, nameOrId); // a tie: the user must choose
        }
        Party chosen = ranked.getFirst();
        StringBuilder s = new StringBuilder("sitrep: '" + nameOrId + "' names " + found.size() + " parties; using "
                + chosen.id() + " " + chosen.caption() + " (" + links.get(chosen) + " links); the others:");
        ranked.stream().skip(1).forEach(p -> s.append("\n  ").append(p.id()).append("  ").append(p.caption())
                .append(" (").append(links.get(p)).append(" links)"));
        err.println(s);
        err.flush();
        return chosen;
    }

    static Map<String, Object> link(Link l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", l.id());
        m.put("type", l.type());
        m.put("subject", l.subjectId());
        m.put("object", l.objectId());
        m.put("modality", l.modality());
        if (l.claimId() != null) {
            m.put("claim", l.claimId());
        }
        m.put("evidence", evidence(l.evidence()));
        return m;
    }

    static Map<String, Object> evidence(Provenance p) {
        Map<String, Object> m = new LinkedHashMap<>();
        switch (p) {
            case Provenance.FromText t -> {
                m.put("document", t.documentId());
                m.put("start", t.span().start());
                m.put("end", t.span().end());
                m.put("text", t.span().text());
            }
            case Provenance.FromList l -> {
                m.put("list", l.listId());
                m.put("record", l.recordId());
            }
            case Provenance.FromUser u -> m.put("user", u.user());
        }
        return m;
    }

    static Map<String, Object> path(Path path) {
        return Map.of("parties", path.parties(), "links", path.links().stream().map(NetworkOutput::link).toList());
    }

    static String describe(Provenance p) {
        return switch (p) {
            case Provenance.FromText t -> "\"" + t.span().text() + "\" (document " + t.documentId().substring(0, 12)
                    + " @" + t.span().start() + "-" + t.span().end() + ")";
            case Provenance.FromList l -> "list " + l.listId() + " record " + l.recordId();
            case Provenance.FromUser u -> "decided by " + u.user();
        };
    }

    /** Each step of the path with every link that joins its two parties, so all the evidence for a step shows. */
    static void printPath(PrintWriter out, LinkGraph graph, Path path) {
        for (int i = 0; i < path.links().size(); i++) {
            String from = path.parties().get(i);
            String to = path.parties().get(i + 1);
            out.printf("  %s -- %s%n", caption(graph, from), caption(graph, to));
            for (Link l : graph.linksBetween(from, to)) {
                String arrow = l.subjectId().equals(from) ? "--" + l.type() + "-->" : "<--" + l.type() + "--";
                out.printf("      %s %s [%s]%n", arrow, describe(l.evidence()), l.modality());
            }
        }
    }

    /** A path as JSON, each step also listing every link between its two parties ({@code steps}). */
    static Map<String, Object> path(LinkGraph graph, Path path) {
        Map<String, Object> m = new LinkedHashMap<>(path(path));
        List<Map<String, Object>> steps = new java.util.ArrayList<>();
        for (int i = 0; i < path.links().size(); i++) {
            String from = path.parties().get(i);
            String to = path.parties().get(i + 1);
            steps.add(Map.of("from", from, "to", to,
                    "links", graph.linksBetween(from, to).stream().map(NetworkOutput::link).toList()));
        }
        m.put("steps", steps);
        return m;
    }

    static String caption(LinkGraph graph, String id) {
        return graph.party(id).map(p -> p.caption() + (p.designated() ? " [designated]" : "")).orElse(id);
    }
}
