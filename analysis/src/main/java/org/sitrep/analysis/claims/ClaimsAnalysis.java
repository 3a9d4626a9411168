package org.sitrep.analysis.claims;

import org.sitrep.analysis.Documents;
import org.sitrep.analysis.Evidence;
import org.sitrep.analysis.Names;
import org.sitrep.analysis.Party;
import org.sitrep.analysis.events.Event;
import org.sitrep.analysis.events.Participant;
import org.sitrep.analysis.incidents.Incident;
import org.sitrep.analysis.incidents.Incidents;
import org.sitrep.analysis.incidents.Version;
import org.sitrep.store.EvidenceStore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Claims analysis: for each incident, each relation stated in documents, and each reported death, which sources
 * assert, deny, confirm or dispute it, and what that makes of it. Every other stored claim is grouped by the entity
 * it is about (kind {@code entity}), so that accusations and the denials answering them stand side by side; there
 * two positions corroborate each other only when independent sources say alike.
 *
 * <ul>
 *   <li><b>corroborated</b>: two or more independent sources (different publishers) support it and nobody denies it;</li>
 *   <li><b>disputed</b>: a source denies or disputes it, or the versions name different perpetrators or give
 *       conflicting death tolls;</li>
 *   <li><b>superseded</b>: a death first reported (typically tentatively) and later confirmed by another source;</li>
 *   <li><b>single source</b>: otherwise.</li>
 * </ul>
 * Each position carries its publisher's reliability (A-F, see {@link SourceGrades}) and a credibility grade (1-6)
 * derived from how many other independent sources agree or disagree with it.
 *
 * <pre>{@code
 * for (Assessment a : new ClaimsAnalysis(store).assess()) { ... a.status() ... a.positions() ... }
 * }</pre>
 */
public final class ClaimsAnalysis {

    /** Death tolls further apart than this (relative to the larger) count as conflicting. */
    static final double TOLL_TOLERANCE = 0.2;

    private final EvidenceStore store;
    private final Incidents incidents;

    /**
     * Claims analysis over {@code store}, grouping incidents as {@link Incidents#Incidents(EvidenceStore)} does.
     * The instance keeps the sentence model once loaded: a server should keep one instance.
     */
    public ClaimsAnalysis(EvidenceStore store) {
        this(store, new Incidents(store));
    }

    /** Claims analysis whose incidents are those {@code incidents} finds. */
    public ClaimsAnalysis(EvidenceStore store, Incidents incidents) {
        this.store = store;
        this.incidents = incidents;
    }

    /** Every assessment: incidents first (by date), then deaths, relations, entities, and lone claims. */
    public List<Assessment> assess() {
        Map<String, Reliability> grades = new SourceGrades(store).grades();
        List<Incident> found = incidents.list();
        return store.query(c -> assess(c, grades, found));
    }

    /**
     * The assessments of {@code all} that concern any of {@code entityIds}: its death, relations it is an end of,
     * incidents it took part in, and what other claims say about it.
     */
    public static List<Assessment> concerning(List<Assessment> all, Set<String> entityIds) {
        return all.stream().filter(a -> entityIds.stream().anyMatch(id -> a.id().equals("death:" + id)
                || a.id().equals("entity:" + id)
                || a.kind() == Assessment.Kind.RELATION && (a.id().endsWith(":" + id) || a.id().contains(":" + id + ":"))
                || a.incident() != null && a.incident().events().stream().anyMatch(e -> e.participants().stream()
                .anyMatch(p -> p.party().id().equals(id))))).toList();
    }

