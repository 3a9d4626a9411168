package org.sitrep.extract;

import org.sitrep.model.Span;

import java.util.List;

/**
 * Something that happened (or is said, denied, planned to happen), typed by ACLED's scheme.
 *
 * @param id         document-local id ({@code v1}, ...)
 * @param type       what happened
 * @param actors     ids of the entities that did it
 * @param targets    ids of the entities it was done to
 * @param location   where, or null
 * @param date       when
 * @param fatalities reported deaths, or null
 * @param count      how many times it happened ("26 air raids"), or null
 * @param tags       extra labels such as {@code ceasefire_violation}
 * @param modality   how the text stands towards it
 * @param claim      the id of the claim that states it, or null when the document states it itself
 * @param evidence   the sentence that states it first
 * @param mentions   later sentences of the same document that tell of the same occurrence
 */
public record Event(String id, EventType type, List<String> actors, List<String> targets, Location location,
                    EventDate date, Fatalities fatalities, Integer count, List<String> tags, Modality modality,
                    String claim, Span evidence, List<Span> mentions) {

    public Event {
        actors = List.copyOf(actors);
        targets = List.copyOf(targets);
        tags = List.copyOf(tags);
        mentions = List.copyOf(mentions);
    }

    /** This event under another document-local id. */
    public Event withId(String newId) {
        return new Event(newId, type, actors, targets, location, date, fatalities, count, tags, modality, claim,
                evidence, mentions);
    }

    /** This event filed under another sub-event type. */
    public Event withType(EventType newType) {
        return new Event(id, newType, actors, targets, location, date, fatalities, count, tags, modality, claim,
                evidence, mentions);
    }

    /** This event placed elsewhere, or nowhere with null. */
    public Event withLocation(Location newLocation) {
        return new Event(id, type, actors, targets, newLocation, date, fatalities, count, tags, modality, claim,
                evidence, mentions);
    }

    /** This event with other tags. */
    public Event withTags(List<String> newTags) {
        return new Event(id, type, actors, targets, location, date, fatalities, count, newTags, modality, claim,
                evidence, mentions);
    }
}
