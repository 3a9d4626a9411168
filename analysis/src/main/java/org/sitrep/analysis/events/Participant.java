package org.sitrep.analysis.events;

import org.sitrep.analysis.Party;

/**
 * A party taking part in an event.
 *
 * @param party who
 * @param role  {@code actor} (who acted: attacker, signatory, sanctioning body) or {@code target} (who it was done to)
 */
public record Participant(Party party, String role) {

    public boolean actor() {
        return "actor".equals(role);
    }
}
