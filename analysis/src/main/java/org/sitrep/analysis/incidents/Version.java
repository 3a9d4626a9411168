package org.sitrep.analysis.incidents;

import org.sitrep.analysis.Evidence;
import org.sitrep.analysis.Fatalities;
import org.sitrep.analysis.events.Event;

import java.time.LocalDate;
import java.util.List;

/**
 * One source's account of an incident: who did it to whom, when, where, how many died, and on whose word.
 *
 * @param publisher   who published the report (null when unknown)
 * @param accordingTo whom the report attributes the account to (a claim's source), or null when it asserts it itself
 * @param actors      who it says acted
 * @param targets     who it says was targeted
 * @param date        when it says it happened, or null
 * @param place       where it says it happened, or null
 * @param fatalities  how many it says were killed
 * @param modality    how it states it (asserted, reported, alleged, denied, ...)
 * @param event       the underlying event
 */
public record Version(String publisher, String accordingTo, List<String> actors, List<String> targets, LocalDate date,
                      String place, Fatalities fatalities, String modality, Event event) {

    static Version of(Event e) {
        return new Version(e.evidence().publisher(), e.accordingTo(), e.actors(), e.targets(), e.date(), e.place(),
                e.fatalities(), e.modality(), e);
    }

    /** The evidence behind this version. */
    public Evidence evidence() {
        return event.evidence();
    }
}