    /** The assessment with {@code id}, if any. */
    public java.util.Optional<Assessment> assessment(String id) {
        return assess().stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /**
     * A stored claim with what extraction read of its words: whether it is hedged (a stored hedge lies within it),
     * whether its cue is negated, whom a pronoun in its content stands for (and whether the content opens with
     * it), and the people its content says died.
     */
    private record ClaimRow(String id, String documentId, String sourceEntity, String source, int cueStart, int cueEnd,
                            int contentStart, int contentEnd, String stance, Set<String> about, Evidence evidence,
                            boolean hedged, boolean negated, String pronounEntity, boolean opensWithPronoun,
                            Set<String> deaths) {
        int from() {
            return Math.min(cueStart, contentStart);
        }

        int to() {
            return Math.max(cueEnd, contentEnd);
        }
    }

    private record Mention(String entityId, String schema, int start, int end) {
        boolean place() {
            return "Address".equals(schema);
        }
    }

    private static List<Assessment> assess(Connection c, Map<String, Reliability> grades, List<Incident> incidents)
            throws SQLException {
        Documents docs = new Documents(c);
        Hedges hedges = Hedges.load(c);
        List<ClaimRow> claims = claims(c, docs, hedges);
        Map<String, List<Mention>> mentions = mentions(c);
        List<Assessment> out = new ArrayList<>();
        Map<String, List<ClaimRow>> byDocument = claims.stream().collect(Collectors.groupingBy(ClaimRow::documentId));
        for (Incident incident : incidents) {
            out.add(incident(incident, byDocument, mentions, grades, hedges));
        }
        out.addAll(deaths(c, claims, grades));
        out.addAll(relations(c, claims, docs, grades, hedges));
        Set<String> covered = new HashSet<>();
        out.forEach(a -> a.positions().forEach(p -> covered.add(p.claimId())));
        out.addAll(subjects(c, claims, covered, mentions, grades));
        return out;
    }

    // ---- incidents

    private static Assessment incident(Incident incident, Map<String, List<ClaimRow>> claims, Map<String, List<Mention>> mentions,
                                       Map<String, Reliability> grades, Hedges hedges) {
        Set<String> eventIds = incident.events().stream().map(Event::id).collect(Collectors.toSet());
        Set<String> documents = incident.documents();
        Set<String> scene = new HashSet<>();
        for (Event e : incident.events()) {
            if (e.placeEntity() != null) {
                scene.add(e.placeEntity());
            }
            e.participants().stream().filter(p -> !p.actor()).forEach(p -> scene.add(p.party().id()));
        }
        Map<String, Position> positions = new LinkedHashMap<>();
        Set<String> eventClaims = new HashSet<>();
        for (Event e : incident.events()) {
            if (e.claimId() != null) {
                eventClaims.add(e.claimId());
            }
        }
        for (ClaimRow claim : documents.stream().flatMap(d -> claims.getOrDefault(d, List.of()).stream()).toList()) {
            boolean about = eventClaims.contains(claim.id()) || claim.about().stream().anyMatch(eventIds::contains)
                    || incident.events().stream().anyMatch(e -> e.evidence().documentId().equals(claim.documentId())
                    && claim.from() < e.evidence().end() && e.evidence().start() < claim.to())
                    || mentions.getOrDefault(claim.documentId(), List.of()).stream().anyMatch(m -> scene.contains(m.entityId())
                    && m.start() >= claim.contentStart() && m.end() <= claim.contentEnd());
            if (about) {
                positions.put(claim.id(), position(claim));
            }
        }
        for (Version v : incident.versions()) {
            Event e = v.event();
            if (e.claimId() == null) {
                int polarity = "denied".equals(e.modality()) || "negated".equals(e.modality()) ? -1 : 1;
                positions.putIfAbsent("event:" + e.id(), new Position(null, e.evidence().sourceKey(),
                        polarity < 0 ? "denies" : "asserts", polarity, hedged(hedges, e.evidence()), e.evidence(),
                        Reliability.F, Credibility.CANNOT_BE_JUDGED));
            }
        }
        List<String> reasons = new ArrayList<>();
        boolean disputed = denials(positions.values(), reasons);
        disputed |= conflictingPerpetrators(incident, reasons);
        disputed |= conflictingTolls(incident, reasons);
        String subject = incident.type() + (incident.place() == null ? "" : " at " + incident.place())
                + (incident.first() == null ? "" : ", " + incident.first()
                + (Objects.equals(incident.first(), incident.last()) ? "" : " to " + incident.last()));
        return finish("incident:" + incident.id(), Assessment.Kind.INCIDENT, subject, disputed, false, reasons,
                new ArrayList<>(positions.values()), grades, incident);
    }

    private static boolean denials(Iterable<Position> positions, List<String> reasons) {
        boolean any = false;
        for (Position p : positions) {
            if (p.polarity() < 0) {
                reasons.add(pastTense(p.stance()) + " by " + clip(p.source()) + " (" + p.evidence().sourceKey()
                        + (p.evidence().documentDate() == null ? "" : ", " + p.evidence().documentDate()) + ")");
                any = true;
            }
        }
        return any;
    }

    /** Two documents both naming who did it, with nobody in common. */
    private static boolean conflictingPerpetrators(Incident incident, List<String> reasons) {
        Map<String, Set<String>> byDocument = new LinkedHashMap<>();
        for (Event e : incident.events()) {
            if (!"denied".equals(e.modality())) {
                Set<String> actors = e.participants().stream().filter(Participant::actor).map(p -> p.party().name())
                        .collect(Collectors.toCollection(TreeSet::new));
                if (!actors.isEmpty()) {
                    byDocument.computeIfAbsent(e.evidence().sourceKey(), k -> new TreeSet<>()).addAll(actors);
                }
            }
        }
        List<Map.Entry<String, Set<String>>> entries = new ArrayList<>(byDocument.entrySet());
        for (int i = 0; i < entries.size(); i++) {
            for (int j = i + 1; j < entries.size(); j++) {
                Set<String> common = new HashSet<>(entries.get(i).getValue());
                common.retainAll(entries.get(j).getValue());
                if (common.isEmpty()) {
                    reasons.add("perpetrators differ: " + entries.get(i).getKey() + " names " + entries.get(i).getValue()
                            + ", " + entries.get(j).getKey() + " names " + entries.get(j).getValue());
                    return true;
                }
            }
        }
        return false;
    }

    /** Death tolls that differ by more than the tolerance, as different sources give them. */
    private static boolean conflictingTolls(Incident incident, List<String> reasons) {
        Map<Integer, Set<String>> figures = new java.util.TreeMap<>();
        for (Version v : incident.versions()) {
            Integer f = v.fatalities().figure();
            if (f != null && !"denied".equals(v.modality())) {
                figures.computeIfAbsent(f, k -> new TreeSet<>()).add(v.accordingTo() == null ? v.evidence().sourceKey()
                        : v.accordingTo() + " per " + v.evidence().sourceKey());
            }
        }
        if (figures.size() < 2) {
            return false;
        }
        int low = figures.keySet().stream().min(Integer::compare).orElseThrow();
        int high = figures.keySet().stream().max(Integer::compare).orElseThrow();
        if (high - low <= Math.max(1, TOLL_TOLERANCE * high)) {
            return false;
        }
        reasons.add("death tolls differ: " + figures.entrySet().stream()
                .map(e -> e.getKey() + " (" + String.join("; ", e.getValue()) + ")").collect(Collectors.joining(", ")));
        return true;
    }

    // ---- deaths

    /** Every person whose death a claim reports, as extraction read it, with the positions taken on it. */
    private static List<Assessment> deaths(Connection c, List<ClaimRow> claims, Map<String, Reliability> grades)
            throws SQLException {
        Map<String, List<Position>> byPerson = new LinkedHashMap<>();
        for (ClaimRow claim : claims) {
            for (String person : claim.deaths()) {
                byPerson.computeIfAbsent(person, k -> new ArrayList<>()).add(position(claim));
            }
        }
        Map<String, Party> parties = Names.parties(c, byPerson.keySet());
        List<Assessment> out = new ArrayList<>();
        for (Map.Entry<String, List<Position>> e : byPerson.entrySet()) {
            List<Position> positions = e.getValue();
            positions.sort(BY_DATE);
            List<String> reasons = new ArrayList<>();
            boolean superseded = superseded(positions, reasons);
            boolean disputed = denials(positions, reasons);
            out.add(finish("death:" + e.getKey(), Assessment.Kind.DEATH, "death of " + parties.get(e.getKey()).name(),
                    disputed, superseded, reasons, positions, grades, null));
        }
        return out;
    }

    private static String pastTense(String stance) {
        return switch (stance) {
            case "denies" -> "denied";
            case "disputes" -> "disputed";
            default -> stance;
        };
    }

    private static String clip(String text) {
        String one = text.replaceAll("\\s+", " ").strip();
        return one.length() <= 60 ? one : one.substring(0, 59) + "…";
    }

    /** A first report in favour, and a later confirmation from another document. */
    private static boolean superseded(List<Position> positions, List<String> reasons) {
        Position first = positions.stream().filter(p -> p.polarity() > 0).findFirst().orElse(null);
        if (first == null) {
            return false;
        }
        for (Position p : positions) {
            if (p.polarity() > 0 && "confirms".equals(p.stance())
                    && !p.evidence().documentId().equals(first.evidence().documentId())
                    && p.evidence().documentDate() != null && first.evidence().documentDate() != null
                    && p.evidence().documentDate().isAfter(first.evidence().documentDate())) {
                reasons.add("first reported" + (first.hedged() ? " tentatively" : "") + " by " + clip(first.source()) + " ("
                        + first.evidence().sourceKey() + ", " + first.evidence().documentDate() + "); confirmed by "
                        + clip(p.source()) + " (" + p.evidence().sourceKey() + ", " + p.evidence().documentDate() + ")");
                return true;
            }
        }
        return false;
    }

    // ---- relations

    private static List<Assessment> relations(Connection c, List<ClaimRow> claims, Documents docs,
                                              Map<String, Reliability> grades, Hedges hedges) throws SQLException {
        Map<String, ClaimRow> claimById = claims.stream().collect(Collectors.toMap(ClaimRow::id, r -> r));
        Map<String, List<Position>> byRelation = new LinkedHashMap<>();
        Map<String, String[]> ends = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, link_type, subject_id, object_id, modality, claim_id,"
                + " document_id, span_start, span_end FROM link WHERE document_id IS NOT NULL AND link_type <> 'located_in'"
                + " AND subject_id <> object_id ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String key = "relation:" + rs.getString(2) + ":" + rs.getString(3) + ":" + rs.getString(4);
                ends.put(key, new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
                List<Position> list = byRelation.computeIfAbsent(key, k -> new ArrayList<>());
                ClaimRow claim = rs.getString(6) == null ? null : claimById.get(rs.getString(6));
                if (claim != null) {
                    list.add(position(claim));
                } else {
                    Evidence ev = docs.evidence(rs.getString(7).trim(), rs.getInt(8), rs.getInt(9));
                    String modality = rs.getString(5);
                    int polarity = "denied".equals(modality) || "negated".equals(modality) ? -1 : 1;
                    list.add(new Position(null, ev.sourceKey(), polarity < 0 ? "denies" : "asserts", polarity,
                            hedged(hedges, ev), ev, Reliability.F, Credibility.CANNOT_BE_JUDGED));
                }
            }
        }
        Set<String> ids = new HashSet<>();
        ends.values().forEach(e -> {
            ids.add(e[1]);
            ids.add(e[2]);
        });
        Map<String, Party> parties = Names.parties(c, ids);
        List<Assessment> out = new ArrayList<>();
        for (Map.Entry<String, List<Position>> e : byRelation.entrySet()) {
            String[] end = ends.get(e.getKey());
            List<Position> positions = e.getValue();
            positions.sort(BY_DATE);
            List<String> reasons = new ArrayList<>();
            boolean disputed = denials(positions, reasons);
            out.add(finish(e.getKey(), Assessment.Kind.RELATION, parties.get(end[1]).name() + " --" + end[0] + "--> "
                    + parties.get(end[2]).name(), disputed, false, reasons, positions, grades, null));
        }
        return out;
    }

