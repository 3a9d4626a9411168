package org.sitrep.graph;

import org.sitrep.model.Link;

import java.util.List;

/**
 * A chain of links from one party to another: {@code parties.get(i)} and {@code parties.get(i + 1)} are joined by
 * {@code links.get(i)} (in either direction).
 */
public record Path(List<String> parties, List<Link> links) {

    public Path {
        parties = List.copyOf(parties);
        links = List.copyOf(links);
        if (links.size() != parties.size() - 1) {
            throw new IllegalArgumentException("a path of " + parties.size() + " parties needs " + (parties.size() - 1)
                    + " links, not " + links.size());
        }
    }

    public int hops() {
        return links.size();
    }
}
