package org.sitrep.analysis.events;

import java.time.LocalDate;

/**
 * Which events a timeline shows. Every part is optional (null matches everything).
 *
 * @param actor a party taking part (as actor or target), by name, alias or entity id
 * @param place    a place, by name or entity id; events at places located in it match too: in a country, in a
 *                 province (named as such, or by its capital), or within {@code radiusKm} of a town
 * @param from     first day (inclusive)
 * @param to       last day (inclusive)
 * @param type     an ACLED event or sub-event type, ignoring case (e.g. {@code Battles}, {@code Air/drone strike})
 * @param radiusKm how far from a town its events may lie, in km; null for the gazetteer's default
 */
public record EventFilter(String actor, String place, LocalDate from, LocalDate to, String type, Double radiusKm) {

    /** A filter with the default radius around towns. */
    public EventFilter(String actor, String place, LocalDate from, LocalDate to, String type) {
        this(actor, place, from, to, type, null);
    }

    /** Every event. */
    public static EventFilter all() {
        return new EventFilter(null, null, null, null, null, null);
    }

    public EventFilter withActor(String value) {
        return new EventFilter(value, place, from, to, type, radiusKm);
    }

    public EventFilter withPlace(String value) {
        return new EventFilter(actor, value, from, to, type, radiusKm);
    }

    public EventFilter between(LocalDate first, LocalDate last) {
        return new EventFilter(actor, place, first, last, type, radiusKm);
    }

    public EventFilter withType(String value) {
        return new EventFilter(actor, place, from, to, value, radiusKm);
    }

    public EventFilter withRadius(Double km) {
        return new EventFilter(actor, place, from, to, type, km);
    }
}
