package org.sitrep.lists;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Turns "Linked To: NAME" references into the ids of the parties with that name in the same list. */
final class LinkResolver {

    private LinkResolver() {
    }

    static void resolve(Collection<EntityBuilder> entities) {
        Map<String, String> byName = new HashMap<>();
        Map<String, String> byAlias = new HashMap<>();
        for (EntityBuilder entity : entities) {
            if (entity.name != null) {
                byName.putIfAbsent(key(entity.name), entity.id);
            }
            for (String alias : entity.strongAliases) {
                byAlias.putIfAbsent(key(alias), entity.id);
            }
        }
        for (EntityBuilder entity : entities) {
            for (String name : entity.linkedNames) {
                String id = byName.getOrDefault(key(name), byAlias.get(key(name)));
                if (id != null && !id.equals(entity.id)) {
                    entity.linkedTo.add(id);
                }
            }
        }
    }

    /** Case, spacing and a final full stop do not distinguish names ("CO." at the end of remarks loses its dot). */
    private static String key(String name) {
        String k = EntityBuilder.clean(name).toUpperCase(Locale.ROOT);
        return k.endsWith(".") ? k.substring(0, k.length() - 1) : k;
    }
}
