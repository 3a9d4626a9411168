package org.sitrep.analysis.ceasefire;

import org.sitrep.analysis.Documents;
import org.sitrep.analysis.Evidence;
import org.sitrep.store.EvidenceStore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ceasefire monitoring over the knowledge base: how many violations each side reported per day, whom it blamed, on
 * whose word and in which sentence; and which parties an agreement covers and which it leaves out.
 *
 * <p>Violation reports come from extracted events: those tagged {@code ceasefire_violation}, and events with a count
 * in a sentence extraction read as speaking of violations. The reporting side is the source of the event's claim.
 * Counts a side gives in sentences no event covers were read at extraction too ({@code violation_count}), so that no
 * figure a document gives is missed; the same figure from the same document is never counted twice. Whom an
 * agreement covers or leaves out is what extraction stored ({@code agreement_party}). Nothing here re-reads the text;
 * every answer carries the document and the quoted span it rests on.
 *
 * <pre>{@code
 * CeasefireReport r = new CeasefireMonitor(store).report(LocalDate.parse("2016-02-27"), null);
 * r.perSide().forEach((side, days) -> chart.addSeries(side.name(), days));
 * }</pre>
 */
public final class CeasefireMonitor {

    /** The event tag extraction gives violations of a truce. */
    public static final String VIOLATION_TAG = "ceasefire_violation";

    private static final List<String> EMPLOYER_LINKS = List.of("employment", "membership", "leadership");

    private final EvidenceStore store;

    public CeasefireMonitor(EvidenceStore store) {
        this.store = store;
    }

    /** The whole picture for days {@code from}..{@code to} (inclusive; either may be null for open). */
    public CeasefireReport report(LocalDate from, LocalDate to) {
        List<ViolationReport> reports = reports(from, to);
        List<ViolationReport> totals = reports.stream().filter(r -> r.total() && r.count() != null).toList();
        List<ViolationReport> uncounted = reports.stream().filter(r -> !totals.contains(r) && !r.isDailyCount()).toList();
        return new CeasefireReport(from, to, tally(reports), totals, uncounted, agreementParties(to));
    }

    /** Violations per day per reporting side, for days {@code from}..{@code to} (either may be null). */
    public List<DailyTally> daily(LocalDate from, LocalDate to) {
        return tally(reports(from, to));
    }

