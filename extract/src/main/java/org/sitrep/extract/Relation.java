package org.sitrep.extract;

import org.sitrep.model.Span;

/**
 * A lasting tie between two entities ("X, a subsidiary of Y").
 *
 * @param id       document-local id ({@code r1}, ...)
 * @param type     the kind of tie, read as "subject is [type] of/with object": a member of, the leader of, owner of,
 *                 subsidiary of, located in, sanctioned by, supplier of
 * @param subject  the id of the first entity
 * @param object   the id of the second entity
 * @param modality how the text stands towards it
 * @param claim    the id of the claim that states it, or null
 * @param evidence the text that states it
 */
public record Relation(String id, RelationType type, String subject, String object, Modality modality, String claim,
                       Span evidence) {
}
