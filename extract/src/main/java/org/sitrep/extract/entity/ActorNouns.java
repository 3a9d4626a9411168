package org.sitrep.extract.entity;

import org.sitrep.extract.EntityType;

import java.util.Optional;

/**
 * Common nouns that name a collective actor or a person by role ("the regime", "opposition fighters", "the
 * minister"), read from the data file {@code actor-nouns.tsv}.
 */
final class ActorNouns {

    private final WordTable<EntityType> table = new WordTable<>("actor-nouns.tsv",
            label -> EntityType.fromLabel(label).orElse(null));

    /** The type of actor {@code word} names, if it is one of the nouns. */
    Optional<EntityType> typeOf(String word) {
        return table.get(word);
    }
}
