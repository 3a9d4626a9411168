package org.sitrep.resolve;

import java.time.Instant;
import java.util.List;

/**
 * A person's decision about entities, as the audit log keeps it (table {@code user_decision}).
 *
 * @param id        the log entry's number
 * @param kind      {@code merge} or {@code split}
 * @param entityId  merge: the entity kept; split: the entity the names were taken from
 * @param otherId   merge: the entity merged into {@code entityId}; split: the new entity that took the names
 * @param names     merge: the names of the merged entity when it was merged (to find it again after re-extraction);
 *                  split: the names moved to the new entity
 * @param reason    why, as the user said; may be empty
 * @param user      who decided
 * @param decidedAt when
 */
public record EntityDecision(long id, String kind, String entityId, String otherId, List<String> names, String reason,
                             String user, Instant decidedAt) {

    public static final String MERGE = "merge";
    public static final String SPLIT = "split";

    public EntityDecision {
        names = List.copyOf(names);
    }
}
