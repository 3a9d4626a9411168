package org.sitrep.analysis.incidents;

import org.sitrep.analysis.events.Event;
import org.sitrep.analysis.events.Events;
import org.sitrep.store.EvidenceStore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Groups events from different documents that describe the same happening into incidents. Two events are taken to
 * be the same happening when their types are compatible (any two kinds of violence; otherwise the same sub-type),
 * their dates lie within {@value #DAYS} days of each other, and their places are the same or near (same place
 * entity or name, one located in the other, or within {@value #NEAR_KM} km). An event with no place, or only a
 * country, joins the closest compatible event of its own document, else one of another document sharing an actor,
 * else the other document's event whose sentence is most alike in meaning (cosine of sentence embeddings at least
 * {@value #SIMILAR}).
 *
 * <pre>{@code
 * for (Incident i : new Incidents(store).list()) { i.versions().forEach(v -> ...); }
 * }</pre>
 */
public final class Incidents {

    /**
     * Date window for one happening: reports often give the publication day, not the event day. No incident spans
     * more days than this.
     */
    public static final int DAYS = 2;
    /** Places this close count as the same scene (a town and the district centre reported for it). */
    public static final int NEAR_KM = 60;

    private static final Set<String> VIOLENCE = Set.of("battles", "explosions/remote violence",
            "violence against civilians", "riots");
    private static final String DESTRUCTION = "looting/property destruction";

    /** Two sentences at least this alike (cosine) may join a vague report to another document's report. */
    public static final double SIMILAR = 0.7;

    private final EvidenceStore store;
    private final SentenceSimilarity similarity;

    /**
     * Incidents over {@code store}, comparing sentences with the all-MiniLM-L6-v2 model, loaded on first need and
     * kept by this instance (a server should keep one instance rather than make one per request).
     */
    public Incidents(EvidenceStore store) {
        this(store, new LazySimilarity());
    }

    /** Incidents over {@code store}, comparing sentences with {@code similarity}. */
    public Incidents(EvidenceStore store, SentenceSimilarity similarity) {
        this.store = store;
        this.similarity = similarity;
    }

    /** Every incident reported by at least two documents, earliest first. */
    public List<Incident> list() {
        return store.query(c -> list(c, similarity));
    }

    /** Loads the embedding model only when some pair of reports needs it. */
    private static final class LazySimilarity implements SentenceSimilarity {
        private SentenceSimilarity model;

        @Override
        public synchronized double[][] matrix(List<String> sentences) {
            if (sentences.size() < 2) {
                return NONE.matrix(sentences);
            }
            if (model == null) {
                model = new MiniLmSimilarity();
            }
            return model.matrix(sentences);
        }
    }

    /** As {@link #list()}, on an open connection. */
    public static List<Incident> list(Connection c, SentenceSimilarity similarity) throws SQLException {
        List<Event> events = Events.load(c);
        Map<String, Set<String>> within = containment(c);
        int n = events.size();
        int[] parent = new int[n];
        LocalDate[][] span = new LocalDate[n][];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            span[i] = new LocalDate[] {events.get(i).date(), events.get(i).date()};
        }
        // Events come sorted by date (undated last), so only neighbours within the date window need comparing.
        // Events naming a precise place group with every compatible event near it ...
        for (int i = 0; i < n && events.get(i).date() != null; i++) {
            Event a = events.get(i);
            for (int j = i + 1; j < n && withinWindow(a, events.get(j)); j++) {
                Event b = events.get(j);
                if (specific(a) && specific(b) && comparable(a, b) && samePlace(a, b, within)) {
                    union(parent, span, i, j);
                }
            }
        }
        // ... while an event with no place, or only a country, joins just one: the closest compatible event of its
        // own document that names a place, else one from another document that shares an actor, else the most
        // alike sentence of another document. That keeps a vague event from chaining two different scenes together.
        Map<Integer, List<Integer>> unlinked = new LinkedHashMap<>();
        Map<Integer, Integer> row = new LinkedHashMap<>();
        for (int i = 0; i < n && events.get(i).date() != null; i++) {
            Event a = events.get(i);
            if (specific(a)) {
                continue;
            }
            for (int j : window(events, i)) {
                Event b = events.get(j);
                if (comparable(a, b) && !a.evidence().documentId().equals(b.evidence().documentId())
                        && sameCountry(a, b) && !sharesActor(a, b)) {
                    unlinked.computeIfAbsent(i, k -> new ArrayList<>()).add(j);
                    row.putIfAbsent(i, row.size());
                    row.putIfAbsent(j, row.size());
                }
            }
        }
        double[][] alike = similarity.matrix(row.keySet().stream().map(k -> events.get(k).evidence().quote()).toList());
        for (int i = 0; i < n && events.get(i).date() != null; i++) {
            Event a = events.get(i);
            if (specific(a)) {
                continue;
            }
            int best = -1;
            long bestScore = Long.MAX_VALUE;
            for (int j : window(events, i)) {
                Event b = events.get(j);
                if (!comparable(a, b)) {
                    continue;
                }
                long score;
                if (a.evidence().documentId().equals(b.evidence().documentId()) && specific(b)) {
                    // Within one article a country-level place is often the wrong one (where a monitor sits).
                    score = Math.abs(a.evidence().start() - b.evidence().start());
                } else if (sharesActor(a, b) && sameCountry(a, b)) {
                    score = 1_000_000_000L + Math.abs(ChronoUnit.DAYS.between(a.date(), b.date()));
                } else if (unlinked.getOrDefault(i, List.of()).contains(j)
                        && alike[row.get(i)][row.get(j)] >= SIMILAR) {
                    score = 2_000_000_000L + Math.round((1 - alike[row.get(i)][row.get(j)]) * 1_000_000);
                } else {
                    continue;
                }
                if (score < bestScore) {
                    bestScore = score;
                    best = j;
                }
            }
            if (best >= 0) {
                union(parent, span, i, best);
            }
        }
        Map<Integer, List<Event>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(events.get(i));
        }
        List<Incident> out = new ArrayList<>();
        for (List<Event> group : groups.values()) {
            long documents = group.stream().map(e -> e.evidence().documentId()).distinct().count();
            if (documents >= 2) {
                out.add(incident(group));
            }
        }
        out.sort(Comparator.comparing(Incident::first, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Incident::id));
        return out;
    }

    /** The incident an event belongs to, if it was reported by more than one document. */
    public Optional<Incident> of(String eventId) {
        return list().stream().filter(i -> i.events().stream().anyMatch(e -> e.id().equals(eventId))).findFirst();
    }

    /** Compatible types, dates within the window, and neither a forecast nor a hypothesis. */
    static boolean comparable(Event a, Event b) {
        return compatibleTypes(a, b) && a.date() != null && b.date() != null
                && Math.abs(ChronoUnit.DAYS.between(a.date(), b.date())) <= DAYS
                && !isFutureOrPast(a) && !isFutureOrPast(b);
    }

    /** Indexes of the other events dated within the window of event {@code i} (events sorted by date). */
    private static List<Integer> window(List<Event> events, int i) {
        Event a = events.get(i);
        int first = i;
        while (first > 0 && withinWindow(events.get(first - 1), a)) {
            first--;
        }
        List<Integer> out = new ArrayList<>();
        for (int j = first; j < events.size() && withinWindow(a, events.get(j)); j++) {
            if (j != i) {
                out.add(j);
            }
        }
        return out;
    }

    /** Whether {@code b} (not earlier than {@code a}) is dated within the window of {@code a}. */
    private static boolean withinWindow(Event a, Event b) {
        return a.date() != null && b.date() != null && Math.abs(ChronoUnit.DAYS.between(a.date(), b.date())) <= DAYS;
    }

    private static boolean sameCountry(Event a, Event b) {
        return a.country() == null || b.country() == null || a.country().equals(b.country());
    }

    private static boolean isFutureOrPast(Event e) {
        return "future".equals(e.modality()) || "hypothetical".equals(e.modality());
    }

    static boolean compatibleTypes(Event a, Event b) {
        if (violent(a) && violent(b)) {
            return true;
        }
        return a.type().equalsIgnoreCase(b.type()) && a.subType() != null && a.subType().equalsIgnoreCase(b.subType());
    }

    private static boolean violent(Event e) {
        return VIOLENCE.contains(e.type().toLowerCase(java.util.Locale.ROOT))
                || (e.subType() != null && e.subType().equalsIgnoreCase(DESTRUCTION));
    }

    /** Whether the event names a place finer than a country. */
    private static boolean specific(Event e) {
        return e.place() != null && !"country".equals(e.placePrecision());
    }

    private static boolean samePlace(Event a, Event b, Map<String, Set<String>> within) {
        if (a.placeEntity() != null && a.placeEntity().equals(b.placeEntity())) {
            return true;
        }
        if (a.place().equalsIgnoreCase(b.place())) {
            return true;
        }
        if (a.placeEntity() != null && b.placeEntity() != null
                && (within.getOrDefault(a.placeEntity(), Set.of()).contains(b.placeEntity())
                || within.getOrDefault(b.placeEntity(), Set.of()).contains(a.placeEntity()))) {
            return true;
        }
        if (a.latitude() != null && b.latitude() != null && a.longitude() != null && b.longitude() != null) {
            return kilometres(a.latitude(), a.longitude(), b.latitude(), b.longitude()) <= NEAR_KM;
        }
        return false;
    }

    private static boolean sharesActor(Event a, Event b) {
        Set<String> ids = a.participants().stream().filter(p -> p.actor()).map(p -> p.party().id())
                .collect(Collectors.toSet());
        return b.participants().stream().anyMatch(p -> p.actor() && ids.contains(p.party().id()));
    }

    static double kilometres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** For each place, every place its located_in links put it inside (transitively). */
    private static Map<String, Set<String>> containment(Connection c) throws SQLException {
        Map<String, Set<String>> parents = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT subject_id, object_id FROM link WHERE link_type = 'located_in'");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                parents.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
            }
        }
        Map<String, Set<String>> closure = new HashMap<>();
        for (String place : parents.keySet()) {
            Set<String> all = new HashSet<>();
            List<String> todo = new ArrayList<>(parents.get(place));
            while (!todo.isEmpty() && all.size() < 50) {
                String p = todo.removeLast();
                if (all.add(p)) {
                    todo.addAll(parents.getOrDefault(p, Set.of()));
                }
            }
            closure.put(place, all);
        }
        return closure;
    }

    private static Incident incident(List<Event> group) {
        List<Event> ordered = new ArrayList<>(group);
        ordered.sort(Comparator.comparing((Event e) -> e.evidence().documentDate(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(e -> e.evidence().documentId()).thenComparingInt(e -> e.evidence().start()));
        String type = mostCommon(ordered, Event::type);
        String place = ordered.stream().filter(Incidents::specific).map(Event::place)
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(ordered.stream().map(Event::place).filter(java.util.Objects::nonNull).findFirst().orElse(null));
        LocalDate first = ordered.stream().map(Event::date).min(Comparator.naturalOrder()).orElse(null);
        LocalDate last = ordered.stream().map(Event::date).max(Comparator.naturalOrder()).orElse(null);
        // One sentence typed two ways (an air strike that destroyed a hospital) is one version, not two.
        Map<String, Event> bySpan = new LinkedHashMap<>();
        for (Event e : ordered) {
            String key = e.evidence().documentId() + "@" + e.evidence().start() + "-" + e.evidence().end();
            Event kept = bySpan.get(key);
            if (kept == null || (!kept.fatalities().known() && e.fatalities().known())) {
                bySpan.put(key, e);
            }
        }
        return new Incident(ordered.getFirst().id(), type, place, first, last,
                bySpan.values().stream().map(Version::of).toList());
    }

    private static String mostCommon(List<Event> events, Function<Event, String> key) {
        return events.stream().map(key).filter(java.util.Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /**
     * Joins the groups of {@code a} and {@code b} unless the joined group would span more than {@value #DAYS} days:
     * reports of day-by-day happenings (a truce's daily breaches) must not chain into one incident.
     */
    private static void union(int[] parent, LocalDate[][] span, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra == rb) {
            return;
        }
        LocalDate first = span[ra][0].isBefore(span[rb][0]) ? span[ra][0] : span[rb][0];
        LocalDate last = span[ra][1].isAfter(span[rb][1]) ? span[ra][1] : span[rb][1];
        if (ChronoUnit.DAYS.between(first, last) > DAYS) {
            return;
        }
        parent[ra] = rb;
        span[rb] = new LocalDate[] {first, last};
    }
}