    /**
     * Every report of ceasefire violations dated within {@code from}..{@code to} (undated ones only when both bounds
     * are null, or when they are running totals), each figure once per document and side, by date.
     */
    public List<ViolationReport> reports(LocalDate from, LocalDate to) {
        return store.query(c -> {
            Documents documents = new Documents(c);
            Map<String, List<Sentence>> sentences = sentences(c);
            Map<String, List<ViolationReport>> counts = counts(c, documents);
            List<ViolationReport> out = new ArrayList<>();
            Set<String> facts = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT e.id, e.document_id, e.date_value, e.date_precision,"
                    + " e.event_count, e.tags, e.modality, e.claim_id, e.span_start, e.span_end, c.source_entity,"
                    + " c.source_text FROM event e LEFT JOIN claim c ON c.id = e.claim_id"
                    + " WHERE (e.tags LIKE ? OR e.event_count IS NOT NULL) ORDER BY e.date_value, e.document_id, e.id")) {
                ps.setString(1, "%" + VIOLATION_TAG + "%");
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        LocalDate date = rs.getObject(3, LocalDate.class);
                        String documentId = rs.getString(2).trim();
                        ViolationReport report = read(c, documents, documentId, rs, date,
                                sentences.getOrDefault(documentId, List.of()), counts.getOrDefault(documentId, List.of()));
                        if (report != null && inWindow(report, from, to) && facts.add(fact(report))) {
                            out.add(report);
                        }
                    }
                }
            }
            // Counts sides gave in sentences no extracted event covers; never twice the same figure.
            for (List<ViolationReport> stated : counts.values()) {
                for (ViolationReport r : stated) {
                    if (inWindow(r, from, to) && facts.add(fact(r))) {
                        out.add(r);
                    }
                }
            }
            out.sort(java.util.Comparator.comparing(ViolationReport::date,
                    java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
            return out;
        });
    }

    /**
     * Whom the ceasefire agreements in documents up to {@code until} (null: all) cover and exclude, as their text
     * says, each party once per role with every sentence that says so.
     */
    public List<AgreementParty> agreementParties(LocalDate until) {
        return store.query(c -> {
            Documents documents = new Documents(c);
            Map<String, Side> sides = new LinkedHashMap<>();
            Map<String, List<Evidence>> evidence = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT p.document_id, p.entity_id, p.role, p.span_start,"
                    + " p.span_end, e.caption FROM agreement_party p JOIN document d ON d.id = p.document_id"
                    + " LEFT JOIN entity e ON e.id = p.entity_id"
                    + (until == null ? "" : " WHERE d.date_value IS NULL OR d.date_value <= ?")
                    + " ORDER BY d.date_value, d.id, p.span_start,"
                    + " CASE p.role WHEN 'sponsor' THEN 0 WHEN 'party' THEN 1 ELSE 2 END, p.name_start")) {
                if (until != null) {
                    ps.setObject(1, until);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        AgreementParty.Role role = AgreementParty.Role.valueOf(rs.getString(3).toUpperCase(java.util.Locale.ROOT));
                        String key = role + "|" + rs.getString(2);
                        sides.putIfAbsent(key, new Side(rs.getString(2), rs.getString(6) == null ? rs.getString(2)
                                : rs.getString(6)));
                        List<Evidence> list = evidence.computeIfAbsent(key, k -> new ArrayList<>());
                        Evidence quote = documents.evidence(rs.getString(1).trim(), rs.getInt(4), rs.getInt(5));
                        if (!list.contains(quote)) {
                            list.add(quote);
                        }
                    }
                }
            }
            List<AgreementParty> out = new ArrayList<>();
            sides.forEach((key, side) -> out.add(new AgreementParty(side,
                    AgreementParty.Role.valueOf(key.substring(0, key.indexOf('|'))), evidence.get(key))));
            out.sort(Comparator.comparing(AgreementParty::role).thenComparing(p -> -p.evidence().size()));
            return out;
        });
    }

    /**
     * A sentence extraction read as speaking of violations: the count, the accused and whether the count is a
     * running total it gives. Offsets are code points.
     */
    private record Sentence(int start, int end, Integer count, String accused, boolean total) {
    }

    /** Every stored sentence about violations, by document, in text order. */
    private static Map<String, List<Sentence>> sentences(Connection c) throws SQLException {
        Map<String, List<Sentence>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT document_id, span_start, span_end, violation_count,"
                + " accused, total FROM violation_sentence ORDER BY document_id, span_start");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getString(1).trim(), k -> new ArrayList<>()).add(new Sentence(rs.getInt(2),
                        rs.getInt(3), (Integer) rs.getObject(4), rs.getString(5), rs.getBoolean(6)));
            }
        }
        return out;
    }

    /** The counts sides gave in documents' sentences, as extraction stored them, by document. */
    private static Map<String, List<ViolationReport>> counts(Connection c, Documents documents) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT v.document_id, v.span_start, v.span_end, v.reporter_entity,"
                + " v.violation_count, v.accused, v.total, v.date_value FROM violation_count v JOIN document d"
                + " ON d.id = v.document_id ORDER BY d.date_value, d.id, v.id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new String[] {rs.getString(1).trim(), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), String.valueOf(rs.getBoolean(7)),
                        rs.getObject(8, LocalDate.class) == null ? null : rs.getObject(8, LocalDate.class).toString()});
            }
        }
        Map<String, List<ViolationReport>> out = new LinkedHashMap<>();
        for (String[] r : rows) {
            LocalDate date = r[7] == null ? null : LocalDate.parse(r[7]);
            List<Side> accused = r[5] == null ? List.of() : List.of(new Side(null, r[5]));
            out.computeIfAbsent(r[0], k -> new ArrayList<>()).add(new ViolationReport(null, date,
                    date == null ? "unknown" : "day", side(c, r[3]), accused, Integer.valueOf(r[4]),
                    Boolean.parseBoolean(r[6]), null, "reported",
                    documents.evidence(r[0], Integer.parseInt(r[1]), Integer.parseInt(r[2]))));
        }
        return out;
    }

    private ViolationReport read(Connection c, Documents documents, String documentId, ResultSet rs, LocalDate date,
                                 List<Sentence> sentences, List<ViolationReport> stated) throws SQLException {
        int start = rs.getInt(9);
        int end = rs.getInt(10);
        Sentence sentence = null;
        for (Sentence s : sentences) {
            if (s.start() < end && start < s.end()) {
                sentence = s;
                break;
            }
        }
        boolean tagged = rs.getString(6) != null && rs.getString(6).contains(VIOLATION_TAG);
        Integer count = (Integer) rs.getObject(5);
        if (!tagged && !(count != null && sentence != null)) {
            return null;
        }
        if (count == null && sentence != null) {
            count = sentence.count();
        }
        Side reporter = reporter(c, documents, documentId, rs.getString(11), rs.getString(12));
        List<Side> accused = new ArrayList<>();
        for (Side side : participants(c, rs.getString(1))) {
            if (!side.key().equals(reporter.key())) {
                accused.add(side);
            }
        }
        if (accused.isEmpty() && sentence != null && sentence.accused() != null) {
            accused.add(new Side(null, sentence.accused()));
        }
        boolean total = sentence != null && sentence.total();
        String precision = rs.getString(4);
        if (rs.getString(11) == null && rs.getString(12) == null) {
            // Extraction found no speaker: the count a side gives in the same sentence may name one.
            for (ViolationReport r : stated) {
                if (r.count().equals(count) && r.evidence().start() < end && r.evidence().end() > start) {
                    reporter = r.reporter();
                    total = r.total();
                    if (r.date() != null) {
                        date = r.date();
                        precision = r.precision();
                    }
                    accused.removeIf(a -> a.key().equals(r.reporter().key()));
                    if (accused.isEmpty()) {
                        accused.addAll(r.accused());
                    }
                    break;
                }
            }
        }
        return new ViolationReport(rs.getString(1), date, precision, reporter, accused, count, total, rs.getString(8),
                rs.getString(7), documents.evidence(documentId, start, end));
    }

    /** What makes two reports the same figure: document, side, count, and day (running totals have no day). */
    private static String fact(ViolationReport r) {
        return r.evidence().documentId() + "|" + r.reporter().key() + "|" + r.count() + "|"
                + (r.total() ? "total" : String.valueOf(r.date()));
    }

    /**
     * The side a report comes from: the claim's source entity (a spokesman stands for the body he speaks for), else
     * the claim's source words; without a claim, the document's publisher.
     */
    private static Side reporter(Connection c, Documents documents, String documentId, String sourceEntity,
                                 String sourceText) throws SQLException {
        if (sourceEntity != null) {
            return side(c, sourceEntity);
        }
        if (sourceText != null && !sourceText.isBlank()) {
            return new Side(null, sourceText.strip().replaceFirst("^(?i)the\\s+", ""));
        }
        String publisher = documents.publisher(documentId);
        return new Side(null, publisher != null ? publisher : "unattributed");
    }

    /** The side an entity stands for: a person speaking for an organisation stands for it. */
    private static Side side(Connection c, String entityId) throws SQLException {
        String schema = null;
        String caption = entityId;
        try (PreparedStatement ps = c.prepareStatement("SELECT schema_name, caption FROM entity WHERE id = ?")) {
            ps.setString(1, entityId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    schema = rs.getString(1);
                    caption = rs.getString(2);
                }
            }
        }
        if ("Person".equals(schema)) {
            try (PreparedStatement ps = c.prepareStatement("SELECT o.id, o.caption, l.link_type FROM link l"
                    + " JOIN entity o ON o.id = l.object_id WHERE l.subject_id = ? AND o.schema_name <> 'Address'"
                    + " AND o.schema_name <> 'Person' ORDER BY l.id")) {
                ps.setString(1, entityId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (EMPLOYER_LINKS.contains(rs.getString(3))) {
                            return new Side(rs.getString(1), rs.getString(2));
                        }
                    }
                }
            }
        }
        return new Side(entityId, caption);
    }

    private static List<Side> participants(Connection c, String eventId) throws SQLException {
        List<Side> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT p.entity_id, e.caption FROM event_participant p"
                + " LEFT JOIN entity e ON e.id = p.entity_id WHERE p.event_id = ? AND p.role = 'actor'"
                + " ORDER BY p.entity_id")) {
            ps.setString(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Side(rs.getString(1), rs.getString(2) == null ? rs.getString(1) : rs.getString(2)));
                }
            }
        }
        return out;
    }

    /** Merges reports of the same day and side: the figure most sources give, the latest source's on a tie. */
    private static List<DailyTally> tally(List<ViolationReport> reports) {
        Map<String, List<ViolationReport>> byDaySide = new LinkedHashMap<>();
        for (ViolationReport r : reports) {
            if (r.isDailyCount()) {
                byDaySide.computeIfAbsent(r.date() + "|" + r.reporter().key(), k -> new ArrayList<>()).add(r);
            }
        }
        List<DailyTally> out = new ArrayList<>();
        for (List<ViolationReport> group : byDaySide.values()) {
            Map<Integer, List<ViolationReport>> byCount = new LinkedHashMap<>();
            for (ViolationReport r : group) {
                byCount.computeIfAbsent(r.count(), k -> new ArrayList<>()).add(r);
            }
            Comparator<Map.Entry<Integer, List<ViolationReport>>> support = Comparator.comparingInt(e -> e.getValue().size());
            Comparator<Map.Entry<Integer, List<ViolationReport>>> latest = Comparator.comparing(e -> e.getValue().stream()
                    .map(r -> r.evidence().documentDate()).filter(java.util.Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElse(LocalDate.MIN));
            int count = byCount.entrySet().stream().max(support.thenComparing(latest)).orElseThrow().getKey();
            List<Integer> others = byCount.keySet().stream().filter(n -> n != count).sorted().toList();
            Map<String, Side> accused = new LinkedHashMap<>();
            group.forEach(r -> r.accused().forEach(a -> accused.putIfAbsent(a.key(), a)));
            ViolationReport first = group.getFirst();
            out.add(new DailyTally(first.date(), first.reporter(), List.copyOf(accused.values()), count, others, group));
        }
        out.sort(Comparator.comparing(DailyTally::date).thenComparing(t -> t.reporter().name()));
        return out;
    }

    /** Dated within the window; running totals count when undated too (they span the window's days). */
    private static boolean inWindow(ViolationReport r, LocalDate from, LocalDate to) {
        return within(r.date(), from, to) || r.total() && r.date() == null;
    }

    private static boolean within(LocalDate date, LocalDate from, LocalDate to) {
        if (date == null) {
            return from == null && to == null;
        }
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
}
