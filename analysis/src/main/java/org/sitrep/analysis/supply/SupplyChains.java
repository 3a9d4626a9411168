package org.sitrep.analysis.supply;

import org.sitrep.analysis.Documents;
import org.sitrep.analysis.Evidence;
import org.sitrep.analysis.Names;
import org.sitrep.analysis.Party;
import org.sitrep.store.EvidenceStore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Supply chains in the knowledge base: how an item went from its manufacturer through distributors to the armed
 * group it was recovered from, with the evidence for every step and the time from lawful supply to recovery.
 *
 * <p>Chains are read where the store says something was supplied: sentences that hold the evidence of a
 * {@code supply} link or of a "Trade or supply" event and that extraction read as telling a chain of deliveries
 * ({@code supply_sentence}, {@code supply_party}): the parties in the order the sentence passes the item on, which
 * made it and which distributed it, the item, when it was supplied and where and when it was recovered ("recovered
 * from ... in Kobane in February 2015"). When a sentence says the item was recovered but not from whom, the end user
 * is the one extraction took from the document's other recovery sentences (marked inferred). Nothing here re-reads
 * the text. The same chain told by several documents is one chain with every sentence as evidence.
 *
 * <pre>{@code
 * for (SupplyChain chain : new SupplyChains(store).find("detonators")) {
 *     chain.hops().forEach(h -> System.out.println(h.from().name() + " -> " + h.to().name()));
 * }
 * }</pre>
 */
public final class SupplyChains {

    /** The ACLED-style sub-event type of supply events. */
    public static final String TRADE = "Trade or supply";

    private final EvidenceStore store;
    private final org.sitrep.graph.LinkGraph graph;

    public SupplyChains(EvidenceStore store) {
        this.store = store;
        this.graph = new org.sitrep.graph.LinkGraph(store);
    }

    /** Every supply chain, ordered by supply date (undated last). */
    public List<SupplyChain> all() {
        return store.query(this::read);
    }

    /**
     * The chains of an item or party: {@code query} found in the item's words, or naming one of the chain's parties
     * (by any of its names, as {@link Names} resolves them).
     */
    public List<SupplyChain> find(String query) {
        String wanted = query.strip().toLowerCase(Locale.ROOT);
        Set<String> ids = new Names(store).resolve(query);
        return all().stream().filter(chain -> (chain.item() != null && chain.item().toLowerCase(Locale.ROOT).contains(wanted))
                || chain.parties().stream().anyMatch(p -> ids.contains(p.party().id())
                || p.party().name().toLowerCase(Locale.ROOT).contains(wanted))).toList();
    }

    private List<SupplyChain> read(Connection c) throws SQLException {
        Documents documents = new Documents(c);
        Map<String, Set<Integer>> spans = new TreeMap<>();
        Map<String, List<String[]>> links = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT document_id, span_start, span_end, subject_id, object_id"
                + " FROM link WHERE link_type = 'supply' AND document_id IS NOT NULL ORDER BY document_id, span_start");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String doc = rs.getString(1).trim();
                spans.computeIfAbsent(doc, k -> new LinkedHashSet<>()).add(rs.getInt(2));
                links.computeIfAbsent(doc, k -> new ArrayList<>()).add(new String[] {rs.getString(4), rs.getString(5),
                        String.valueOf(rs.getInt(2)), String.valueOf(rs.getInt(3))});
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT document_id, span_start FROM event"
                + " WHERE sub_event_type = ? ORDER BY document_id, span_start")) {
            ps.setString(1, TRADE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    spans.computeIfAbsent(rs.getString(1).trim(), k -> new LinkedHashSet<>()).add(rs.getInt(2));
                }
            }
        }
        Map<String, List<Sentence>> told = sentences(c);
        List<SupplyChain> chains = new ArrayList<>();
        for (Map.Entry<String, Set<Integer>> doc : spans.entrySet()) {
            // the sentences extraction read as telling a chain, in the order the store's supply facts name them
            Set<Sentence> sentences = new LinkedHashSet<>();
            for (int start : doc.getValue()) {
                for (Sentence s : told.getOrDefault(doc.getKey(), List.of())) {
                    if (s.start() <= start && start < s.end()) {
                        sentences.add(s);
                    }
                }
            }
            for (Sentence s : sentences) {
                SupplyChain chain = chain(c, documents, doc.getKey(), s, links.getOrDefault(doc.getKey(), List.of()));
                if (chain != null) {
                    chains.add(chain);
                }
            }
        }
        List<SupplyChain> merged = merge(chains);
        merged.sort(java.util.Comparator.comparing((SupplyChain ch) -> ch.supplied().date(),
                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
        return merged;
    }

    /**
     * A sentence extraction read as telling a chain of deliveries, with what it read there. Offsets are code points.
     *
     * @param recovered null when the sentence says nothing of a recovery
     * @param parties   in the order the sentence passes the item on, the end user (if any) last
     */
    private record Sentence(String documentId, int start, int end, String item, DatedPlace supplied,
                            DatedPlace recovered, List<StoredParty> parties) {
    }

    /** A party extraction read in a chain's sentence; {@code evidence} is where it is named (for the end user). */
    private record StoredParty(String entityId, String role, String place, boolean inferred, int evidenceStart,
                               int evidenceEnd) {
    }

    /** Every stored chain sentence with its parties, by document, in text order. */
    private static Map<String, List<Sentence>> sentences(Connection c) throws SQLException {
        Map<String, List<Sentence>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT s.document_id, s.span_start, s.span_end, s.item,"
                + " s.supplied_date, s.supplied_precision, s.recovery_start, s.recovered_date, s.recovered_precision,"
                + " s.recovered_place, p.entity_id, p.role, p.place, p.inferred, p.evidence_start, p.evidence_end"
                + " FROM supply_sentence s LEFT JOIN supply_party p ON p.document_id = s.document_id"
                + " AND p.span_start = s.span_start ORDER BY s.document_id, s.span_start, p.party_index");
             ResultSet rs = ps.executeQuery()) {
            Sentence current = null;
            while (rs.next()) {
                String doc = rs.getString(1).trim();
                if (current == null || current.start() != rs.getInt(2) || !current.documentId().equals(doc)) {
                    LocalDate supplied = rs.getObject(5, LocalDate.class);
                    LocalDate recovered = rs.getObject(8, LocalDate.class);
                    current = new Sentence(doc, rs.getInt(2), rs.getInt(3), rs.getString(4), supplied == null
                            ? DatedPlace.UNKNOWN : new DatedPlace(supplied, rs.getString(6), null),
                            rs.getObject(7) == null ? null : new DatedPlace(recovered,
                                    recovered == null ? "unknown" : rs.getString(9), rs.getString(10)),
                            new ArrayList<>());
                    out.computeIfAbsent(doc, k -> new ArrayList<>()).add(current);
                }
                if (rs.getString(11) != null) {
                    current.parties().add(new StoredParty(rs.getString(11), rs.getString(12), rs.getString(13),
                            rs.getBoolean(14), rs.getInt(15), rs.getInt(16)));
                }
            }
        }
        return out;
    }

    /** The chain one sentence tells, or null when it names fewer than two parties. */
    private SupplyChain chain(Connection c, Documents documents, String documentId, Sentence s, List<String[]> links)
            throws SQLException {
        Evidence sentenceEvidence = documents.evidence(documentId, s.start(), s.end());
        Map<String, Party> known = Names.parties(c, s.parties().stream().map(StoredParty::entityId).toList());
        List<ChainParty> chainParties = new ArrayList<>();
        StoredParty user = null;
        for (StoredParty p : s.parties()) {
            if (p.role().equals("end_user")) {
                user = p;
            } else {
                chainParties.add(new ChainParty(known.get(p.entityId()), p.role(), p.place(), owners(c, p.entityId())));
            }
        }
        ChainHop endHop = null;
        if (user != null && !chainParties.isEmpty()) {
            Party p = known.get(user.entityId());
            chainParties.add(new ChainParty(p, "end_user", null, List.of()));
            endHop = new ChainHop(chainParties.get(chainParties.size() - 2).party(), p, "recovered_from",
                    user.inferred(), user.inferred() ? documents.evidence(documentId, user.evidenceStart(),
                    user.evidenceEnd()) : sentenceEvidence);
        }
        if (chainParties.size() < 2) {
            return null;
        }
        List<ChainHop> hops = new ArrayList<>();
        int last = endHop == null ? chainParties.size() : chainParties.size() - 1;
        for (int i = 0; i + 1 < last; i++) {
            Party from = chainParties.get(i).party();
            Party to = chainParties.get(i + 1).party();
            hops.add(new ChainHop(from, to, "supplied", false, linkEvidence(documents, documentId, links, from.id(),
                    to.id(), s.start(), s.end(), sentenceEvidence)));
        }
        if (endHop != null) {
            hops.add(endHop);
        }
        return withTimes(s.item(), chainParties, hops, s.supplied(),
                s.recovered() == null ? DatedPlace.UNKNOWN : s.recovered(), List.of(sentenceEvidence));
    }

    /**
     * Owners of a party in the network: subjects of {@code ownership} and {@code control} links to it, objects of its
     * {@code subsidiary} links.
     */
    private List<Party> owners(Connection c, String id) throws SQLException {
        Set<String> ids = new LinkedHashSet<>();
        for (org.sitrep.model.Link l : graph.neighbours(id)) {
            boolean ownedBy = (l.type().equals("ownership") || l.type().equals("control")) && l.objectId().equals(id)
                    || l.type().equals("subsidiary") && l.subjectId().equals(id);
            if (ownedBy && !l.modality().equals("denied") && !l.modality().equals("negated")) {
                ids.add(l.other(id));
            }
        }
        Map<String, Party> parties = Names.parties(c, ids);
        return ids.stream().map(parties::get).toList();
    }

    /** The stored supply link's evidence for this step when one lies in the sentence, else the sentence. */
    private static Evidence linkEvidence(Documents documents, String documentId, List<String[]> links, String from,
                                         String to, int start, int end, Evidence sentence) throws SQLException {
        for (String[] l : links) {
            boolean pair = l[0].equals(from) && l[1].equals(to) || l[0].equals(to) && l[1].equals(from);
            int at = Integer.parseInt(l[2]);
            if (pair && at >= start && at < end) {
                return documents.evidence(documentId, at, Integer.parseInt(l[3]));
            }
        }
        return sentence;
    }

    private static SupplyChain withTimes(String item, List<ChainParty> parties, List<ChainHop> hops, DatedPlace supplied,
                                         DatedPlace recovered, List<Evidence> evidence) {
        Long days = null;
        Integer months = null;
        Boolean withinMonth = null;
        if (supplied.date() != null && recovered.date() != null) {
            months = (int) ChronoUnit.MONTHS.between(YearMonth.from(supplied.date()), YearMonth.from(recovered.date()));
            if (supplied.precision().equals("day") && recovered.precision().equals("day")) {
                days = ChronoUnit.DAYS.between(supplied.date(), recovered.date());
                withinMonth = !recovered.date().isAfter(supplied.date().plusMonths(1));
            } else if (months >= 2) {
                withinMonth = false;
            }
        }
        return new SupplyChain(item, parties, hops, supplied, recovered, days, months, withinMonth, evidence);
    }

    /**
     * One chain per set of suppliers: a sentence naming the same makers and distributors as another (a follow-up
     * report) adds its evidence, and fills in what the first left open.
     */
    private static List<SupplyChain> merge(List<SupplyChain> chains) {
        List<SupplyChain> out = new ArrayList<>();
        for (SupplyChain next : chains) {
            Set<String> ids = suppliers(next);
            int same = -1;
            for (int i = 0; i < out.size() && same < 0; i++) {
                Set<String> other = suppliers(out.get(i));
                if (other.containsAll(ids) || ids.containsAll(other)) {
                    same = i;
                }
            }
            if (same < 0) {
                out.add(next);
                continue;
            }
            SupplyChain kept = out.get(same);
            SupplyChain richer = score(next) > score(kept) ? next : kept;
            SupplyChain poorer = richer == next ? kept : next;
            List<Evidence> evidence = new ArrayList<>(richer.evidence());
            poorer.evidence().stream().filter(e -> !evidence.contains(e)).forEach(evidence::add);
            out.set(same, withTimes(richer.item() != null ? richer.item() : poorer.item(), richer.parties(), richer.hops(),
                    richer.supplied().date() != null ? richer.supplied() : poorer.supplied(),
                    richer.recovered().date() != null ? richer.recovered() : poorer.recovered(), evidence));
        }
        return out;
    }

    private static Set<String> suppliers(SupplyChain chain) {
        Set<String> ids = new LinkedHashSet<>();
        chain.parties().stream().filter(p -> !p.role().equals("end_user")).forEach(p -> ids.add(p.party().id()));
        return ids;
    }

    private static int score(SupplyChain chain) {
        return (chain.item() != null ? 4 : 0) + chain.parties().size() + (chain.supplied().date() != null ? 1 : 0)
                + (chain.recovered().date() != null ? 1 : 0);
    }

}
