package org.sitrep.analysis.claims;

import org.sitrep.analysis.incidents.Incident;

import java.util.List;
import java.util.Set;

/**
 * The claims analysis of one question: an incident happened as reported, a relation holds, a person is dead, or
 * what sources say about an entity (every other claim: accusations, denials, statements about it).
 *
 * @param id        stable id: {@code incident:<event id>}, {@code relation:<type>:<subject>:<object>},
 *                  {@code death:<entity id>}, {@code entity:<entity id>}, or {@code claim:<claim id>} for a claim
 *                  about nothing the knowledge base knows
 * @param kind      what sort of question
 * @param subject   the question in words, e.g. "death of BATIRASHVILI, Tarkhan Tayumurazovich"
 * @param status    corroborated, disputed, superseded or single source
 * @param reasons   why, in words ("denied by Moscow (Eurasia Desk, 2016-02-16)", "figures disagree: 8, 23")
 * @param sources   the independent sources (publishers) that take a position
 * @param positions every source's position, in publication order
 * @param incident  the incident, for {@link Kind#INCIDENT}; else null
 */
public record Assessment(String id, Kind kind, String subject, Status status, List<String> reasons, Set<String> sources,
                         List<Position> positions, Incident incident) {

    /** What an assessment is about. */
    public enum Kind {
        INCIDENT, RELATION, DEATH,
        /** Claims about one entity that no incident, relation or death takes up. */
        ENTITY,
        /** One claim about nothing the knowledge base knows. */
        CLAIM;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