    // ---- every other claim, by what it is about

    /**
     * Claims no incident, relation or death took up, grouped by the entity they are about, so that a reader sees
     * who asserts, accuses, denies or confirms what of it. A claim is about the entities its content names and
     * those of the events and relations it reports; a denial naming nobody ("denied the accusation") answers the
     * claim before it in its document; a statement naming nobody else is about its speaker ("the company has done
     * nothing wrong"). A claim about nothing the knowledge base knows stands alone.
     */
    private static List<Assessment> subjects(Connection c, List<ClaimRow> claims, Set<String> covered,
                                             Map<String, List<Mention>> mentions, Map<String, Reliability> grades)
            throws SQLException {
        Map<String, Set<String>> reported = reportedEntities(c);
        Map<String, Set<String>> subjectsOf = new HashMap<>();
        Map<String, List<ClaimRow>> byDocument = new LinkedHashMap<>();
        claims.forEach(r -> byDocument.computeIfAbsent(r.documentId(), k -> new ArrayList<>()).add(r));
        for (List<ClaimRow> inDocument : byDocument.values()) {
            inDocument.sort(Comparator.comparingInt(ClaimRow::from));
            Set<String> previous = Set.of();
            for (ClaimRow claim : inDocument) {
                List<Mention> inDoc = mentions.getOrDefault(claim.documentId(), List.of());
                String speaker = claim.sourceEntity();
                Set<String> actors = new java.util.LinkedHashSet<>();
                Set<String> places = new java.util.LinkedHashSet<>();
                for (Mention m : inDoc) {
                    if (m.start() >= claim.contentStart() && m.end() <= claim.contentEnd()) {
                        (m.place() ? places : actors).add(m.entityId());
                    }
                }
                claim.about().forEach(s -> actors.addAll(reported.getOrDefault(s, Set.of())));
                Set<String> about = new java.util.LinkedHashSet<>();
                // "he", "they": whom extraction resolved the pronoun to; it decides when it opens the content
                String antecedent = actors.isEmpty() || claim.opensWithPronoun() ? claim.pronounEntity() : null;
                if (antecedent != null) {
                    about.add(antecedent);
                } else {
                    about.addAll(actors.isEmpty() ? places : actors);
                }
                boolean denial = "denies".equals(claim.stance()) || "disputes".equals(claim.stance());
                if (speaker != null) {
                    about.remove(speaker);
                    // "denies the claim that he acted as a go-between": a denial speaking of its speaker.
                    if (denial && claim.pronounEntity() != null) {
                        about.add(speaker);
                    }
                }
                if (about.isEmpty() && denial) {
                    about.addAll(previous);
                }
                if (about.isEmpty() && speaker != null) {
                    about.add(speaker);
                }
                subjectsOf.put(claim.id(), about);
                if (!about.isEmpty()) {
                    previous = about;
                }
            }
        }
        Map<String, List<Position>> byEntity = new LinkedHashMap<>();
        List<Assessment> out = new ArrayList<>();
        List<ClaimRow> alone = new ArrayList<>();
        for (ClaimRow claim : claims) {
            if (covered.contains(claim.id())) {
                continue;
            }
            Set<String> about = subjectsOf.getOrDefault(claim.id(), Set.of());
            if (about.isEmpty()) {
                alone.add(claim);
            }
            for (String entity : about) {
                byEntity.computeIfAbsent(entity, k -> new ArrayList<>()).add(position(claim));
            }
        }
        Map<String, Party> parties = Names.parties(c, byEntity.keySet());
        for (Map.Entry<String, List<Position>> e : byEntity.entrySet()) {
            out.add(topic("entity:" + e.getKey(), Assessment.Kind.ENTITY, "claims about " + parties.get(e.getKey()).name(),
                    e.getValue(), grades));
        }
        for (ClaimRow claim : alone) {
            List<Position> one = new ArrayList<>(List.of(position(claim)));
            out.add(topic("claim:" + claim.id(), Assessment.Kind.CLAIM, clip((claim.source() != null ? claim.source()
                    : claim.evidence().sourceKey()) + ": " + claim.evidence().quote()), one, grades));
        }
        return out;
    }

