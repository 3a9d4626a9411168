package org.sitrep.analysis.supply;

import org.sitrep.analysis.Documents;
import org.sitrep.analysis.Evidence;
import org.sitrep.analysis.Names;
import org.sitrep.analysis.Party;
import org.sitrep.analysis.ceasefire.CuePatterns;
import org.sitrep.analysis.ceasefire.MentionedText;
import org.sitrep.analysis.ceasefire.TextDates;
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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.MatchResult;

/**
 * Supply chains in the knowledge base: how an item went from its manufacturer through distributors to the armed
 * group it was recovered from, with the evidence for every step and the time from lawful supply to recovery.
 *
 * <p>Chains are read where the store says something was supplied: sentences that are the evidence of a
 * {@code supply} link or of a "Trade or supply" event. The parties are the entities mentioned there, in the order the
 * sentence passes the item on; cue patterns ({@code cues.tsv}) tell manufacturer from distributor, find the item, and
 * the recovery ("recovered from ... in Kobane in February 2015"). When a sentence says the item was recovered but not
 * from whom, the end user is the party the document's other recovery sentences name most (marked inferred). The same
 * chain told by several documents is one chain with every sentence as evidence.
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
    private final CuePatterns cues = CuePatterns.load(SupplyChains.class, "cues.tsv");

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
        Map<String, Set<List<Integer>>> spans = new TreeMap<>();
        Map<String, List<String[]>> links = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT document_id, span_start, span_end, subject_id, object_id"
                + " FROM link WHERE link_type = 'supply' AND document_id IS NOT NULL ORDER BY document_id, span_start");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String doc = rs.getString(1).trim();
                spans.computeIfAbsent(doc, k -> new LinkedHashSet<>()).add(List.of(rs.getInt(2), rs.getInt(3)));
                links.computeIfAbsent(doc, k -> new ArrayList<>()).add(new String[] {rs.getString(4), rs.getString(5),
                        String.valueOf(rs.getInt(2)), String.valueOf(rs.getInt(3))});
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT document_id, span_start, span_end FROM event"
                + " WHERE sub_event_type = ? ORDER BY document_id, span_start")) {
            ps.setString(1, TRADE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    spans.computeIfAbsent(rs.getString(1).trim(), k -> new LinkedHashSet<>())
                            .add(List.of(rs.getInt(2), rs.getInt(3)));
                }
            }
        }
        List<SupplyChain> chains = new ArrayList<>();
        for (Map.Entry<String, Set<List<Integer>>> doc : spans.entrySet()) {
            MentionedText text = MentionedText.load(c, doc.getKey());
            Set<List<Integer>> sentences = new LinkedHashSet<>();
            for (List<Integer> span : doc.getValue()) {
                int[] s = text.sentence(text.charIndex(span.get(0)));
                sentences.add(List.of(s[0], s[1]));
            }
            for (List<Integer> s : sentences) {
                SupplyChain chain = chain(c, documents, text, s.get(0), s.get(1), links.getOrDefault(doc.getKey(), List.of()));
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

    /** The chain one sentence tells, or null when it names fewer than two parties. */
    private SupplyChain chain(Connection c, Documents documents, MentionedText text, int start, int end,
                              List<String[]> links) throws SQLException {
        String all = text.text();
        String sentence = all.substring(start, end);
        boolean linked = links.stream().anyMatch(l -> {
            int at = text.charIndex(Integer.parseInt(l[2]));
            return at >= start && at < end;
        });
        if (!linked && !cues.any("distribution", sentence)
                && !(cues.any("manufacture", sentence) && cues.any("recovery", sentence))) {
            return null; // trade mentioned in passing ("oil purchases made by"), not a chain of deliveries
        }
        MatchResult recovery = cues.first("recovery", sentence);
        int recoveredAt = recovery == null ? end : start + recovery.start();
        Evidence sentenceEvidence = documents.evidence(text.documentId(), text.codePoint(start), text.codePoint(end));

        Map<String, MentionedText.Mention> parties = new LinkedHashMap<>();
        for (MentionedText.Mention m : text.mentionsIn(start, recoveredAt)) {
            if (!m.isPlace()) {
                parties.putIfAbsent(m.entityId(), m);
            }
        }
        List<ChainParty> chainParties = new ArrayList<>();
        Map<String, Party> known = Names.parties(c, parties.keySet());
        int previousEnd = start;
        for (MentionedText.Mention m : parties.values()) {
            String before = all.substring(previousEnd, m.start());
            String role = cues.any("manufacture", before) ? "manufacturer"
                    : cues.any("distribution", before) ? "distributor" : "supplier";
            chainParties.add(new ChainParty(known.get(m.entityId()), role, placeAfter(text, m.end(), end),
                    owners(c, m.entityId())));
            previousEnd = m.end();
        }

        DatedPlace supplied = DatedPlace.UNKNOWN;
        DatedPlace recovered = DatedPlace.UNKNOWN;
        List<TextDates.Found> before = TextDates.find(all, start, recoveredAt);
        if (!before.isEmpty()) {
            supplied = new DatedPlace(before.getLast().date(), before.getLast().precision(), null);
        }
        ChainHop endHop = null;
        if (recovery != null) {
            List<TextDates.Found> after = TextDates.find(all, recoveredAt, end);
            String place = text.mentionsIn(recoveredAt, end).stream().filter(MentionedText.Mention::isPlace)
                    .map(m -> all.substring(m.start(), m.end())).findFirst().orElse(null);
            recovered = after.isEmpty() ? new DatedPlace(null, "unknown", place)
                    : new DatedPlace(after.getFirst().date(), after.getFirst().precision(), place);
            MentionedText.Mention user = text.mentionsIn(recoveredAt, end).stream()
                    .filter(m -> !m.isPlace() && !parties.containsKey(m.entityId())).findFirst().orElse(null);
            Evidence userEvidence = sentenceEvidence;
            boolean inferred = false;
            if (user == null) {
                Object[] context = endUserFromContext(documents, text, parties.keySet());
                if (context != null) {
                    user = (MentionedText.Mention) context[0];
                    userEvidence = (Evidence) context[1];
                    inferred = true;
                }
            }
            if (user != null && !chainParties.isEmpty()) {
                Party p = Names.parties(c, List.of(user.entityId())).get(user.entityId());
                chainParties.add(new ChainParty(p, "end_user", null, List.of()));
                endHop = new ChainHop(chainParties.get(chainParties.size() - 2).party(), p, "recovered_from", inferred,
                        userEvidence);
            }
        }
        if (chainParties.size() < 2) {
            return null;
        }
        String item = null;
        MatchResult made = cues.first("manufacture", sentence);
        if (made != null && start + made.start() <= parties.values().iterator().next().start()) {
            item = sentence.substring(0, made.start());
            MatchResult bullet = cues.first("bullet", item);
            item = (bullet == null ? item : item.substring(bullet.end())).strip();
            if (item.indexOf(',') > 0) {
                item = item.substring(0, item.indexOf(',')); // "Aluminium paste, a chemical precursor ...": the noun
            }
            if (item.isEmpty() || item.length() > 100) {
                item = null;
            }
        }
        List<ChainHop> hops = new ArrayList<>();
        int last = endHop == null ? chainParties.size() : chainParties.size() - 1;
        for (int i = 0; i + 1 < last; i++) {
            Party from = chainParties.get(i).party();
            Party to = chainParties.get(i + 1).party();
            hops.add(new ChainHop(from, to, "supplied", false, linkEvidence(documents, text, links, from.id(), to.id(),
                    start, end, sentenceEvidence)));
        }
        if (endHop != null) {
            hops.add(endHop);
        }
        return withTimes(item, chainParties, hops, supplied, recovered, List.of(sentenceEvidence));
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
    private static Evidence linkEvidence(Documents documents, MentionedText text, List<String[]> links, String from,
                                         String to, int start, int end, Evidence sentence) throws SQLException {
        for (String[] l : links) {
            boolean pair = l[0].equals(from) && l[1].equals(to) || l[0].equals(to) && l[1].equals(from);
            int s = text.charIndex(Integer.parseInt(l[2]));
            if (pair && s >= start && s < end) {
                return documents.evidence(text.documentId(), Integer.parseInt(l[2]), Integer.parseInt(l[3]));
            }
        }
        return sentence;
    }

    /** The place named right after a party: "Gujarat Detonics Ltd of India", "a distributor in Istanbul". */
    private static String placeAfter(MentionedText text, int from, int end) {
        for (MentionedText.Mention m : text.mentionsIn(from, end)) {
            String gap = text.text().substring(from, m.start());
            if (!m.isPlace()) {
                return null;
            }
            if (gap.matches("(?i)\\s*,?\\s*(?:an? [\\p{L} ]{0,30}?\\s)?(?:of|in|from|based in)\\s+(?:the\\s+)?")) {
                return text.text().substring(m.start(), m.end());
            }
            return null;
        }
        return null;
    }

    /**
     * The party the document's recovery sentences name most (after their cue), with the first sentence naming it:
     * who the recovered material was taken from when a sentence does not repeat it.
     */
    private Object[] endUserFromContext(Documents documents, MentionedText text, Set<String> exclude) throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Object[]> first = new HashMap<>();
        for (int[] s : text.sentences()) {
            MatchResult cue = cues.first("recovery", text.text().substring(s[0], s[1]));
            if (cue == null) {
                continue;
            }
            for (MentionedText.Mention m : text.mentionsIn(s[0] + cue.end(), s[1])) {
                if (!m.isPlace() && !exclude.contains(m.entityId())) {
                    counts.merge(m.entityId(), 1, Integer::sum);
                    if (!first.containsKey(m.entityId())) {
                        first.put(m.entityId(), new Object[] {m,
                                documents.evidence(text.documentId(), text.codePoint(s[0]), text.codePoint(s[1]))});
                    }
                }
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> first.get(e.getKey())).orElse(null);
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
