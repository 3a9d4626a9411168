package org.sitrep.resolve;

import org.sitrep.lists.ListSnapshot;
import org.sitrep.lists.ListStore;
import org.sitrep.store.EvidenceStore;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * The knowledge base over an evidence store: where list parties and the entities extracted from documents become
 * one set of entities, each statement keeping the evidence it came from.
 */
public final class KnowledgeBase {

    private final EvidenceStore store;
    private final Clock clock;
    private final ListParties listParties = new ListParties();

    public KnowledgeBase(EvidenceStore store) {
        this(store, Clock.systemUTC());
    }

    public KnowledgeBase(EvidenceStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The knowledge-base id of a listed party, e.g. {@code us-ofac-sdn:19449}. */
    public static String listedEntityId(String listId, String recordId) {
        return ListParties.entityId(listId, recordId);
    }

    /**
     * Makes the facts of every active list snapshot part of the knowledge base, replacing what earlier snapshots of
     * the same lists contributed. One transaction per list.
     *
     * @return statements now held per list
     */
    public Map<String, Integer> syncLists() {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (ListSnapshot snapshot : new ListStore(store).activeLists()) {
            counts.put(snapshot.listId(), load(snapshot));
        }
        return counts;
    }

    private int load(ListSnapshot snapshot) {
        Instant now = clock.instant();
        ListParties.Facts facts = listParties.facts(snapshot, now);
        return store.inTransaction(tx -> {
            tx.removeListFacts(snapshot.listId());
            for (Map.Entry<String, String[]> e : facts.entities().entrySet()) {
                tx.ensureEntity(e.getKey(), e.getValue()[0], e.getValue()[1], now);
            }
            int stored = tx.insertStatements(facts.statements());
            tx.insertLinks(facts.links());
            return stored;
        });
    }
}
