package org.sitrep.analysis.incidents;

import org.sitrep.analysis.events.Event;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One happening reported by several documents, with every source's version side by side.
 *
 * @param id       stable id: the id of its earliest-reported event
 * @param type     the ACLED event type most versions give
 * @param place    the most specific place the versions name, or null
 * @param first    earliest date any version gives, or null
 * @param last     latest date any version gives, or null
 * @param versions every version, in the order the documents were published
 */
public record Incident(String id, String type, String place, LocalDate first, LocalDate last, List<Version> versions) {

    /** The events the versions rest on. */
    public List<Event> events() {
        return versions.stream().map(Version::event).toList();
    }

    /** The documents that report it. */
    public Set<String> documents() {
        return versions.stream().map(v -> v.evidence().documentId()).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * Distinct sources reporting it: publishers; articles of a compilation naming none count as the compilation;
     * other documents without a known publisher count one each.
     */
    public Set<String> sources() {
        return versions.stream().map(v -> v.evidence().sourceKey()).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Distinct death figures the versions give. */
    public Set<Integer> figures() {
        return versions.stream().map(v -> v.fatalities().figure()).filter(java.util.Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
