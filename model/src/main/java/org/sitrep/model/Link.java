package org.sitrep.model;

import java.util.Objects;

/**
 * A link between two entities, with the evidence that states it.
 *
 * @param id        stable id (the same link from the same evidence always gets the same id)
 * @param type      ownership, subsidiary, subcontractor, employment, leadership, membership, family, associate,
 *                  alliance, fighting_against, control, located_in, same_as, sanctioned_by, supply, communication
 * @param subjectId the entity the link goes from ("Hesco" in "Hesco is a subcontractor of Stroytransgaz")
 * @param objectId  the entity it goes to
 * @param modality  asserted, reported, alleged, denied, negated, hypothetical, future, historical
 * @param claimId   the claim that states it, or null when the source asserts it directly
 * @param evidence  the exact text span or list record that says so
 */
public record Link(String id, String type, String subjectId, String objectId, String modality, String claimId,
                   Provenance evidence) {

    public Link {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(objectId, "objectId");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(evidence, "evidence");
    }

    /** The entity at the other end from {@code entityId}. */
    public String other(String entityId) {
        return subjectId.equals(entityId) ? objectId : subjectId;
    }
}
