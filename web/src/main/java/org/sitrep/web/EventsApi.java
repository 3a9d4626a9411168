package org.sitrep.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.sitrep.analysis.Fatalities;
import org.sitrep.analysis.events.Event;
import org.sitrep.analysis.events.EventFilter;
import org.sitrep.analysis.events.Events;
import org.sitrep.analysis.incidents.Incident;
import org.sitrep.analysis.incidents.Incidents;
import org.sitrep.analysis.incidents.Version;
import org.sitrep.store.EvidenceStore;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code GET /api/events} (filtered by period, type, actor and place, with facets: the map and timeline pages) and
 * {@code GET /api/incidents} (happenings reported by several documents, every source's version side by side).
 */
final class EventsApi {

    private final EvidenceStore store;
    private final AnalysisCache cache;

    EventsApi(EvidenceStore store, AnalysisCache cache) {
        this.store = store;
        this.cache = cache;
    }

    /** Groups incidents now, so that the first visit to the incidents page finds them ready. */
    void warm() {
        cache.get("incidents", () -> new Incidents(store).list());
    }

    void register(Javalin app) {
        app.get("/api/events", this::events);
        app.get("/api/incidents", this::incidents);
    }

    private void events(Context ctx) {
        EventFilter filter = new EventFilter(Params.optional(ctx, "actor"), Params.optional(ctx, "place"),
                Params.date(ctx, "from"), Params.date(ctx, "to"), Params.optional(ctx, "type"));
        List<Event> events;
        try {
            events = new Events(store).list(filter);
        } catch (IllegalArgumentException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST.getCode(), e.getMessage());
        }
        String precision = Params.optional(ctx, "precision");
        if (precision != null) {
            events = events.stream().filter(e -> precision.equals(e.placePrecision())).toList();
        }
        // The map and the timeline draw every event of the period, so without a limit the whole list comes back.
        Paging.Request r = Paging.request(ctx, Paging.MAX_LIMIT, "date");
        List<Event> shown = ctx.queryParam("limit") == null && ctx.queryParam("offset") == null
                ? Paging.page(events, new Paging.Request(Integer.MAX_VALUE, 0, r.sort()), EVENT_SORTS)
                : Paging.page(events, r, EVENT_SORTS);
        Paging.Request answered = shown.size() == events.size() && r.offset() == 0
                ? new Paging.Request(Math.max(1, events.size()), 0, r.sort()) : r;
        Map<String, Object> out = Paging.envelope("events", shown.stream().map(EventsApi::event).toList(),
                events.size(), answered);
        out.put("facets", facets(events));
        ctx.json(out);
    }

    private static final Map<String, java.util.Comparator<Event>> EVENT_SORTS = Map.of(
            "date", Paging.byText(e -> e.date() == null ? null : e.date().toString()),
            "type", Paging.byText(Event::type),
            "place", Paging.byText(Event::place),
            "fatalities", java.util.Comparator.comparingInt(e -> e.fatalities().best() == null ? -1 : e.fatalities().best()));

    private static final Map<String, java.util.Comparator<Incident>> INCIDENT_SORTS = Map.of(
            "date", Paging.byText(i -> i.first() == null ? null : i.first().toString()),
            "type", Paging.byText(Incident::type),
            "place", Paging.byText(Incident::place),
            "sources", java.util.Comparator.comparingInt(i -> i.sources().size()));

    static Map<String, Object> facets(List<Event> events) {
        Map<String, Integer> types = new TreeMap<>();
        Map<String, Integer> precisions = new TreeMap<>();
        Map<String, Integer> actors = new TreeMap<>();
        for (Event e : events) {
            types.merge(e.type(), 1, Integer::sum);
            precisions.merge(e.placePrecision(), 1, Integer::sum);
            e.actors().forEach(a -> actors.merge(a, 1, Integer::sum));
        }
        return Map.of("type", types, "precision", precisions, "actor", actors);
    }

    static Map<String, Object> event(Event e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("type", e.type());
        m.put("sub_type", e.subType());
        m.put("label", e.label());
        m.put("date", e.date() == null ? null : e.date().toString());
        m.put("date_precision", e.datePrecision());
        m.put("place", e.place());
        m.put("place_entity", e.placeEntity());
        m.put("place_precision", e.placePrecision());
        m.put("country", e.country());
        m.put("latitude", e.latitude());
        m.put("longitude", e.longitude());
        m.put("fatalities", fatalities(e.fatalities()));
        m.put("modality", e.modality());
        m.put("actors", e.participants().stream().filter(p -> p.actor()).map(p -> party(p.party())).toList());
        m.put("targets", e.participants().stream().filter(p -> !p.actor()).map(p -> party(p.party())).toList());
        m.put("according_to", e.accordingTo());
        m.put("evidence", Graphs.evidence(e.evidence()));
        return m;
    }

    private static Map<String, Object> party(org.sitrep.analysis.Party p) {
        return Map.of("id", p.id(), "name", p.name(), "schema", p.schema());
    }

    static Map<String, Object> fatalities(Fatalities f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("low", f.low());
        m.put("best", f.best());
        m.put("high", f.high());
        m.put("text", f.describe());
        return m;
    }

    /**
     * One page of incidents, newest first; {@code type}, {@code from}/{@code to} (the incident overlaps the period)
     * and {@code q} (words of the type, place, parties or publishers) narrow it.
     */
    private void incidents(Context ctx) {
        String type = Params.optional(ctx, "type");
        String text = Params.optional(ctx, "q");
        java.time.LocalDate from = Params.date(ctx, "from");
        java.time.LocalDate to = Params.date(ctx, "to");
        Paging.Request r = Paging.request(ctx, 20, "-date");
        List<Incident> all = cache.get("incidents", () -> new Incidents(store).list());
        Map<String, Integer> types = new TreeMap<>();
        List<Incident> matching = all.stream()
                .filter(i -> text == null || Paging.containsWords(haystack(i), text))
                .filter(i -> from == null || (i.last() != null && !i.last().isBefore(from)))
                .filter(i -> to == null || (i.first() != null && !i.first().isAfter(to)))
                .peek(i -> types.merge(i.type(), 1, Integer::sum))
                .filter(i -> type == null || type.equals(i.type()))
                .toList();
        Map<String, Object> out = Paging.envelope("incidents",
                Paging.page(matching, r, INCIDENT_SORTS).stream().map(EventsApi::incident).toList(), matching.size(), r);
        out.put("facets", Map.of("type", types));
        ctx.json(out);
    }

    private static String haystack(Incident i) {
        StringBuilder b = new StringBuilder().append(i.type()).append(' ').append(i.place());
        for (Version v : i.versions()) {
            b.append(' ').append(v.publisher()).append(' ').append(String.join(" ", v.actors())).append(' ')
                    .append(String.join(" ", v.targets()));
        }
        return b.toString();
    }

    static Map<String, Object> incident(Incident i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id());
        m.put("type", i.type());
        m.put("place", i.place());
        m.put("first", i.first() == null ? null : i.first().toString());
        m.put("last", i.last() == null ? null : i.last().toString());
        m.put("sources", i.sources().size());
        m.put("figures", i.figures());
        m.put("versions", i.versions().stream().map(EventsApi::version).toList());
        return m;
    }

    private static Map<String, Object> version(Version v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("publisher", v.publisher());
        m.put("according_to", v.accordingTo());
        m.put("actors", v.actors());
        m.put("targets", v.targets());
        m.put("date", v.date() == null ? null : v.date().toString());
        m.put("place", v.place());
        m.put("fatalities", fatalities(v.fatalities()));
        m.put("modality", v.modality());
        m.put("event", v.event().id());
        m.put("evidence", Graphs.evidence(v.evidence()));
        return m;
    }
}
