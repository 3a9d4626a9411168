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
import java.util.regex.MatchResult;

/**
 * Ceasefire monitoring over the knowledge base: how many violations each side reported per day, whom it blamed, on
 * whose word and in which sentence; and which parties an agreement covers and which it leaves out.
 *
 * <p>Violation reports come from extracted events: those tagged {@code ceasefire_violation}, and events with a count
 * whose sentence speaks of violations. The reporting side is the source of the event's claim. Counts in sentences
 * that no event covers are read with cue patterns (the side named before "said", "recorded", ...), so that no figure
 * a document gives is missed; the same figure from the same document is never counted twice. Agreement coverage is
 * read with cue patterns ({@code cues.tsv}) over the stored sentences and their entity mentions. Every answer carries
 * the document and the quoted span it rests on.
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
    private final CuePatterns cues = CuePatterns.load(CeasefireMonitor.class, "cues.tsv");

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
            Map<String, MentionedText> texts = new HashMap<>();
            List<ViolationReport> out = new ArrayList<>();
            Set<String> facts = new HashSet<>();
            Map<String, List<ViolationReport>> sentenceReports = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT e.id, e.document_id, e.date_value, e.date_precision,"
                    + " e.event_count, e.tags, e.modality, e.claim_id, e.span_start, e.span_end, c.source_entity,"
                    + " c.source_text, c.cue_start FROM event e LEFT JOIN claim c ON c.id = e.claim_id"
                    + " WHERE (e.tags LIKE ? OR e.event_count IS NOT NULL) ORDER BY e.date_value, e.document_id, e.id")) {
                ps.setString(1, "%" + VIOLATION_TAG + "%");
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        LocalDate date = rs.getObject(3, LocalDate.class);
                        String documentId = rs.getString(2).trim();
                        MentionedText text = texts.get(documentId);
                        if (text == null) {
                            text = MentionedText.load(c, documentId);
                            texts.put(documentId, text);
                        }
                        ViolationReport report = read(c, documents, text, rs, date, sentenceReports);
                        if (report != null && inWindow(report, from, to) && facts.add(fact(report))) {
                            out.add(report);
                        }
                    }
                }
            }
            // Counts in sentences no extracted event covers, read with cue patterns; never twice the same figure.
            for (String documentId : documentsAbout(c, null)) {
                MentionedText text = texts.containsKey(documentId) ? texts.get(documentId) : MentionedText.load(c, documentId);
                List<ViolationReport> stated = sentenceReports.get(documentId);
                for (ViolationReport r : stated != null ? stated : fromSentences(c, documents, text)) {
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
            for (String documentId : documentsAbout(c, until)) {
                MentionedText text = MentionedText.load(c, documentId);
                String previous = "";
                for (int[] s : text.sentences()) {
                    String sentence = text.text().substring(s[0], s[1]);
                    if (cues.any("agreement_term", sentence) || cues.any("agreement_term", previous)) {
                        for (AgreementParty.Role role : AgreementParty.Role.values()) {
                            for (MentionedText.Mention m : named(text, s, role.label())) {
                                String key = role + "|" + m.entityId();
                                sides.putIfAbsent(key, new Side(m.entityId(), m.caption()));
                                List<Evidence> list = evidence.computeIfAbsent(key, k -> new ArrayList<>());
                                Evidence quote = documents.evidence(documentId, text.codePoint(s[0]), text.codePoint(s[1]));
                                if (!list.contains(quote)) {
                                    list.add(quote);
                                }
                            }
                        }
                    }
                    previous = sentence;
                }
            }
            List<AgreementParty> out = new ArrayList<>();
            sides.forEach((key, side) -> out.add(new AgreementParty(side,
                    AgreementParty.Role.valueOf(key.substring(0, key.indexOf('|'))), evidence.get(key))));
            out.sort(Comparator.comparing(AgreementParty::role).thenComparing(p -> -p.evidence().size()));
            return out;
        });
    }

    private ViolationReport read(Connection c, Documents documents, MentionedText text, ResultSet rs, LocalDate date,
                                 Map<String, List<ViolationReport>> sentenceReports) throws SQLException {
        int start = rs.getInt(9);
        int end = rs.getInt(10);
        String sentence = text.text().substring(text.charIndex(start), text.charIndex(end));
        boolean tagged = rs.getString(6) != null && rs.getString(6).contains(VIOLATION_TAG);
        Integer count = (Integer) rs.getObject(5);
        if (!tagged && !(count != null && cues.any("violation", sentence))) {
            return null;
        }
        if (count == null) {
            MatchResult m = cues.first("count", sentence);
            count = m == null ? null : Integer.valueOf(m.group("count"));
        }
        Side reporter = reporter(c, documents, text, rs.getString(2).trim(), rs.getString(11), rs.getString(12),
                rs.getObject(13) == null ? -1 : rs.getInt(13));
        List<Side> accused = new ArrayList<>();
        for (Side side : participants(c, rs.getString(1))) {
            if (!side.key().equals(reporter.key())) {
                accused.add(side);
            }
        }
        if (accused.isEmpty()) {
            MatchResult m = cues.first("accused", sentence);
            if (m != null) {
                accused.add(new Side(null, m.group("accused").strip()));
            }
        }
        boolean total = cues.any("total", sentence);
        String precision = rs.getString(4);
        if (rs.getString(11) == null && rs.getString(12) == null) {
            // Extraction found no speaker: the sentence's own clause giving this figure may name one.
            List<ViolationReport> stated = sentenceReports.get(text.documentId());
            if (stated == null) {
                stated = fromSentences(c, documents, text);
                sentenceReports.put(text.documentId(), stated);
            }
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
                rs.getString(7), documents.evidence(text.documentId(), start, end));
    }

    /** What makes two reports the same figure: document, side, count, and day (running totals have no day). */
    private static String fact(ViolationReport r) {
        return r.evidence().documentId() + "|" + r.reporter().key() + "|" + r.count() + "|"
                + (r.total() ? "total" : String.valueOf(r.date()));
    }

    /**
     * Violation counts stated in a document's sentences: each clause with a count and a side that gives it ("the HNC
     * said government forces broke the truce 15 times on Feb. 27"); the side is the entity named before the speaking
     * verb, the day the clause's date (or the previous clause's, for "the same day").
     */
    private List<ViolationReport> fromSentences(Connection c, Documents documents, MentionedText text)
            throws SQLException {
        List<ViolationReport> out = new ArrayList<>();
        LocalDate published = documentDate(c, text.documentId());
        Integer year = published == null ? null : published.getYear();
        String all = text.text();
        LocalDate lastDate = null;
        for (int[] s : text.sentences()) {
            String sentence = all.substring(s[0], s[1]);
            if (!cues.any("violation", sentence) && !cues.any("count", sentence)) {
                continue;
            }
            List<int[]> clauses = new ArrayList<>();
            int from = s[0];
            for (MatchResult b : cues.all("clause_break", sentence)) {
                if (s[0] + b.start() > from) {
                    clauses.add(new int[] {from, s[0] + b.start()});
                }
                from = s[0] + b.end();
            }
            clauses.add(new int[] {from, s[1]});
            for (int[] clause : clauses) {
                String words = all.substring(clause[0], clause[1]);
                List<TextDates.Found> dates = TextDates.find(all, clause[0], clause[1], year);
                LocalDate date = !dates.isEmpty() ? dates.getFirst().date()
                        : cues.any("same_day", words) ? lastDate : null;
                if (!dates.isEmpty()) {
                    lastDate = date;
                }
                MatchResult count = cues.first("count", words);
                MatchResult speaker = cues.first("speaker", words);
                if (count == null || speaker == null || !cues.any("violation", sentence)) {
                    continue;
                }
                MentionedText.Mention who = null;
                for (MentionedText.Mention m : text.mentionsIn(clause[0], clause[0] + speaker.start())) {
                    if (who == null || who.isPlace() && !m.isPlace()) {
                        who = m;
                    }
                }
                if (who == null) {
                    continue;
                }
                List<Side> accused = new ArrayList<>();
                MatchResult blamed = cues.first("accused", words);
                if (blamed != null) {
                    accused.add(new Side(null, blamed.group("accused").strip()));
                }
                out.add(new ViolationReport(null, date, date == null ? "unknown" : "day", side(c, who.entityId()),
                        accused, Integer.valueOf(count.group("count")), cues.any("total", words), null, "reported",
                        documents.evidence(text.documentId(), text.codePoint(s[0]), text.codePoint(s[1]))));
            }
        }
        return out;
    }

    private static LocalDate documentDate(Connection c, String documentId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT date_value FROM document WHERE id = ?")) {
            ps.setString(1, documentId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getObject(1, LocalDate.class) : null;
            }
        }
    }

    /**
     * The side a report comes from: the claim's source entity (a spokesman stands for the body he speaks for), else
     * the entity named in the claim's source words, else those words; without a claim, the document's publisher.
     */
    private Side reporter(Connection c, Documents documents, MentionedText text, String documentId, String sourceEntity,
                          String sourceText, int cueStart) throws SQLException {
        if (sourceEntity != null) {
            return side(c, sourceEntity);
        }
        if (sourceText != null && !sourceText.isBlank()) {
            int cue = cueStart < 0 ? text.text().length() : text.charIndex(cueStart);
            int at = text.text().lastIndexOf(sourceText, cue);
            if (at >= 0) {
                // The words up to the cue: "The Russian Centre ..., based at the Khmeimim airbase, said".
                MentionedText.Mention best = null;
                for (MentionedText.Mention m : text.mentionsIn(at, Math.max(cue, at + sourceText.length()))) {
                    if (best == null || best.isPlace() && !m.isPlace()) {
                        best = m;
                    }
                }
                if (best != null) {
                    return side(c, best.entityId());
                }
            }
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

    /** The parties named around the cues of {@code kind} in sentence {@code s}. */
    private List<MentionedText.Mention> named(MentionedText text, int[] s, String kind) {
        String sentence = text.text().substring(s[0], s[1]);
        List<MentionedText.Mention> out = new ArrayList<>();
        for (MatchResult m : cues.all(kind + "_after", sentence)) {
            out.addAll(listAfter(text, s[0] + m.end(), s[1]));
        }
        for (MatchResult m : cues.all(kind + "_before", sentence)) {
            out.addAll(listBefore(text, s[0], s[0] + m.start()));
        }
        return out;
    }

    /** The list of parties that starts right after {@code from}: "X, Y and Z", up to where a new clause begins. */
    private List<MentionedText.Mention> listAfter(MentionedText text, int from, int to) {
        List<MentionedText.Mention> out = new ArrayList<>();
        int previousEnd = from;
        for (MentionedText.Mention m : text.mentionsIn(from, to)) {
            if (m.start() < previousEnd) {
                continue; // nested in a mention already taken
            }
            String gap = text.text().substring(previousEnd, m.start());
            if (words(gap) > (out.isEmpty() ? 4 : 8) || breaksList(gap)) {
                break;
            }
            String after = text.text().substring(m.end(), Math.min(to, m.end() + 2));
            if (after.startsWith("'s") || after.startsWith("’s")) {
                previousEnd = m.end() + 2; // "al Qaeda's affiliate" describes, it does not list
                continue;
            }
            out.add(m);
            previousEnd = m.end();
        }
        return out;
    }

    /** The list of parties that ends right before {@code to}: "X and Y, which are outside the deal". */
    private List<MentionedText.Mention> listBefore(MentionedText text, int from, int to) {
        List<MentionedText.Mention> before = text.mentionsIn(from, to);
        List<MentionedText.Mention> out = new ArrayList<>();
        int nextStart = to;
        for (int i = before.size() - 1; i >= 0; i--) {
            MentionedText.Mention m = before.get(i);
            if (m.end() > nextStart) {
                continue;
            }
            String gap = text.text().substring(m.end(), nextStart).strip().toLowerCase(java.util.Locale.ROOT);
            boolean joined = out.isEmpty() ? gap.matches("[,\\s]*") : gap.matches(",?\\s*(?:(?:and|or|as well as)\\s+)?(?:the\\s+)?");
            if (!joined) {
                break;
            }
            out.add(m);
            nextStart = m.start();
        }
        return out;
    }

    /** Whether a stretch between two names starts a new clause rather than continuing a list of parties. */
    private boolean breaksList(String gap) {
        for (String kind : List.of("list_breaker", "agreement_term", "excluded_after", "sponsor_after", "party_after")) {
            if (cues.any(kind, gap)) {
                return true;
            }
        }
        return false;
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("[\\s,\"“”]+").length;
    }

    private List<String> documentsAbout(Connection c, LocalDate until) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, text FROM document"
                + (until == null ? "" : " WHERE date_value IS NULL OR date_value <= ?") + " ORDER BY date_value, id")) {
            if (until != null) {
                ps.setObject(1, until);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (cues.any("excluded_after", rs.getString(2)) || cues.any("excluded_before", rs.getString(2))
                            || cues.any("agreement_term", rs.getString(2))) {
                        out.add(rs.getString(1).trim());
                    }
                }
            }
        }
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
