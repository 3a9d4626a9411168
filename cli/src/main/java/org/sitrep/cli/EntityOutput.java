package org.sitrep.cli;

import org.sitrep.resolve.EntityDecision;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/** How the entity commands print decisions. */
final class EntityOutput {

    private EntityOutput() {
    }

    static Map<String, Object> decision(EntityDecision d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("kind", d.kind());
        m.put(d.kind().equals(EntityDecision.MERGE) ? "kept" : "from", d.entityId());
        m.put(d.kind().equals(EntityDecision.MERGE) ? "merged" : "new", d.otherId());
        m.put("names", d.names());
        m.put("reason", d.reason());
        m.put("user", d.user());
        m.put("decidedAt", d.decidedAt().toString());
        return m;
    }

    static void print(PrintWriter out, EntityDecision d) {
        if (d.kind().equals(EntityDecision.MERGE)) {
            out.printf("#%d %s %s merged %s into %s%s%n", d.id(), d.decidedAt(), d.user(), d.otherId(), d.entityId(),
                    d.reason().isBlank() ? "" : " — " + d.reason());
        } else {
            out.printf("#%d %s %s split %s off %s as %s%s%n", d.id(), d.decidedAt(), d.user(),
                    String.join(", ", d.names()), d.entityId(), d.otherId(), d.reason().isBlank() ? "" : " — " + d.reason());
        }
    }
}
