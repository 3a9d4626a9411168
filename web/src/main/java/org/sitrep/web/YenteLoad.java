package org.sitrep.web;

import org.sitrep.lists.ListEntity;
import org.sitrep.lists.ListSnapshot;
import org.sitrep.lists.ListStore;
import org.sitrep.search.SearchIndex;
import org.sitrep.store.EvidenceStore;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;

/**
 * {@code sitrep bench yente}: the yente-compatible endpoints under a bounded local load. Loads lists into a fresh
 * embedded workspace, serves it on a free port and sends {@code requests} requests, {@code concurrency} at a time, in
 * a seeded mix (most of them {@code POST /match/default} with one query of a listed name, slightly misspelt, or a
 * made-up one; the rest search, entity, algorithm and catalog calls); reports latency percentiles per endpoint and
 * errors (any status but 200). {@value #WARM_UP} untimed requests go first.
 */
public final class YenteLoad {

    /** Untimed requests sent one at a time first. */
    private static final int WARM_UP = 300;

    private final List<ListSnapshot> lists;

    public YenteLoad(List<ListSnapshot> lists) {
        this.lists = List.copyOf(lists);
    }

    public Map<String, Object> run(int requests, int concurrency, long seed) throws Exception {
        Path dir = Files.createTempDirectory("sitrep-yente-load");
        try (EvidenceStore store = EvidenceStore.embedded(dir.resolve("db"));
             SearchIndex index = SearchIndex.open(dir.resolve("index"))) {
            ListStore listStore = new ListStore(store);
            lists.forEach(listStore::load);
            List<ListEntity> parties = new ArrayList<>();
            lists.forEach(l -> parties.addAll(l.entities()));
            try (WebApp app = WebApp.start(WebApp.Settings.defaults().withPort(0), store, index)) {
                app.awaitBackgroundWork();
                HttpClient http = HttpClient.newBuilder().executor(java.util.concurrent.Executors
                        .newFixedThreadPool(Math.max(2, concurrency))).build();
                Random random = new Random(seed);
                List<String[]> plan = new ArrayList<>(requests);
                for (int i = 0; i < requests; i++) {
                    plan.add(request(random, parties));
                }
                // warm the caches (the screener is built on first use) and the JIT before timing
                for (int i = 0; i < WARM_UP; i++) {
                    send(http, app, request(random, parties)).join();
                }
                Map<String, ConcurrentLinkedQueue<Long>> times = new ConcurrentHashMap<>();
                Map<String, Integer> errors = new ConcurrentHashMap<>();
                Semaphore slots = new Semaphore(concurrency);
                List<CompletableFuture<?>> all = new ArrayList<>();
                long start = System.nanoTime();
                for (String[] r : plan) {
                    slots.acquire();
                    long t0 = System.nanoTime();
                    all.add(send(http, app, r).whenComplete((response, failure) -> {
                        slots.release();
                        times.computeIfAbsent(r[0], k -> new ConcurrentLinkedQueue<>()).add(System.nanoTime() - t0);
                        if (failure != null || response.statusCode() != 200) {
                            errors.merge(r[0], 1, Integer::sum);
                        }
                    }));
                }
                CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).handle((v, e) -> null).join();
                double seconds = (System.nanoTime() - start) / 1e9;
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("requests", requests);
                out.put("concurrency", concurrency);
                out.put("listed_parties", parties.size());
                out.put("requests_per_second", Math.round(requests / seconds * 10) / 10.0);
                out.put("errors", errors.values().stream().mapToInt(Integer::intValue).sum());
                List<Long> every = new ArrayList<>();
                Map<String, Object> by = new LinkedHashMap<>();
                times.keySet().stream().sorted().forEach(endpoint -> {
                    List<Long> t = new ArrayList<>(times.get(endpoint));
                    every.addAll(t);
                    by.put(endpoint, figures(t, errors.getOrDefault(endpoint, 0)));
                });
                out.put("all", figures(every, errors.values().stream().mapToInt(Integer::intValue).sum()));
                out.put("by_endpoint", by);
                return out;
            }
        } finally {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Map<String, Object> figures(List<Long> nanos, int errors) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("requests", sorted.length);
        m.put("errors", errors);
        m.put("p50_ms", sorted.length == 0 ? 0 : Math.round(sorted[sorted.length / 2] / 1e4) / 100.0);
        m.put("p99_ms", sorted.length == 0 ? 0
                : Math.round(sorted[Math.min(sorted.length - 1, (int) (sorted.length * 0.99))] / 1e4) / 100.0);
        m.put("max_ms", sorted.length == 0 ? 0 : Math.round(sorted[sorted.length - 1] / 1e4) / 100.0);
        return m;
    }

    /** One request of the mix: {endpoint label, method, path, body}. */
    private static String[] request(Random random, List<ListEntity> parties) {
        ListEntity party = parties.get(random.nextInt(parties.size()));
        int kind = random.nextInt(20);
        if (kind < 14) {
            String name = kind < 10 ? slip(random, party.name()) : made(random);
            String schema = party.schema().equals("Person") ? "Person" : "LegalEntity";
            String body = "{\"queries\": {\"q\": {\"schema\": \"" + schema + "\", \"properties\": {\"name\": ["
                    + quoted(name) + "]}}}}";
            return new String[] {"POST /match/default", "POST", "/match/default", body};
        }
        if (kind < 17) {
            return new String[] {"GET /search/default", "GET", "/search/default?q="
                    + URLEncoder.encode(slip(random, party.name()), StandardCharsets.UTF_8), null};
        }
        if (kind < 19) {
            return new String[] {"GET /entities/{id}", "GET", "/entities/"
                    + URLEncoder.encode(YenteApi.entityId(party.listId(), party.id()), StandardCharsets.UTF_8), null};
        }
        return random.nextBoolean() ? new String[] {"GET /algorithms", "GET", "/algorithms", null}
                : new String[] {"GET /catalog", "GET", "/catalog", null};
    }

    private static CompletableFuture<HttpResponse<Void>> send(HttpClient http, WebApp app, String[] r) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.url() + r[2].substring(1)));
        if (r[1].equals("POST")) {
            b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(r[3]));
        }
        return http.sendAsync(b.build(), HttpResponse.BodyHandlers.discarding());
    }

    /** The name with one letter dropped (names of four letters or more), as a typist slips. */
    private static String slip(Random random, String name) {
        if (name.length() < 4) {
            return name;
        }
        int at = 1 + random.nextInt(name.length() - 2);
        return name.substring(0, at) + name.substring(at + 1);
    }

    private static final String[] SYLLABLES = {"ka", "lo", "mer", "tin", "sa", "vo", "ren", "di", "pa", "zu", "bel"};

    /** A made-up two-word name, very likely not listed. */
    private static String made(Random random) {
        StringBuilder out = new StringBuilder();
        for (int w = 0; w < 2; w++) {
            out.append(w == 0 ? "" : " ");
            for (int s = 0; s < 3; s++) {
                String syl = SYLLABLES[random.nextInt(SYLLABLES.length)];
                out.append(s == 0 ? Character.toUpperCase(syl.charAt(0)) + syl.substring(1) : syl);
            }
        }
        return out.toString();
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
