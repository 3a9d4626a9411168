package org.sitrep.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.sitrep.analysis.claims.Assessment;
import org.sitrep.analysis.claims.ClaimsAnalysis;
import org.sitrep.analysis.claims.Position;
import org.sitrep.analysis.claims.Reliability;
import org.sitrep.analysis.claims.SourceGrades;
import org.sitrep.analysis.claims.SourceProfile;
import org.sitrep.store.EvidenceStore;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Claims analysis: {@code GET /api/claims} (each incident, relation and reported death with every source's position,
 * and whether it is corroborated, disputed, superseded or single-source; {@code ?status=} narrows), and the
 * publishers' reliability grades: {@code GET /api/sources}, {@code POST /api/sources} (token; {@code {"publisher",
 * "grade"}} with grade A-F).
 */
final class ClaimsApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EvidenceStore store;
    private final AnalysisCache cache;

    ClaimsApi(EvidenceStore store, AnalysisCache cache) {
        this.store = store;
        this.cache = cache;
    }

    /** Assesses every claim now, so that the first visit to the claims page finds the answer ready. */
    void warm() {
        cache.get("claims", () -> new ClaimsAnalysis(store).assess());
    }

    void register(Javalin app) {
        app.get("/api/claims", this::claims);
        app.get("/api/sources", ctx -> ctx.json(Map.of("sources",
                new SourceGrades(store).list().stream().map(ClaimsApi::source).toList())));
        app.post("/api/sources", this::grade);
    }

    /** Sort keys of the claims list: the first report's date, the question, the number of independent sources. */
    private static final Map<String, java.util.Comparator<Assessment>> SORTS = Map.of(
            "date", Paging.byText(a -> firstDate(a) == null ? null : firstDate(a).toString()),
            "subject", Paging.byText(Assessment::subject),
            "status", Paging.byText(a -> a.status().label()),
            "sources", java.util.Comparator.comparingInt(a -> a.sources().size()));

    /**
     * One page of assessments. {@code status}, {@code party} (words of the question or of a source's name),
     * {@code from}/{@code to} (a report dated in the period) and {@code q} (words of the question, reasons or
     * quotes) narrow it; the status facet counts the matches of the other filters, so each tab says what it holds.
     */
    private void claims(Context ctx) {
        String status = Params.optional(ctx, "status");
        String party = Params.optional(ctx, "party");
        String text = Params.optional(ctx, "q");
        LocalDate from = Params.date(ctx, "from");
        LocalDate to = Params.date(ctx, "to");
        Paging.Request r = Paging.request(ctx, 25, "-date");
        List<Assessment> all = cache.get("claims", () -> new ClaimsAnalysis(store).assess());
        List<Assessment> matching = all.stream()
                .filter(a -> party == null || Paging.containsWords(a.subject() + " " + String.join(" ",
                        a.positions().stream().map(Position::source).toList()), party))
                .filter(a -> text == null || Paging.containsWords(haystack(a), text))
                .filter(a -> (from == null && to == null) || a.positions().stream().anyMatch(p -> within(
                        p.evidence().documentDate(), from, to)))
                .toList();
        Map<String, Integer> counts = new TreeMap<>();
        matching.forEach(a -> counts.merge(a.status().label(), 1, Integer::sum));
        List<Assessment> shown = matching.stream().filter(a -> status == null || a.status().label().equals(status))
                .toList();
        Map<String, Object> out = Paging.envelope("assessments",
                Paging.page(shown, r, SORTS).stream().map(ClaimsApi::assessment).toList(), shown.size(), r);
        out.put("facets", Map.of("status", counts));
        ctx.json(out);
    }

    private static String haystack(Assessment a) {
        StringBuilder b = new StringBuilder(a.subject());
        a.reasons().forEach(x -> b.append(' ').append(x));
        a.positions().forEach(p -> b.append(' ').append(p.source()).append(' ').append(p.evidence().quote()));
        return b.toString();
    }

    private static LocalDate firstDate(Assessment a) {
        return a.positions().stream().map(p -> p.evidence().documentDate()).filter(java.util.Objects::nonNull)
                .min(LocalDate::compareTo).orElse(null);
    }

    static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    static Map<String, Object> assessment(Assessment a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("kind", a.kind().label());
        m.put("subject", a.subject());
        m.put("status", a.status().label());
        m.put("reasons", a.reasons());
        m.put("sources", a.sources());
        m.put("positions", a.positions().stream().map(ClaimsApi::position).toList());
        m.put("incident", a.incident() == null ? null : a.incident().id());
        return m;
    }

    private static Map<String, Object> position(Position p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", p.source());
        m.put("stance", p.stance());
        m.put("polarity", p.polarity());
        m.put("hedged", p.hedged());
        m.put("rating", p.rating());
        m.put("reliability", p.reliability().name());
        m.put("credibility", p.credibility().grade());
        m.put("credibility_meaning", p.credibility().meaning());
        m.put("evidence", Graphs.evidence(p.evidence()));
        return m;
    }

    private static Map<String, Object> source(SourceProfile s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("publisher", s.publisher());
        m.put("documents", s.documents());
        m.put("reliability", s.reliability().name());
        m.put("meaning", s.reliability().meaning());
        m.put("graded_by", s.gradedBy());
        m.put("graded_at", s.gradedAt() == null ? null : s.gradedAt().toString());
        return m;
    }

    private void grade(Context ctx) {
        JsonNode body;
        try {
            body = JSON.readTree(ctx.body());
        } catch (IOException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST.getCode(), "send JSON: {\"publisher\": ..., \"grade\": \"A\"-\"F\"}");
        }
        String publisher = body == null ? null : body.path("publisher").asText(null);
        String grade = body == null ? null : body.path("grade").asText(null);
        if (publisher == null || publisher.isBlank() || grade == null || !grade.matches("[A-Fa-f]")) {
            throw new ApiException(HttpStatus.BAD_REQUEST.getCode(), "give a publisher and a grade A-F");
        }
        String user = body.path("user").asText("web");
        try {
            ctx.json(source(new SourceGrades(store).grade(publisher.strip(), Reliability.parse(grade), user)));
            cache.changed();
        } catch (IllegalArgumentException unknown) {
            throw new ApiException(HttpStatus.NOT_FOUND.getCode(), unknown.getMessage());
        }
    }
}
