package org.sitrep.extract;

/** Finding the entities an extraction holds by the words that name them, for tests that check what refers to whom. */
public final class ExtractedEntities {

    private ExtractedEntities() {
    }

    /** The id of the entity named {@code name} (its name or one of its aliases); fails when there is none. */
    public static String idOf(DocumentExtraction x, String name) {
        return x.entities().stream().filter(e -> e.name().equals(name) || e.aliases().contains(name)).map(Entity::id)
                .findFirst().orElseThrow(() -> new AssertionError("no entity " + name + " in " + x.entities()));
    }
}
