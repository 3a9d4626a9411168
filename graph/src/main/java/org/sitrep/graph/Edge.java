package org.sitrep.graph;

import org.sitrep.model.Provenance;

/**
 * A link between two parties, with the evidence that states it.
 *
 * @param linkId    the link's id in the store
 * @param type      ownership, subcontractor, leadership, sanctioned_by, ... (the extraction contract's types)
 * @param subjectId the party the link goes from ("Hesco" in "Hesco is a subcontractor of Stroytransgaz")
 * @param objectId  the party it goes to
 * @param modality  asserted, reported, alleged, denied, ...
 * @param claimId   the claim that states it, or null when the text asserts it directly
 * @param evidence  the exact text span (with its quote) or list record that says so
 */
public record Edge(String linkId, String type, String subjectId, String objectId, String modality, String claimId,
                   Provenance evidence) {

    /** The party at the other end from {@code entityId}. */
    public String other(String entityId) {
        return subjectId.equals(entityId) ? objectId : subjectId;
    }
}
