package org.sitrep.analysis.ceasefire;

import java.util.Locale;

/**
 * A side in a ceasefire: who reports violations, who is accused, who an agreement covers. Usually a knowledge-base
 * entity; when the text names a side without an entity being found ("armed opposition groups"), only its words.
 *
 * @param entityId the entity, or null when only words are known
 * @param name     the entity's caption, or the words the text used
 */
public record Side(String entityId, String name) {

    /** What makes two sides the same: the entity id, else the words folded to lower case. */
    public String key() {
        return entityId != null ? entityId : "text:" + name.toLowerCase(Locale.ROOT).strip();
    }
}
