package org.sitrep.cli;

import org.sitrep.analysis.Evidence;
import org.sitrep.analysis.Fatalities;
import org.sitrep.analysis.claims.Assessment;
import org.sitrep.analysis.claims.Position;
import org.sitrep.analysis.events.Event;
import org.sitrep.analysis.events.Participant;
import org.sitrep.analysis.incidents.Incident;
import org.sitrep.analysis.incidents.Version;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON shapes and text helpers shared by {@code events}, {@code incidents} and {@code claims}. */
final class EventsOutput {

    private EventsOutput() {
    }

    static Map<String, Object> event(Event e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("type", e.type());
        m.put("subType", e.subType());
        m.put("date", e.date() == null ? null : e.date().toString());
        m.put("datePrecision", e.datePrecision());
        m.put("place", e.place());
        m.put("placeEntity", e.placeEntity());
        m.put("country", e.country());
        m.put("latitude", e.latitude());
        m.put("longitude", e.longitude());
        m.put("fatalities", fatalities(e.fatalities()));
        m.put("modality", e.modality());
        List<Map<String, Object>> parts = new ArrayList<>();
        for (Participant p : e.participants()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("id", p.party().id());
            pm.put("name", p.party().name());
            pm.put("role", p.role());
            parts.add(pm);
        }
        m.put("participants", parts);
        m.put("claim", e.claimId());
        m.put("accordingTo", e.accordingTo());
        m.put("evidence", evidence(e.evidence()));
        return m;
    }

    static Map<String, Object> fatalities(Fatalities f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("low", f.low());
        m.put("best", f.best());
        m.put("high", f.high());
        return m;
    }

    static Map<String, Object> evidence(Evidence ev) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("document", ev.documentId());
        m.put("title", ev.title());
        m.put("publisher", ev.publisher());
        m.put("source", ev.sourceKey());
        m.put("documentDate", ev.documentDate() == null ? null : ev.documentDate().toString());
        m.put("start", ev.start());
        m.put("end", ev.end());
        m.put("text", ev.quote());
        return m;
    }

    static Map<String, Object> incident(Incident i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id());
        m.put("type", i.type());
        m.put("place", i.place());
        m.put("first", i.first() == null ? null : i.first().toString());
        m.put("last", i.last() == null ? null : i.last().toString());
        m.put("documents", i.documents());
        m.put("sources", i.sources());
        List<Map<String, Object>> versions = new ArrayList<>();
        for (Version v : i.versions()) {
            Map<String, Object> vm = new LinkedHashMap<>();
            vm.put("publisher", v.publisher());
            vm.put("accordingTo", v.accordingTo());
            vm.put("actors", v.actors());
            vm.put("targets", v.targets());
            vm.put("date", v.date() == null ? null : v.date().toString());
            vm.put("place", v.place());
            vm.put("fatalities", fatalities(v.fatalities()));
            vm.put("modality", v.modality());
            vm.put("event", v.event().id());
            vm.put("evidence", evidence(v.evidence()));
            versions.add(vm);
        }
        m.put("versions", versions);
        return m;
    }

    static Map<String, Object> assessment(Assessment a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("kind", a.kind().label());
        m.put("subject", a.subject());
        m.put("status", a.status().label());
        m.put("reasons", a.reasons());
        m.put("sources", a.sources());
        List<Map<String, Object>> positions = new ArrayList<>();
        for (Position p : a.positions()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("claim", p.claimId());
            pm.put("source", p.source());
            pm.put("stance", p.stance());
            pm.put("hedged", p.hedged());
            pm.put("reliability", p.reliability().name());
            pm.put("credibility", p.credibility().grade());
            pm.put("rating", p.rating());
            pm.put("evidence", evidence(p.evidence()));
            positions.add(pm);
        }
        m.put("positions", positions);
        if (a.incident() != null) {
            m.put("incident", a.incident().id());
        }
        return m;
    }

    /** The text cut to {@code max} characters on one line. */
    static String clip(String text, int max) {
        String one = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }

    static String source(Evidence ev) {
        return ev.publisher() != null ? ev.publisher() : ev.source() != null ? ev.source() : "unknown publisher";
    }

    static String where(Evidence ev) {
        return "document " + ev.documentId().substring(0, 12) + " @" + ev.start() + "-" + ev.end();
    }
}
