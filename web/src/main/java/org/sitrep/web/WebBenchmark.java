package org.sitrep.web;

import org.sitrep.search.SearchIndex;
import org.sitrep.store.EvidenceStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Server time per page: serves a workspace on a free port and times, over real HTTP, the API calls each page makes
 * (a page's time is the sum of its calls, as the browser makes them one after the other in the worst case). The
 * subjects (entity, path ends, search word) are the workspace's best-connected parties, so any workspace will do.
 */
public final class WebBenchmark {

    /** One page's timings in milliseconds. */
    public record PageTiming(String page, List<String> calls, double p50, double p95, double max) {
    }

    private final EvidenceStore store;
    private final SearchIndex index;

    public WebBenchmark(EvidenceStore store, SearchIndex index) {
        this.store = store;
        this.index = index;
    }

    /** Times every page {@code rounds} times after {@code warmup} untimed rounds. */
    public List<PageTiming> run(int warmup, int rounds) {
        Map<String, List<String>> pages = pages();
        HttpClient http = HttpClient.newHttpClient();
        try (WebApp app = WebApp.start(WebApp.Settings.defaults().withPort(0), store, index)) {
            app.awaitBackgroundWork();
            List<PageTiming> out = new ArrayList<>();
            for (Map.Entry<String, List<String>> page : pages.entrySet()) {
                double[] times = new double[rounds];
                for (int i = 0; i < warmup + rounds; i++) {
                    long start = System.nanoTime();
                    for (String template : page.getValue()) {
                        // {round} makes each round's request new (a search no cache has seen)
                        String call = template.replace("{round}", String.valueOf(i));
                        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(app.url() + call.substring(1)))
                                .build(), HttpResponse.BodyHandlers.discarding());
                        if (r.statusCode() != 200) {
                            throw new IllegalStateException(call + " answered " + r.statusCode());
                        }
                    }
                    if (i >= warmup) {
                        times[i - warmup] = (System.nanoTime() - start) / 1e6;
                    }
                }
                Arrays.sort(times);
                out.add(new PageTiming(page.getKey(), page.getValue(), times[(rounds - 1) / 2],
                        times[(int) Math.ceil(rounds * 0.95) - 1], times[rounds - 1]));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Each page of the app and the API calls it makes, on this workspace's best-connected parties. */
    Map<String, List<String>> pages() {
        List<String[]> hubs = store.query(c -> {
            List<String[]> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT e.id, e.caption, COUNT(*) AS n FROM entity e"
                    + " JOIN link l ON l.subject_id = e.id OR l.object_id = e.id WHERE e.schema_name IN ('Person', 'Organization', 'Company', 'LegalEntity')"
                    + " GROUP BY e.id, e.caption ORDER BY n DESC, e.id")) {
                ps.setMaxRows(2);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new String[] {rs.getString(1), rs.getString(2)});
                    }
                }
            }
            return out;
        });
        String document = store.documentPage(org.sitrep.store.DocumentQuery.all(1)).items().stream().findFirst()
                .map(d -> d.id()).orElse(null);
        Map<String, List<String>> pages = new LinkedHashMap<>();
        // What every first visit loads before any page can show: the HTML, the style sheet and the scripts.
        pages.put("app shell (html, css, scripts)", List.of("/", "/app.css", "/js/app.js", "/js/dom.js", "/js/lists.js",
                "/js/pages/documents.js", "/js/pages/search.js", "/js/pages/entity.js", "/js/pages/network.js",
                "/js/pages/map.js", "/js/pages/timeline.js", "/js/pages/incidents.js", "/js/pages/screening.js",
                "/js/pages/data.js"));
        pages.put("home", List.of("/api/status"));
        pages.put("documents", List.of("/api/documents"));
        // Every list API with its filters, sorts and a deep page: these must stay quick at a desk's daily volume.
        String publisher = store.publishers().stream().findFirst().map(p -> enc(p.publisher())).orElse("none");
        pages.put("documents (publisher, period)", List.of("/api/documents?publisher=" + publisher
                + "&from=2015-01-01&to=2015-12-31"));
        pages.put("documents (words, by title)", List.of("/api/documents?q=minister&sort=title"));
        pages.put("documents (page 201)", List.of("/api/documents?offset=10000&sort=-publisher"));
        pages.put("claims (filtered)", List.of("/api/claims?status=disputed&from=2016-01-01&sort=-sources",
                "/api/sources"));
        pages.put("claims (page 2)", List.of("/api/claims?offset=25", "/api/sources"));
        pages.put("incidents (filtered)", List.of("/api/incidents?from=2016-01-01&sort=-sources"));
        pages.put("events (page)", List.of("/api/events?limit=50&sort=-date"));
        pages.put("search (page 2)", List.of("/api/search?q=minister&offset=20"));
        pages.put("search (words never searched)", List.of("/api/search?q=minister+-zzq{round}"));
        pages.put("parties (autocomplete)", List.of("/api/parties?q=al", "/api/parties?q=hasw"));
        if (document != null) {
            pages.put("document", List.of("/api/documents/" + document));
        }
        pages.put("map", List.of("/api/events", "/api/events?precision=town"));
        pages.put("timeline", List.of("/api/charts/events", "/api/charts/ceasefire"));
        pages.put("incidents", List.of("/api/incidents"));
        pages.put("claims", List.of("/api/claims", "/api/sources"));
        pages.put("network (whole)", List.of("/api/network/graph"));
        pages.put("data", List.of("/api/uploads/pending"));
        if (!hubs.isEmpty()) {
            String id = enc(hubs.get(0)[0]);
            String word = hubs.get(0)[1].split("[\\s,]+")[0];
            pages.put("search", List.of("/api/search?q=" + enc(word)));
            pages.put("dossier", List.of("/api/entity?id=" + id));
            pages.put("network (expand)", List.of("/api/network/neighbours?id=" + id));
            pages.put("screening", List.of("/api/screen?name=" + enc(hubs.get(0)[1])));
            if (hubs.size() > 1) {
                pages.put("network (path)", List.of("/api/network/paths?from=" + id + "&to=" + enc(hubs.get(1)[0])));
            }
        }
        return pages;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
