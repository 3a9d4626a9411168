package org.sitrep.resolve;

import org.sitrep.extract.Entity;
import org.sitrep.extract.EntityLinker;
import org.sitrep.screen.Match;
import org.sitrep.screen.Query;
import org.sitrep.screen.Screener;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links extracted persons, companies and organisations to the listed parties the screening engine matches, by any of
 * the names the document gives them. Only parties of the same kind count: a person is never linked to a listed
 * company. Links need a score of at least {@code minScore}, usually above the screening decision threshold: names in
 * running text are often partial or descriptive ("his Russian allies"), and a screening hit on them is weak evidence.
 */
public final class ScreeningLinker implements EntityLinker {

    private final Screener screener;
    private final double minScore;
    private final int limit;

    /**
     * @param minScore the least score a link needs
     * @param limit    at most this many links per entity, best first
     */
    public ScreeningLinker(Screener screener, double minScore, int limit) {
        this.screener = screener;
        this.minScore = minScore;
        this.limit = limit;
    }

    @Override
    public List<Entity.ListLink> links(Entity entity) {
        String schema = switch (entity.type()) {
            case PERSON -> "Person";
            case COMPANY -> "Company";
            case ORGANIZATION, ARMED_GROUP, GOVERNMENT_BODY -> "Organization";
            default -> null;
        };
        if (schema == null) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        names.add(entity.name());
        names.addAll(entity.aliases());
        Map<String, Entity.ListLink> best = new LinkedHashMap<>();
        for (String name : names) {
            if (NameKeys.isDescription(name)) {
                continue;
            }
            for (Match m : screener.screen(new Query(null, name, schema, null, null, List.of()))) {
                // minScore is on the engine's name agreement (links were tuned before scores were calibrated)
                if (m.nameScore() < minScore || m.schema() == null || !NameKeys.kind(m.schema()).equals(NameKeys.kind(schema))) {
                    continue;
                }
                best.merge(m.list() + "\u0000" + m.id(), new Entity.ListLink(m.list(), m.id(), m.nameScore()),
                        (a, b) -> a.score() >= b.score() ? a : b);
            }
        }
        List<Entity.ListLink> links = new ArrayList<>(best.values());
        links.sort(Comparator.comparingDouble(Entity.ListLink::score).reversed());
        return links.size() > limit ? List.copyOf(links.subList(0, limit)) : links;
    }
}
