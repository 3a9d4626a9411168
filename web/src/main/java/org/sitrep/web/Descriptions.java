package org.sitrep.web;

import org.sitrep.graph.Path;
import org.sitrep.model.Link;
import org.sitrep.resolve.NameKeys;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Parties that are descriptions ("forces", "terrorists", "the man") rather than names. Extraction keeps such a party
 * to its own document and captions it with the description, so its caption is what marks it: written in a cased
 * script without a capital letter (the same test resolution uses to keep descriptions apart across documents). The
 * network leaves them out unless asked: a hundred unrelated "police" crowd out the named parties one is looking for.
 */
final class Descriptions {

    private static final int BATCH = 500;

    private final Set<String> ids;

    private Descriptions(Set<String> ids) {
        this.ids = ids;
    }

    /** Which of {@code parties} are descriptions. */
    static Descriptions among(Connection c, Collection<String> parties) throws SQLException {
        Set<String> found = new HashSet<>();
        List<String> all = List.copyOf(new LinkedHashSet<>(parties));
        for (int i = 0; i < all.size(); i += BATCH) {
            List<String> batch = all.subList(i, Math.min(all.size(), i + BATCH));
            String marks = String.join(",", java.util.Collections.nCopies(batch.size(), "?"));
            try (PreparedStatement ps = c.prepareStatement("SELECT id, caption FROM entity WHERE id IN (" + marks + ")")) {
                Graphs.bind(ps, batch);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (NameKeys.isDescription(rs.getString(2))) {
                            found.add(rs.getString(1));
                        }
                    }
                }
            }
        }
        return new Descriptions(found);
    }

    /** The parties of {@code links}, both ends. */
    static Set<String> partiesOf(Collection<Link> links) {
        Set<String> out = new LinkedHashSet<>();
        for (Link l : links) {
            out.add(l.subjectId());
            out.add(l.objectId());
        }
        return out;
    }

    boolean isDescription(String id) {
        return ids.contains(id);
    }

    /**
     * The links whose two ends are names or among {@code kept} (the parties the reader asked for, which stay even
     * when they are descriptions themselves).
     */
    List<Link> withoutDescriptions(List<Link> links, Set<String> kept) {
        return links.stream().filter(l -> keeps(l.subjectId(), kept) && keeps(l.objectId(), kept)).toList();
    }

    /** Whether {@code path} passes only through names, besides its ends. */
    boolean namesOnly(Path path) {
        List<String> parties = path.parties();
        return parties.subList(Math.min(1, parties.size()), Math.max(1, parties.size() - 1)).stream()
                .noneMatch(ids::contains);
    }

    private boolean keeps(String id, Set<String> kept) {
        return kept.contains(id) || !ids.contains(id);
    }
}
