package org.sitrep.analysis.events;

import org.sitrep.analysis.Documents;
import org.sitrep.analysis.Fatalities;
import org.sitrep.analysis.Names;
import org.sitrep.analysis.Party;
import org.sitrep.places.Area;
import org.sitrep.places.Geocoder;
import org.sitrep.places.Place;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Event timelines: the events the knowledge base holds, filtered by party, place, period and type, in date order,
 * each with its evidence. Names are resolved through the knowledge base, so any alias of a party finds its events.
 * A place matches the events at it, at places the knowledge base locates in it, and those whose location the
 * gazetteer puts inside it: a country, a province (its events' towns in that first-level division), or a radius
 * around a town. An event located only by country or province matches no narrower area.
 *
 * <pre>{@code
 * List<Event> timeline = new Events(store).list(EventFilter.all().withActor("Omar al-Shishani"));
 * }</pre>
 */
public final class Events {

    private final EvidenceStore store;
    private final Supplier<Geocoder> gazetteer;
    private Geocoder geocoder;

    /** Events over {@code store}, placing them with the bundled gazetteer (loaded when a place filter first needs it). */
    public Events(EvidenceStore store) {
        this(store, BundledGazetteer::get);
    }

    /** Events over {@code store}, placing them with {@code geocoder}. */
    public Events(EvidenceStore store, Geocoder geocoder) {
        this(store, () -> geocoder);
    }

    private Events(EvidenceStore store, Supplier<Geocoder> gazetteer) {
        this.store = store;
        this.gazetteer = gazetteer;
    }

    private synchronized Geocoder geocoder() {
        if (geocoder == null) {
            geocoder = gazetteer.get();
        }
        return geocoder;
    }

    /**
     * The events {@code filter} lets through, oldest first (undated last).
     *
     * @throws IllegalArgumentException when the filter names a party or place the knowledge base does not know
     */
    public List<Event> list(EventFilter filter) {
        return store.query(c -> {
            Set<String> actorIds = null;
            if (filter.actor() != null) {
                actorIds = Names.resolve(c, filter.actor());
                if (actorIds.isEmpty()) {
                    throw new IllegalArgumentException("no party named '" + filter.actor() + "'");
                }
            }
            List<Event> all = load(c, null);
            Set<String> placeIds = null;
            Area area = null;
            if (filter.place() != null) {
                placeIds = within(c, Names.resolve(c, filter.place()));
                Set<String> countries = all.stream().map(Event::country).filter(Objects::nonNull)
                        .collect(Collectors.toSet());
                area = geocoder().area(filter.place(), countries, filter.radiusKm() != null ? filter.radiusKm()
                        : Geocoder.DEFAULT_RADIUS_KM).orElse(null);
            }
            List<Event> out = new ArrayList<>();
            for (Event e : all) {
                if (keep(e, filter, actorIds, placeIds) || area != null && keepOther(e, filter, actorIds)
                        && inside(e, area)) {
                    out.add(e);
                }
            }
            return out;
        });
    }

    /** Every event, oldest first. */
    public List<Event> all() {
        return store.query(c -> load(c, null));
    }

    /** The event with {@code id}, if any. */
    public Optional<Event> event(String id) {
        return store.query(c -> load(c, id).stream().findFirst());
    }

    /** Every event, on an open connection (for other analyses). */
    public static List<Event> load(Connection c) throws SQLException {
        return load(c, null);
    }

    /** The area the filter's place stands for in the gazetteer, if it knows the name. */
    public Optional<Area> area(EventFilter filter) {
        if (filter.place() == null) {
            return Optional.empty();
        }
        Set<String> countries = all().stream().map(Event::country).filter(Objects::nonNull).collect(Collectors.toSet());
        return geocoder().area(filter.place(), countries,
                filter.radiusKm() != null ? filter.radiusKm() : Geocoder.DEFAULT_RADIUS_KM);
    }

    /** Whether the event's location lies in {@code area}, no vaguer than the area itself. */
    private boolean inside(Event e, Area area) {
        String precision = e.placePrecision() == null ? "unknown" : e.placePrecision();
        boolean fits = switch (precision) {
            case "country" -> area.kind() == Area.Kind.COUNTRY;
            case "province" -> area.kind() != Area.Kind.RADIUS;
            case "unknown" -> false;
            default -> true;
        };
        if (!fits) {
            return false;
        }
        if (e.latitude() != null && e.longitude() != null) {
            return geocoder().contains(area, e.latitude(), e.longitude(), e.country());
        }
        if (e.place() == null) {
            return false;
        }
        Optional<Place> p = geocoder().lookup(e.place(), e.country() == null ? Set.of() : Set.of(e.country()));
        return p.isPresent() && p.get().precision() != Place.Precision.COUNTRY
                && geocoder().contains(area, p.get().latitude(), p.get().longitude(), p.get().country());
    }

    /** Every part of the filter but the place. */
    private static boolean keepOther(Event e, EventFilter f, Set<String> actorIds) {
        return keep(e, f.withPlace(null), actorIds, null);
    }

    private static boolean keep(Event e, EventFilter f, Set<String> actorIds, Set<String> placeIds) {
        if (f.from() != null && (e.date() == null || e.date().isBefore(f.from()))) {
            return false;
        }
        if (f.to() != null && (e.date() == null || e.date().isAfter(f.to()))) {
            return false;
        }
        if (f.type() != null && !f.type().equalsIgnoreCase(e.type()) && !f.type().equalsIgnoreCase(e.subType())) {
            return false;
        }
        if (actorIds != null && e.participants().stream().noneMatch(p -> actorIds.contains(p.party().id()))) {
            return false;
        }
        if (f.place() != null) {
            boolean byEntity = e.placeEntity() != null && placeIds.contains(e.placeEntity());
            boolean byName = e.place() != null && e.place().equalsIgnoreCase(f.place().strip());
            return byEntity || byName;
        }
        return true;
    }

    /** The places and every place linked as located in them (up to three levels down). */
    private static Set<String> within(Connection c, Set<String> places) throws SQLException {
        Set<String> all = new LinkedHashSet<>(places);
        Set<String> frontier = new HashSet<>(places);
        for (int depth = 0; depth < 3 && !frontier.isEmpty(); depth++) {
            Set<String> next = new HashSet<>();
            for (String p : frontier) {
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT subject_id FROM link WHERE link_type = 'located_in' AND object_id = ?")) {
                    ps.setString(1, p);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            if (all.add(rs.getString(1))) {
                                next.add(rs.getString(1));
                            }
                        }
                    }
                }
            }
            frontier = next;
        }
        return all;
    }

    private static List<Event> load(Connection c, String onlyId) throws SQLException {
        Map<String, List<String[]>> participants = new HashMap<>();
        Set<String> entityIds = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT event_id, entity_id, role FROM event_participant"
                + (onlyId == null ? "" : " WHERE event_id = ?") + " ORDER BY event_id, role, entity_id")) {
            if (onlyId != null) {
                ps.setString(1, onlyId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    participants.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new String[] {rs.getString(2), rs.getString(3)});
                    entityIds.add(rs.getString(2));
                }
            }
        }
        Map<String, Party> parties = Names.parties(c, entityIds);
        Documents docs = new Documents(c);
        List<Event> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT e.id, e.document_id, e.event_type, e.sub_event_type,"
                + " e.date_value, e.date_precision, e.location_name, e.location_entity, e.location_precision, e.country, e.latitude,"
                + " e.longitude, e.fatalities_low, e.fatalities_best, e.fatalities_high, e.modality, e.claim_id,"
                + " e.span_start, e.span_end, cl.source_text, se.caption"
                + " FROM event e LEFT JOIN claim cl ON cl.id = e.claim_id LEFT JOIN entity se ON se.id = cl.source_entity"
                + (onlyId == null ? "" : " WHERE e.id = ?"))) {
            if (onlyId != null) {
                ps.setString(1, onlyId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    List<Participant> ps2 = participants.getOrDefault(id, List.of()).stream()
                            .map(p -> new Participant(parties.get(p[0]), p[1])).toList();
                    String accordingTo = rs.getString(20) != null ? rs.getString(20) : rs.getString(21);
                    out.add(new Event(id, rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class),
                            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), trim(rs.getString(10)),
                            number(rs, 11), number(rs, 12),
                            new Fatalities(integer(rs, 13), integer(rs, 14), integer(rs, 15)),
                            rs.getString(16), ps2, rs.getString(17), accordingTo,
                            docs.evidence(rs.getString(2).trim(), rs.getInt(18), rs.getInt(19))));
                }
            }
        }
        out.sort(ORDER);
        return out;
    }

    /** Timeline order: by date (undated last), then document date, then position in the document. */
    public static final Comparator<Event> ORDER = Comparator
            .comparing(Event::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(e -> e.evidence().documentDate(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(e -> e.evidence().documentId())
            .thenComparingInt(e -> e.evidence().start());

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static Double number(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    private static String trim(String s) {
        return s == null ? null : s.strip().toUpperCase(Locale.ROOT);
    }

    /** The bundled gazetteer, read once and shared: it is immutable data, and reading it takes a while. */
    private static final class BundledGazetteer {
        private static volatile java.lang.ref.SoftReference<Geocoder> ref = new java.lang.ref.SoftReference<>(null);

        static synchronized Geocoder get() {
            Geocoder g = ref.get();
            if (g == null) {
                g = Geocoder.load();
                ref = new java.lang.ref.SoftReference<>(g);
            }
            return g;
        }
    }
}
