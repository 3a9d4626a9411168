package org.sitrep.resolve;

import org.sitrep.extract.DocumentExtraction;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.InputDocument;
import org.sitrep.lists.ListSnapshot;
import org.sitrep.model.Document;
import org.sitrep.model.Statement;
import org.sitrep.lists.ListStore;
import org.sitrep.store.EvidenceStore;
import org.sitrep.screen.NameComparer;
import org.sitrep.screen.Screener;
import org.sitrep.screen.ScreeningSettings;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The knowledge base over an evidence store: where list parties and the entities extracted from documents become
 * one set of entities, each statement keeping the evidence it came from.
 */
public final class KnowledgeBase {

    private final EvidenceStore store;
    private final Clock clock;
    private final ListParties listParties = new ListParties();
    private final NameKeys keys = new NameKeys();

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
        List<ListSnapshot> lists = new ListStore(store).activeLists();
        for (ListSnapshot snapshot : lists) {
            counts.put(snapshot.listId(), load(snapshot));
        }
        linkAcrossLists(lists);
        resolveAcrossDocuments(); // newly listed parties may be what earlier documents called by another spelling
        new EntityDecisions(store, clock).reapply(); // people's merges and splits outlast a reload
        return counts;
    }

    /** Folds entries of different lists that designate the same party into one entity (see {@link ListLinker}). */
    private int linkAcrossLists(List<ListSnapshot> lists) {
        Instant now = clock.instant();
        return store.inTransaction(tx -> new ListLinker().run(tx.connection(), lists, now).size());
    }

    /** Name and version of the extractor, recorded with every fact it contributes. */
    public static final String EXTRACT_ORIGIN = "sitrep-extract/" + version();

    /** How many stored documents this extractor version has not processed yet (so callers can skip loading models). */
    public long pendingExtraction() {
        return store.query(c -> {
            try (var ps = c.prepareStatement("SELECT COUNT(*) FROM document d WHERE NOT EXISTS (SELECT 1 FROM"
                    + " document_extraction x WHERE x.document_id = d.id AND x.origin = ?)")) {
                ps.setString(1, EXTRACT_ORIGIN);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /**
     * Runs {@code extractor} over every stored document it has not yet processed (in this version), writing each
     * document's facts in one transaction. Listener hears each document done.
     *
     * @return documents extracted now
     * @throws IllegalStateException once every other document is done, when one or more could not be extracted
     */
    public int extractAll(Extractor extractor, java.util.function.Consumer<String> listener) {
        List<ExtractionFailure> failures = new java.util.ArrayList<>();
        int done = extractAll(extractor, listener, failures::add);
        if (!failures.isEmpty()) {
            throw new IllegalStateException(failures.size() + " document(s) could not be extracted; first: "
                    + failures.getFirst().message());
        }
        return done;
    }

    /** A document extraction could not read or store; the document stays pending, so a later run tries again. */
    public record ExtractionFailure(String documentId, String title, String message) {
    }

    /**
     * As {@link #extractAll(Extractor, java.util.function.Consumer)}, but a document that fails (in the extractor or
     * when its facts are stored) is reported to {@code failed} and the rest carry on: one hostile document never
     * stops a batch. Each document's facts are stored in a transaction of their own, so a failure leaves nothing of
     * that document half-written.
     */
    public int extractAll(Extractor extractor, java.util.function.Consumer<String> listener,
                          java.util.function.Consumer<ExtractionFailure> failed) {
        ExtractionWriter writer = new ExtractionWriter(keys, EXTRACT_ORIGIN);
        int done = 0;
        for (Document doc : store.documents()) {
            boolean current = store.query(c -> writer.isCurrent(c, doc.id()));
            if (current) {
                continue;
            }
            try {
                DocumentExtraction x = extractor.extract(new InputDocument(doc.id(), 0, doc.title(), doc.text(),
                        doc.date()));
                Instant now = clock.instant();
                store.inTransaction(tx -> {
                    writer.write(tx, doc.id(), x, now);
                    return null;
                });
            } catch (RuntimeException e) {
                String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                failed.accept(new ExtractionFailure(doc.id(), doc.title(), "document " + doc.id().substring(0, 12)
                        + ": extraction failed: " + firstLine(reason)));
                continue;
            }
            listener.accept(doc.id());
            done++;
        }
        if (done > 0) {
            resolveAcrossDocuments();
            new EntityDecisions(store, clock).reapply(); // people's merges and splits outlast re-extraction
        }
        return done;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }

    /**
     * Folds text-derived persons and organisations into the party they are when only spelling or an alias tells them
     * apart, using the screening engine's name comparison plus context (see {@link CrossDocumentResolver}).
     *
     * @return how many entities were folded
     */
    public int resolveAcrossDocuments() {
        List<ListSnapshot> lists = new ListStore(store).activeLists();
        // the resolver judges the engine's name agreement (CrossDocumentResolver.LIKELY and up), not the calibrated
        // probability, so the screener reports low probabilities too and the resolver keeps what it needs
        Screener screener = lists.isEmpty() ? null : Screener.of(lists, ScreeningSettings.defaults()
                .withReviewThreshold(CrossDocumentResolver.LEAST_PROBABILITY).withLimit(5));
        CrossDocumentResolver resolver = new CrossDocumentResolver(keys, screener, NameComparer.standard());
        Instant now = clock.instant();
        return store.inTransaction(tx -> resolver.run(tx.connection(), now).size());
    }

    /** Why mentions and entities resolved to {@code entityId}, oldest first. */
    public List<Resolution> resolutions(String entityId) {
        return store.query(c -> {
            List<Resolution> out = new java.util.ArrayList<>();
            try (var ps = c.prepareStatement("SELECT merged_id, document_id, name, matched_name, method, score, detail, recorded_at"
                    + " FROM resolution_reason WHERE entity_id = ? ORDER BY id")) {
                ps.setString(1, entityId);
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String doc = rs.getString(2);
                        out.add(new Resolution(entityId, rs.getString(1), doc == null ? null : doc.trim(),
                                rs.getString(3), rs.getString(4), rs.getString(5), rs.getDouble(6), rs.getString(7),
                                rs.getObject(8, java.time.OffsetDateTime.class).toInstant()));
                    }
                }
            }
            return out;
        });
    }

    private static String version() {
        String v = KnowledgeBase.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
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
            for (Statement s : facts.statements()) {
                if (s.property().equals("name") || s.property().equals("alias")) {
                    String key = keys.key(s.schema(), s.value());
                    if (!key.isEmpty()) {
                        ExtractionWriter.claim(tx.connection(), key, s.entityId());
                    }
                }
            }
            return stored;
        });
    }
}
