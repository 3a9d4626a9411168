package org.sitrep.extract.gazetteer;

import org.sitrep.extract.EntityType;

import java.util.List;

/**
 * One known actor, place or nationality and the names it goes by.
 *
 * @param type    what it is
 * @param name    its canonical name, used as the entity's name whenever any alias is found
 * @param aliases other spellings, acronyms and translations, as they appear in text (case matters)
 */
public record GazetteerEntry(EntityType type, String name, List<String> aliases) {

    public GazetteerEntry {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a gazetteer entry needs a name");
        }
        aliases = List.copyOf(aliases);
    }

    /** The name followed by the aliases. */
    public List<String> allNames() {
        var all = new java.util.ArrayList<String>(aliases.size() + 1);
        all.add(name);
        all.addAll(aliases);
        return all;
    }
}
