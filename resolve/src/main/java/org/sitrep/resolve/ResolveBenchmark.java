package org.sitrep.resolve;

import org.sitrep.extract.DocumentExtraction;
import org.sitrep.extract.Entity;
import org.sitrep.extract.EntityType;
import org.sitrep.model.DocDate;
import org.sitrep.model.Document;
import org.sitrep.model.Span;
import org.sitrep.store.EvidenceStore;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code sitrep bench resolve}: the cost of resolution as the mentions grow. For each size, {@link SyntheticMentions}
 * writes documents through the per-document path ({@link ExtractionWriter}: exact name keys, one transaction per
 * batch of documents) into a fresh store, then {@link KnowledgeBase#resolveAcrossDocuments()} folds what spelling
 * left apart. Reports both phases' seconds, mentions per second, peak heap, the entities left, how well they match
 * the parties the mentions were generated from, and the growth exponent between consecutive sizes.
 */
public final class ResolveBenchmark {

    private static final int DOCUMENTS_PER_TRANSACTION = 500;
    private static final Instant WRITTEN = Instant.parse("2026-01-01T00:00:00Z");

    /** The figures of one size. */
    public record Run(int mentions, int documents, int parties, int entities, int partiesSplit, int entitiesMixed,
                      int folds, double loadSeconds, double resolveSeconds, double loadCpuSeconds,
                      double resolveCpuSeconds, long peakHeapBytes) {

        public double seconds() {
            return loadSeconds + resolveSeconds;
        }

        public double cpuSeconds() {
            return loadCpuSeconds + resolveCpuSeconds;
        }

        public double mentionsPerSecond() {
            return mentions / seconds();
        }

        /** The figures by name, for printing. */
        public Map<String, Object> figures() {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("mentions", mentions);
            out.put("documents", documents);
            out.put("parties", parties);
            out.put("entities", entities);
            out.put("parties_split", partiesSplit);
            out.put("entities_mixed", entitiesMixed);
            out.put("folds", folds);
            out.put("load_seconds", loadSeconds);
            out.put("resolve_seconds", resolveSeconds);
            out.put("seconds", seconds());
            out.put("mentions_per_second", mentionsPerSecond());
            // the machine may be shared: the benchmark thread's CPU time (H2 runs in it) is the steadier figure
            out.put("load_cpu_seconds", loadCpuSeconds);
            out.put("resolve_cpu_seconds", resolveCpuSeconds);
            out.put("peak_heap_mib", peakHeapBytes / (1024.0 * 1024.0));
            return out;
        }
    }

    private ResolveBenchmark() {
    }

    /**
     * Writes {@code mentions} synthetic mentions into {@code store}, which must be empty, resolves them and measures.
     * {@code progress} hears what is being done.
     */
    public static Run run(EvidenceStore store, int mentions, long seed, Consumer<String> progress) {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc(); // so that the peak is this size's, not garbage left by the one before
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);

        SyntheticMentions synthetic = new SyntheticMentions(mentions, seed);
        List<SyntheticMentions.SyntheticDocument> documents = synthetic.documents(mentions);
        progress.accept("writing " + documents.size() + " documents");
        Map<String, Integer> partyOfMention = new HashMap<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        long cpu0 = threads.getCurrentThreadCpuTime();
        int written = write(store, documents, partyOfMention);
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        double loadCpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;

        progress.accept("resolving across documents");
        long t1 = System.nanoTime();
        long cpu1 = threads.getCurrentThreadCpuTime();
        int folds = new KnowledgeBase(store).resolveAcrossDocuments();
        double resolveSeconds = (System.nanoTime() - t1) / 1e9;
        double resolveCpu = (threads.getCurrentThreadCpuTime() - cpu1) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();

        progress.accept("scoring the entities against the generated parties");
        Map<Integer, Set<String>> entitiesOfParty = new HashMap<>();
        Map<String, Set<Integer>> partiesOfEntity = new HashMap<>();
        entityOfMention(store, partyOfMention, (mention, party, entity) -> {
            entitiesOfParty.computeIfAbsent(party, k -> new HashSet<>()).add(entity);
            partiesOfEntity.computeIfAbsent(entity, k -> new HashSet<>()).add(party);
        });
        int split = (int) entitiesOfParty.values().stream().filter(s -> s.size() > 1).count();
        int mixed = (int) partiesOfEntity.values().stream().filter(s -> s.size() > 1).count();
        return new Run(written, documents.size(), entitiesOfParty.size(), partiesOfEntity.size(), split, mixed, folds,
                loadSeconds, resolveSeconds, loadCpu, resolveCpu, peak);
    }

    /** Hears a stored mention's generated party and the entity it resolved to. */
    interface MentionSink {
        void accept(String mentionKey, int party, String entityId);
    }

    /**
     * Hands every stored mention's party and the entity it resolved to to {@code sink}; mentions are known by
     * {@link #mentionKey}.
     */
    static void entityOfMention(EvidenceStore store, Map<String, Integer> partyOfMention, MentionSink sink) {
        store.inTransaction(tx -> {
            Sql.forEachRow(tx.connection(), "SELECT document_id, span_start, entity_id FROM statement"
                    + " WHERE prop = 'name' AND document_id IS NOT NULL", row -> {
                String mention = mentionKey(row[0], Integer.parseInt(row[1]));
                Integer party = partyOfMention.get(mention);
                if (party != null) {
                    sink.accept(mention, party, row[2]);
                }
            });
            return null;
        });
    }

    /** A mention's key: its document and where it starts. */
    static String mentionKey(String documentId, int start) {
        return documentId + ":" + start;
    }

    /**
     * The growth exponent between two sizes, {@code log(t2/t1) / log(n2/n1)}: 1 is linear, 2 quadratic.
     */
    public static double exponent(double n1, double t1, double n2, double t2) {
        return Math.log(t2 / t1) / Math.log(n2 / n1);
    }

    /** The exponent n log n shows between the same two sizes (a little above 1). */
    public static double nLogNExponent(double n1, double n2) {
        return exponent(n1, n1 * Math.log(n1), n2, n2 * Math.log(n2));
    }

    /**
     * A JDBC URL for a new, empty schema {@code schema} of the PostgreSQL database at {@code jdbcUrl}, so that each
     * size starts from nothing without dropping anything of the caller's.
     */
    public static String freshPostgresSchema(String jdbcUrl, String user, String password, String schema)
            throws java.sql.SQLException {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(jdbcUrl, user, password)) {
            Sql.update(c, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            Sql.update(c, "CREATE SCHEMA " + schema);
        }
        return jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /**
     * Writes the documents as the extractor's output would be written, noting each mention's party in
     * {@code partyOfMention}; tells how many mentions were stored.
     */
    static int write(EvidenceStore store, List<SyntheticMentions.SyntheticDocument> documents,
                             Map<String, Integer> partyOfMention) {
        ExtractionWriter writer = new ExtractionWriter(new NameKeys(), "sitrep-bench/resolve");
        int mentions = 0;
        for (int from = 0; from < documents.size(); from += DOCUMENTS_PER_TRANSACTION) {
            List<SyntheticMentions.SyntheticDocument> batch =
                    documents.subList(from, Math.min(documents.size(), from + DOCUMENTS_PER_TRANSACTION));
            mentions += store.inTransaction(tx -> {
                int n = 0;
                for (SyntheticMentions.SyntheticDocument synthetic : batch) {
                    Document doc = Document.of(null, DocDate.UNKNOWN, "text/plain", synthetic.text());
                    tx.insertDocumentIfAbsent(doc, "sitrep-bench/resolve", WRITTEN);
                    List<Entity> entities = new ArrayList<>();
                    for (SyntheticMentions.PartyMentions named : synthetic.parties()) {
                        List<Span> spans = new ArrayList<>();
                        for (int[] span : named.spans()) {
                            spans.add(Span.of(synthetic.text(), span[0], span[1]));
                            partyOfMention.put(mentionKey(doc.id(), span[0]), named.party());
                        }
                        EntityType type = named.schema().equals("Company") ? EntityType.COMPANY : EntityType.PERSON;
                        entities.add(new Entity("e" + (entities.size() + 1), type, named.name(), List.of(), spans,
                                List.of()));
                        n += spans.size();
                    }
                    writer.write(tx, doc.id(), new DocumentExtraction(doc.id(), 0, doc.title(), DocDate.UNKNOWN,
                            entities, List.of(), List.of(), List.of()), WRITTEN);
                }
                return n;
            });
        }
        return mentions;
    }
}
