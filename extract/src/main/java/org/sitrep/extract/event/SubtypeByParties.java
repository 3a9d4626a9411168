package org.sitrep.extract.event;

import org.sitrep.extract.DataFile;
import org.sitrep.extract.DocumentContext;
import org.sitrep.extract.Entity;
import org.sitrep.extract.EntityType;
import org.sitrep.extract.EventType;
import org.sitrep.extract.Mention;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The sub-event types ACLED tells apart by who takes part, not by the words: a taking of ground is "Government
 * regains territory" when a state's forces take it and "Non-state actor overtakes territory" otherwise; an armed clash
 * is between armed, organised sides, so violence with no armed party on either side and a named person on the
 * receiving end is an attack. The heads read the sentence's wording; the parse's roles say who took part. Whether a party is a
 * state's force is read from its name ({@code state-forces.tsv}).
 */
final class SubtypeByParties {

    private final Set<String> stateWords = new HashSet<>();
    private final Set<String> nonStateWords = new HashSet<>();

    SubtypeByParties() {
        for (DataFile.Line line : DataFile.lines(SubtypeByParties.class, "state-forces.tsv")) {
            if (line.size() != 2 || !line.column(0).equals("state") && !line.column(0).equals("non-state")) {
                throw line.error("expected state|non-state<TAB>word");
            }
            (line.column(0).equals("state") ? stateWords : nonStateWords).add(line.column(1));
        }
    }

    /** The sub-type that fits the event's parties; {@code type} itself where they do not decide it. */
    EventType subtype(EventType type, List<Mention> agents, List<Mention> patients, DocumentContext doc) {
        if (type == EventType.GOVERNMENT_REGAINS_TERRITORY || type == EventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY) {
            return byWhoTakesGround(type, agents, doc);
        }
        if (type == EventType.ARMED_CLASH && !patients.isEmpty()
                && agents.stream().noneMatch(SubtypeByParties::isArmedOrOrganised)
                && patients.stream().noneMatch(SubtypeByParties::isArmedOrOrganised)
                && patients.stream().anyMatch(m -> m.type() == EntityType.PERSON && m.kind() == Mention.Kind.NAME)) {
            // "a man assaulted Senator Roe at his home"; a described person may be a soldier or a fighter
            return EventType.ATTACK_ON_CIVILIANS;
        }
        return type;
    }

    private static boolean isArmedOrOrganised(Mention m) {
        return m.type() == EntityType.ARMED_GROUP || m.type() == EntityType.GOVERNMENT_BODY
                || m.type() == EntityType.COUNTRY;
    }

    private EventType byWhoTakesGround(EventType type, List<Mention> agents, DocumentContext doc) {
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
