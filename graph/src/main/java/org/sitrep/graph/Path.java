package org.sitrep.graph;

import java.util.List;

/**
 * A chain of links from one party to another: {@code parties.get(i)} and {@code parties.get(i + 1)} are joined by
 * {@code edges.get(i)} (in either direction).
 */
public record Path(List<String> parties, List<Edge> edges) {

    public Path {
        parties = List.copyOf(parties);
        edges = List.copyOf(edges);
        if (edges.size() != parties.size() - 1) {
            throw new IllegalArgumentException("a path of " + parties.size() + " parties needs " + (parties.size() - 1)
                    + " edges, not " + edges.size());
        }
    }

    public int hops() {
        return edges.size();
    }
}
