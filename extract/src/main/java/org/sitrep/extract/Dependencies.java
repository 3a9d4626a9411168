package org.sitrep.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small questions asked of a dependency parse. Token indexes are 0-based within the sentence. */
public final class Dependencies {

    private final SemanticGraph graph;

    public Dependencies(SemanticGraph graph) {
        this.graph = graph;
    }

    private Optional<IndexedWord> node(int token) {
        return Optional.ofNullable(graph.getNodeByIndexSafe(token + 1));
    }

    /** Children of {@code token} whose relation (with its subtype, e.g. {@code obl:agent}) starts with one of the prefixes. */
    public List<Integer> children(int token, String... relationPrefixes) {
        List<Integer> result = new ArrayList<>();
        node(token).ifPresent(n -> {
            for (SemanticGraphEdge e : graph.outgoingEdgeIterable(n)) {
                String rel = e.getRelation().toString();
                for (String p : relationPrefixes) {
                    if (rel.equals(p) || rel.startsWith(p + ":")) {
                        result.add(e.getDependent().index() - 1);
                        break;
                    }
                }
            }
        });
        return result;
    }

    /** The relation of {@code token} to its head, e.g. {@code nsubj}, or "" for the root. */
    public String relationToHead(int token) {
        return node(token).map(n -> {
            SemanticGraphEdge e = graph.incomingEdgeIterable(n).iterator().hasNext()
                    ? graph.incomingEdgeIterable(n).iterator().next() : null;
            return e == null ? "" : e.getRelation().toString();
        }).orElse("");
    }

    /** The head of {@code token}, or -1 for the root. */
    public int head(int token) {
        return node(token).map(n -> {
            IndexedWord parent = graph.getParent(n);
            return parent == null ? -1 : parent.index() - 1;
        }).orElse(-1);
    }

    /** The lowercased word of the case marker ("by", "on", "against") attached to {@code token}, or "". */
    public String caseMarker(int token) {
        for (int c : children(token, "case")) {
            return graph.getNodeByIndex(c + 1).word().toLowerCase(java.util.Locale.ROOT);
        }
        return "";
    }

    /** The first and one-past-last token of {@code token}'s subtree. */
    public int[] subtreeRange(int token) {
        int[] range = {token, token + 1};
        node(token).ifPresent(n -> {
            for (IndexedWord d : graph.descendants(n)) {
                range[0] = Math.min(range[0], d.index() - 1);
                range[1] = Math.max(range[1], d.index());
            }
        });
        return range;
    }

    /** {@code token} and the tokens joined to it by {@code conj}, e.g. both actors of "X and Y attacked". */
    public List<Integer> withConjuncts(int token) {
        List<Integer> all = new ArrayList<>();
        all.add(token);
        all.addAll(children(token, "conj"));
        return all;
    }
}