    /** The assessment of claims that may speak of different things about one subject. */
    private static Assessment topic(String id, Assessment.Kind kind, String subject, List<Position> positions,
                                    Map<String, Reliability> grades) {
        positions.sort(BY_DATE);
        List<String> reasons = new ArrayList<>();
        boolean superseded = superseded(positions, reasons);
        boolean disputed = denials(positions, reasons);
        return finish(id, kind, subject, disputed, superseded, reasons, positions, grades, null, ClaimsAnalysis::related);
    }

    /** Whether two claims about one subject speak of the same thing: alike in words, or a denial and an accusation. */
    private static boolean related(Position a, Position b) {
        return alike(a, b) || a.polarity() < 0 && "accuses".equals(b.stance())
                || b.polarity() < 0 && "accuses".equals(a.stance());
    }

    /** Words two claims must share (Dice coefficient over their content words) to count as saying the same. */
    static final double ALIKE = 0.3;

    private static final Set<String> STOP_WORDS = Set.of("the", "and", "that", "this", "was", "were", "had", "has",
            "have", "with", "for", "from", "its", "his", "her", "their", "they", "said", "says", "say", "been", "not",
            "but", "who", "which", "would", "will", "into", "than", "also", "about", "after", "before", "over");

    /** Whether two positions say much the same in many of the same words. */
    private static boolean alike(Position a, Position b) {
        Set<String> x = contentWords(a.evidence().quote());
        Set<String> y = contentWords(b.evidence().quote());
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        Set<String> common = new HashSet<>(x);
        common.retainAll(y);
        return 2.0 * common.size() / (x.size() + y.size()) >= ALIKE;
    }

