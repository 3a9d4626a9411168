package org.sitrep.extract;

import java.util.List;

/**
 * Matches an extracted entity to entries of sanctions lists or other registers, which become its
 * {@link Entity#links()}. The extractor calls it once per entity, after within-document resolution.
 */
@FunctionalInterface
public interface EntityLinker {

    /** Links nothing. */
    EntityLinker NONE = entity -> List.of();

    /** The register entries {@code entity} matches, best first; empty when none does. */
    List<Entity.ListLink> links(Entity entity);
}
