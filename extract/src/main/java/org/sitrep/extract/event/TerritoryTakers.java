package org.sitrep.extract.event;

import org.sitrep.extract.DataFile;
import org.sitrep.extract.DocumentContext;
import org.sitrep.extract.Entity;
import org.sitrep.extract.EventType;
import org.sitrep.extract.Mention;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * ACLED files a change of who holds ground by who takes it ({@code territory-takers.tsv}): "Government regains
 * territory" when a state's forces take it, "Non-state actor overtakes territory" otherwise. The heads read the
 * sentence's wording; the parse's agent says who took the ground.
 */
final class TerritoryTakers {

    private final Set<String> stateWords = new HashSet<>();
    private final Set<String> nonStateWords = new HashSet<>();

    TerritoryTakers() {
        for (DataFile.Line line : DataFile.lines(TerritoryTakers.class, "territory-takers.tsv")) {
            if (line.size() != 2 || !line.column(0).equals("state") && !line.column(0).equals("non-state")) {
                throw line.error("expected state|non-state<TAB>word");
            }
            (line.column(0).equals("state") ? stateWords : nonStateWords).add(line.column(1));
        }
    }

    /**
     * The territory sub-type that fits who took the ground; {@code type} itself when it is no taking of ground, when
     * no agent is known, or when the agents' names do not say which side they are on.
     */
    EventType subtype(EventType type, List<Mention> agents, DocumentContext doc) {
        if (type != EventType.GOVERNMENT_REGAINS_TERRITORY && type != EventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY
                || agents.isEmpty()) {
            return type;
        }
        boolean state = false;
        boolean nonState = false;
        for (Mention m : agents) {
            String name = m.text() + " " + doc.entity(doc.entityOf(m)).map(Entity::name).orElse("");
            if (any(nonStateWords, name)) {
                nonState = true;
            } else if (any(stateWords, name)) {
                state = true;
            }
        }
        if (state && !nonState) {
            return EventType.GOVERNMENT_REGAINS_TERRITORY;
        }
        return nonState && !state ? EventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY : type;
    }

    private static boolean any(Set<String> words, String name) {
        String padded = " " + WORD_BREAK.matcher(name.toLowerCase(Locale.ROOT)).replaceAll(" ") + " ";
        return words.stream().anyMatch(w -> padded.contains(" " + w + " "));
    }

    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");
}
