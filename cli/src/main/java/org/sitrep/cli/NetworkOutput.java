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

    static void printPath(PrintWriter out, LinkGraph graph, Path path) {
        for (int i = 0; i < path.links().size(); i++) {
            Link l = path.links().get(i);
            String from = path.parties().get(i);
            String to = path.parties().get(i + 1);
            String arrow = l.subjectId().equals(from) ? " --" + l.type() + "--> " : " <--" + l.type() + "-- ";
            out.printf("  %s%s%s%n      %s [%s]%n", caption(graph, from), arrow, caption(graph, to),
                    describe(l.evidence()), l.modality());
        }
    }

    static String caption(LinkGraph graph, String id) {
        return graph.party(id).map(p -> p.caption() + (p.designated() ? " [designated]" : "")).orElse(id);
    }
}
