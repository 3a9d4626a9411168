package org.sitrep.analysis.events;

import org.sitrep.analysis.Evidence;
import org.sitrep.analysis.Fatalities;

import java.time.LocalDate;
import java.util.List;

/**
 * One event as one document reports it, ACLED-style, with the sentence that says so.
 *
 * @param id             event id (document id prefix + local id)
 * @param type           ACLED event type, e.g. {@code Explosions/Remote violence}
 * @param subType        ACLED sub-event type, e.g. {@code Air/drone strike}, or null
 * @param date           when it happened (first day of its precision), or null when unknown
 * @param datePrecision  {@code day}, {@code month}, {@code year} or {@code unknown}
 * @param place          where, as named in the text, or null
 * @param placeEntity    the knowledge-base place entity, or null
 * @param placePrecision how precise the place is: {@code town}, {@code province}, {@code country}, ... or {@code unknown}
 * @param country        ISO 3166-1 alpha-2 country code, or null
 * @param latitude       WGS84 latitude of the place, or null
 * @param longitude      WGS84 longitude of the place, or null
 * @param fatalities     reported deaths
 * @param modality       how the document states it: asserted, reported, alleged, denied, historical, future ...
 * @param participants   actors and targets
 * @param claimId        the claim that reports it (someone said so), or null when the document asserts it itself
 * @param accordingTo    who the document says reports it (the claim's source), or null
 * @param evidence       document, span and quote
 */
public record Event(String id, String type, String subType, LocalDate date, String datePrecision, String place,
                    String placeEntity, String placePrecision, String country, Double latitude, Double longitude, Fatalities fatalities,
                    String modality, List<Participant> participants, String claimId, String accordingTo,
                    Evidence evidence) {

    /** The actors' names. */
    public List<String> actors() {
        return participants.stream().filter(Participant::actor).map(p -> p.party().name()).toList();
    }

    /** The targets' names. */
    public List<String> targets() {
        return participants.stream().filter(p -> !p.actor()).map(p -> p.party().name()).toList();
    }

    /** {@code type} with its sub-type, as one label. */
    public String label() {
        return subType == null ? type : type + " / " + subType;
    }
}
