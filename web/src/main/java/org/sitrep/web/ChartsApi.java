package org.sitrep.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import org.sitrep.analysis.ceasefire.CeasefireMonitor;
import org.sitrep.analysis.ceasefire.CeasefireReport;
import org.sitrep.analysis.ceasefire.DailyTally;
import org.sitrep.analysis.ceasefire.Side;
import org.sitrep.analysis.events.Event;
import org.sitrep.analysis.events.EventFilter;
import org.sitrep.analysis.events.Events;
import org.sitrep.store.EvidenceStore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The timeline page's figures: {@code GET /api/charts/events} (events per day by type, and reported deaths as
 * low/best/high bands per source, each report with its evidence) and {@code GET /api/charts/ceasefire} (violations per
 * day per reporting side, whom each side accuses, and the parties an agreement covers or leaves out).
 */
final class ChartsApi {

    private final EvidenceStore store;

    ChartsApi(EvidenceStore store) {
        this.store = store;
    }

    void register(Javalin app) {
        app.get("/api/charts/events", this::events);
        app.get("/api/charts/ceasefire", this::ceasefire);
    }

    private void events(Context ctx) {
        List<Event> events = new Events(store).list(new EventFilter(null, null, Params.date(ctx, "from"),
                Params.date(ctx, "to"), Params.optional(ctx, "type")));
        Map<String, Map<String, Integer>> perDay = new TreeMap<>();
        Map<String, List<Map<String, Object>>> casualties = new TreeMap<>();
        Map<String, Integer> offAxis = new TreeMap<>();
        for (Event e : events) {
            // Only events dated to the day are placed on the time axis (a month is not a day in it); every reported
            // death toll is shown whatever its date, so that no version of a disputed toll is left out.
            if (e.date() == null || !"day".equals(e.datePrecision())) {
                offAxis.merge(e.date() == null ? "undated" : e.datePrecision(), 1, Integer::sum);
            } else {
                perDay.computeIfAbsent(e.date().toString(), d -> new TreeMap<>()).merge(e.type(), 1, Integer::sum);
            }
            if (e.fatalities().known()) {
                String source = e.accordingTo() != null ? e.accordingTo()
                        : e.evidence().publisher() != null ? e.evidence().publisher() : e.evidence().sourceKey();
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("date", e.date() == null ? null : e.date().toString());
                m.put("date_precision", e.datePrecision());
                m.put("event", e.id());
                m.put("label", e.label());
                m.put("place", e.place());
                m.put("fatalities", EventsApi.fatalities(e.fatalities()));
                m.put("evidence", Graphs.evidence(e.evidence()));
                casualties.computeIfAbsent(source, s -> new ArrayList<>()).add(m);
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("per_day", perDay);
        out.put("casualties", casualties);
        out.put("not_on_axis", offAxis);
        ctx.json(out);
    }

    private void ceasefire(Context ctx) {
        CeasefireReport r = new CeasefireMonitor(store).report(Params.date(ctx, "from"), Params.date(ctx, "to"));
        List<Map<String, Object>> daily = new ArrayList<>();
        for (DailyTally t : r.daily()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("date", t.date().toString());
            m.put("reporter", t.reporter().name());
            m.put("accused", t.accused().stream().map(Side::name).toList());
            m.put("count", t.count());
            m.put("other_counts", t.otherCounts());
            m.put("evidence", t.reports().stream().map(v -> Graphs.evidence(v.evidence())).toList());
            daily.add(m);
        }
        List<Map<String, Object>> parties = r.parties().stream().map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("party", p.party().name());
            m.put("entity", p.party().entityId());
            m.put("role", p.role().label());
            m.put("evidence", p.evidence().stream().map(Graphs::evidence).toList());
            return m;
        }).toList();
        List<Map<String, Object>> totals = r.totals().stream().map(v -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("date", v.date() == null ? null : v.date().toString());
            m.put("reporter", v.reporter().name());
            m.put("count", v.count());
            m.put("evidence", Graphs.evidence(v.evidence()));
            return m;
        }).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("daily", daily);
        out.put("totals", totals);
        out.put("parties", parties);
        ctx.json(out);
    }
}