    private static Set<String> contentWords(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 3 && !STOP_WORDS.contains(w)) {
                out.add(w.length() > 5 ? w.substring(0, 5) : w);
            }
        }
        return out;
    }

    /** The entities of each event (participants) and each relation (both ends) a claim may report. */
    private static Map<String, Set<String>> reportedEntities(Connection c) throws SQLException {
        Map<String, Set<String>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT event_id, entity_id FROM event_participant");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getString(1), k -> new java.util.LinkedHashSet<>()).add(rs.getString(2));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT l.id, l.subject_id, l.object_id FROM link l"
                + " WHERE l.document_id IS NOT NULL AND l.id IN (SELECT subject_id FROM claim_subject)");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Set<String> ends = out.computeIfAbsent(rs.getString(1), k -> new java.util.LinkedHashSet<>());
                ends.add(rs.getString(2));
                ends.add(rs.getString(3));
            }
        }
        return out;
    }

    // ---- shared

    private static final Comparator<Position> BY_DATE = Comparator
            .comparing((Position p) -> p.evidence().documentDate(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(p -> p.evidence().documentId()).thenComparingInt(p -> p.evidence().start());

    private static Assessment finish(String id, Assessment.Kind kind, String subject, boolean disputed,
                                     boolean superseded, List<String> reasons, List<Position> positions,
                                     Map<String, Reliability> grades, Incident incident) {
        return finish(id, kind, subject, disputed, superseded, reasons, positions, grades, incident, (a, b) -> true);
    }

    /**
     * The status and graded positions of one question. {@code same} tells whether two positions speak of the same
     * thing: always for an incident, relation or death; for the claims about an entity, only when they say alike.
     */
    private static Assessment finish(String id, Assessment.Kind kind, String subject, boolean disputed,
                                     boolean superseded, List<String> reasons, List<Position> positions,
                                     Map<String, Reliability> grades, Incident incident,
                                     java.util.function.BiPredicate<Position, Position> same) {
        positions.sort(BY_DATE);
        Set<String> supporting = new TreeSet<>();
        for (Position p : positions) {
            for (Position o : positions) {
                if (o != p && p.polarity() > 0 && o.polarity() > 0 && same.test(p, o)
                        && !o.evidence().sourceKey().equals(p.evidence().sourceKey())) {
                    supporting.add(p.evidence().sourceKey());
                    supporting.add(o.evidence().sourceKey());
                }
            }
        }
        if (supporting.isEmpty()) {
            positions.stream().filter(p -> p.polarity() > 0).findFirst()
                    .ifPresent(p -> supporting.add(p.evidence().sourceKey()));
        }
        Status status;
        if (superseded) {
            status = Status.SUPERSEDED;
        } else if (disputed) {
            status = Status.DISPUTED;
        } else if (supporting.size() >= 2) {
            status = Status.CORROBORATED;
            reasons.add("reported by " + supporting.size() + " independent sources: " + String.join(", ", supporting));
        } else {
            status = Status.SINGLE_SOURCE;
        }
        List<Position> graded = new ArrayList<>();
        for (Position p : positions) {
            Reliability r = p.evidence().publisher() == null ? Reliability.F
                    : grades.getOrDefault(p.evidence().publisher().toLowerCase(Locale.ROOT), Reliability.F);
            graded.add(p.graded(r, credibility(p, positions, superseded, same)));
        }
        Set<String> sources = positions.stream().filter(p -> p.polarity() != 0).map(p -> p.evidence().sourceKey())
                .collect(Collectors.toCollection(TreeSet::new));
        return new Assessment(id, kind, subject, status, List.copyOf(reasons), sources, List.copyOf(graded), incident);
    }

    /** Credibility from corroboration: how many other publishers agree, and whether any source disagrees. */
    private static Credibility credibility(Position p, List<Position> all, boolean superseded,
                                           java.util.function.BiPredicate<Position, Position> same) {
        if (p.polarity() == 0) {
            return Credibility.CANNOT_BE_JUDGED;
        }
        if (superseded && p.polarity() > 0) {
            return Credibility.CONFIRMED;
        }
        Set<String> agree = new HashSet<>();
        Set<String> disagree = new HashSet<>();
        for (Position o : all) {
            if (o == p || o.polarity() == 0) {
                continue;
            }
            if (o.polarity() == p.polarity()) {
                if (!o.evidence().sourceKey().equals(p.evidence().sourceKey()) && same.test(p, o)) {
                    agree.add(o.evidence().sourceKey());
                }
            } else if (same.test(p, o)) {
                disagree.add(o.evidence().sourceKey() + "|" + o.source());
            }
        }
        return Credibility.of(agree.size(), disagree.size());
    }

    private static Position position(ClaimRow claim) {
        String stance = claim.stance();
        int polarity = switch (stance) {
            case "denies", "disputes" -> -1;
            default -> 1;
        };
        if ("confirms".equals(stance) && claim.negated()) { // "could not confirm"
            stance = "unconfirmed";
            polarity = 0;
        }
        String source = claim.source() != null ? claim.source() : claim.evidence().sourceKey();
        return new Position(claim.id(), source, stance, polarity, claim.hedged(), claim.evidence(), Reliability.F,
                Credibility.CANNOT_BE_JUDGED);
    }

    /** Whether extraction found a hedging word within the evidence. */
    private static boolean hedged(Hedges hedges, Evidence evidence) {
        return hedges.within(evidence.documentId(), evidence.start(), evidence.end());
    }

    private static List<ClaimRow> claims(Connection c, Documents docs, Hedges hedges) throws SQLException {
        Map<String, Set<String>> about = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT claim_id, subject_id FROM claim_subject");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                about.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
            }
        }
        Map<String, Set<String>> deaths = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT claim_id, entity_id FROM claim_death ORDER BY claim_id, cue_start");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                deaths.computeIfAbsent(rs.getString(1), k -> new java.util.LinkedHashSet<>()).add(rs.getString(2));
            }
        }
        List<ClaimRow> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT cl.id, cl.document_id, cl.source_entity, cl.source_text,"
                + " cl.cue_start, cl.cue_end, cl.content_start, cl.content_end, cl.stance, se.caption,"
                + " cl.negation_start, cl.pronoun_start, cl.pronoun_entity"
                + " FROM claim cl LEFT JOIN entity se ON se.id = cl.source_entity ORDER BY cl.id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String doc = rs.getString(2).trim();
                int cs = rs.getInt(5);
                int ce = rs.getInt(6);
                int ts = rs.getInt(7);
                int te = rs.getInt(8);
                Evidence ev = docs.evidence(doc, Math.min(cs, ts), Math.max(ce, te));
                String source = rs.getString(4) != null && !isPronoun(rs.getString(4)) ? rs.getString(4) : rs.getString(10);
                boolean negated = rs.getObject(11) != null;
                Integer pronounAt = rs.getObject(12) == null ? null : rs.getInt(12);
                String pronounEntity = rs.getString(13);
                out.add(new ClaimRow(rs.getString(1), doc, rs.getString(3), source, cs, ce, ts, te, rs.getString(9),
                        about.getOrDefault(rs.getString(1), Set.of()), ev, hedges.within(doc, ev.start(), ev.end()),
                        negated, pronounEntity, pronounAt != null && pronounAt == ts,
                        deaths.getOrDefault(rs.getString(1), Set.of())));
            }
        }
        return out;
    }

    private static boolean isPronoun(String s) {
        return Set.of("he", "she", "it", "they", "we", "i", "that", "this", "who").contains(s.strip().toLowerCase(Locale.ROOT));
    }

    private static Map<String, List<Mention>> mentions(Connection c) throws SQLException {
        Map<String, List<Mention>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT document_id, entity_id, schema_name, span_start, span_end"
                + " FROM statement WHERE prop = 'name' AND document_id IS NOT NULL AND span_start IS NOT NULL");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getString(1).trim(), k -> new ArrayList<>()).add(
                        new Mention(rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5)));
            }
        }
        return out;
    }
}
