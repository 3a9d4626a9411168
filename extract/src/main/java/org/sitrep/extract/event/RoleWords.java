package org.sitrep.extract.event;

import org.sitrep.extract.DataFile;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The content words role finding reads, by group, from {@code role-words.tsv}: one table, so that the words of
 * harm, capture, attribution and the rest are changed in one place and never in code.
 */
final class RoleWords {

    private static final Map<String, Set<String>> GROUPS = load();

    private RoleWords() {
    }

    /** The words of {@code group}; a group the table lacks is a packaging error, not an empty set. */
    static Set<String> of(String group) {
        Set<String> words = GROUPS.get(group);
        if (words == null) {
            throw new IllegalStateException("role-words.tsv has no group " + group);
        }
        return words;
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> groups = new HashMap<>();
        for (DataFile.Line line : DataFile.lines(RoleWords.class, "role-words.tsv")) {
            if (line.size() != 2) {
                throw line.error("expected group<TAB>word");
            }
            groups.computeIfAbsent(line.column(0), g -> new LinkedHashSet<>()).add(line.column(1));
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        groups.forEach((g, words) -> frozen.put(g, Set.copyOf(words)));
        return Map.copyOf(frozen);
    }
}
