package org.sitrep.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import org.sitrep.search.SearchIndex;
import org.sitrep.store.EvidenceStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The Sitrep web app: a JSON API under {@code /api}, described at {@code /openapi.json}, and pages that call it:
 * search with facets, entity dossiers, the network explorer (Cytoscape.js), the map (Leaflet over Natural Earth
 * country shapes), timeline and charts, incidents, claims, screening, uploads and exports, and the document viewer
 * that every evidence link lands on. One {@code *Api} class per page area registers its handlers.
 *
 * <p>Everything shown comes from documents and lists, which are hostile: pages build the DOM from text only (never
 * HTML strings), a strict Content-Security-Policy forbids inline and foreign scripts, every write needs the token,
 * request bodies are bounded, and errors never carry stack traces. It binds to localhost unless told otherwise, answers
 * only the host names it may be reached by (see {@link HostGuard}), and serves every script and style itself, so it
 * works offline.
 */
public final class WebApp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none';"
            + " frame-ancestors 'none'; form-action 'self'";
    private static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer",
            "Cross-Origin-Opener-Policy", "same-origin");

    /** The headers every response carries, error pages included. */
    static Map<String, String> securityHeaders() {
        return SECURITY_HEADERS;
    }

    /**
     * How to serve.
     *
     * @param host            interface to bind; 127.0.0.1 unless the user chooses to expose the app
     * @param port            0 for any free port
     * @param writeToken      the bearer token every write request must carry
     * @param maxRequestBytes bound on request bodies (uploads included)
     * @param hostNames       names (besides IP addresses, localhost and {@code host}) the app answers as, e.g. the
     *                        name of the machine it is exposed on; any other {@code Host} is refused (DNS rebinding)
     * @param watchFolder     the workspace folder holding the watchlist, its re-screenings and the review trail
     *                        ({@link org.sitrep.screen.watch.WatchFolder}), or null when there is none
     */
    public record Settings(String host, int port, String writeToken, long maxRequestBytes, List<String> hostNames,
                           int uploadQueue, Path watchFolder) {

        public static final int DEFAULT_PORT = 7077;
        public static final long DEFAULT_MAX_REQUEST_BYTES = 20L * 1024 * 1024;
        /** Uploads waiting behind the one being extracted; each holds its files on disk, so the wait is bounded. */
        public static final int DEFAULT_UPLOAD_QUEUE = 8;

        public Settings {
            hostNames = List.copyOf(hostNames);
            if (uploadQueue < 1) {
                throw new IllegalArgumentException("the upload queue must hold at least one upload");
            }
        }

        public Settings(String host, int port, String writeToken, long maxRequestBytes, List<String> hostNames) {
            this(host, port, writeToken, maxRequestBytes, hostNames, DEFAULT_UPLOAD_QUEUE, null);
        }

        public Settings(String host, int port, String writeToken, long maxRequestBytes) {
            this(host, port, writeToken, maxRequestBytes, List.of());
        }

        public Settings withUploadQueue(int uploads) {
            return new Settings(host, port, writeToken, maxRequestBytes, hostNames, uploads, watchFolder);
        }

        public static Settings defaults() {
            return new Settings("127.0.0.1", DEFAULT_PORT, newToken(), DEFAULT_MAX_REQUEST_BYTES);
        }

        public Settings withPort(int port) {
            return new Settings(host, port, writeToken, maxRequestBytes, hostNames, uploadQueue, watchFolder);
        }

        public Settings withHost(String host) {
            return new Settings(host, port, writeToken, maxRequestBytes, hostNames, uploadQueue, watchFolder);
        }

        public Settings withWriteToken(String token) {
            return new Settings(host, port, token, maxRequestBytes, hostNames, uploadQueue, watchFolder);
        }

        public Settings withWatchFolder(Path folder) {
            return new Settings(host, port, writeToken, maxRequestBytes, hostNames, uploadQueue, folder);
        }

        public Settings withHostNames(List<String> names) {
            return new Settings(host, port, writeToken, maxRequestBytes, names, uploadQueue, watchFolder);
        }

        /** A random 128-bit token, hex-encoded. */
        public static String newToken() {
            byte[] bytes = new byte[16];
            new SecureRandom().nextBytes(bytes);
            return HexFormat.of().formatHex(bytes);
        }
    }

    /** Extracts entities, events, links and claims from documents not yet extracted (after an upload). */
    @FunctionalInterface
    public interface Extraction {

        /**
         * Extracts every pending document, telling {@code progress} how many there are and about each as it is done
         * or fails; a document that fails is reported, not thrown, so that the others carry on.
         */
        void extractPending(EvidenceStore store, Progress progress);

        /** Hears an extraction as it goes: the upload page shows it as a progress bar. */
        interface Progress {

            Progress NONE = new Progress() {
            };

            /** Called once, before the first document, with how many documents are pending. */
            default void started(long documents) {
            }

            default void documentDone(String documentId) {
            }

            /** The document's facts were not stored (its transaction rolled back); {@code message} says why. */
            default void documentFailed(String documentId, String message) {
            }
        }
    }

    private final Javalin javalin;
    private final Settings settings;
    private final UploadsApi uploads;

    private WebApp(Javalin javalin, Settings settings, UploadsApi uploads) {
        this.javalin = javalin;
        this.settings = settings;
        this.uploads = uploads;
    }

    /**
     * Starts serving {@code store} (and its search {@code index}); returns once the port is bound. Uploaded documents
     * are ingested but not extracted; see {@link #start(Settings, EvidenceStore, SearchIndex, Extraction)}.
     */
    public static WebApp start(Settings settings, EvidenceStore store, SearchIndex index) {
        return start(settings, store, index, null);
    }

    /** As {@link #start(Settings, EvidenceStore, SearchIndex)}; uploaded documents are then extracted in the background. */
    public static WebApp start(Settings settings, EvidenceStore store, SearchIndex index, Extraction extraction) {
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = settings.maxRequestBytes();
            config.jetty.multipartConfig.maxInMemoryFileSize(1, io.javalin.config.SizeUnit.MB);
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/org/sitrep/web/static";
                files.location = Location.CLASSPATH;
                files.headers = SECURITY_HEADERS;
            });
            // Jetty answers malformed requests (bad request line, URI or headers too long) itself, before any
            // handler of the app runs; its error pages carry the same headers as every other response.
            config.jetty.modifyServer(server -> server.setErrorHandler(new HeaderedErrorHandler()));
            config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new HeaderedErrorHandler()));
        });
        HostGuard hosts = new HostGuard(settings.host(), settings.hostNames());
        app.before(ctx -> SECURITY_HEADERS.forEach(ctx::header));
        app.before(ctx -> checkHostAndOrigin(ctx, hosts));
        app.before("/api/*", WebApp::requireUtf8Query);
        app.before("/api/*", ctx -> requireTokenForWrites(ctx, settings.writeToken()));
        app.before("/api/*", ctx -> boundRequestSize(ctx, settings.maxRequestBytes()));

        new StatusApi(store).register(app);
        new DocumentsApi(store).register(app);
        AnalysisCache cache = new AnalysisCache(store);
        new SearchApi(store, index, cache).register(app);
        new EntitiesApi(store, cache).register(app);
        new NetworkApi(store).register(app);
        EventsApi events = new EventsApi(store, cache);
        events.register(app);
        new ChartsApi(store).register(app);
        ClaimsApi claims = new ClaimsApi(store, cache);
        claims.register(app);
        ScreeningApi screening = new ScreeningApi(store, cache);
        screening.register(app);
        new YenteApi(store, cache).register(app);
        new WatchApi(store, settings.watchFolder()).register(app);
        UploadJobs jobs = new UploadJobs(store, extraction, settings.uploadQueue(), () -> {
            synchronized (index) {
                index.sync(store);
            }
            cache.changed();
        });
        UploadsApi uploads = new UploadsApi(store, jobs, cache, settings.watchFolder());
        uploads.register(app);
        new ExportsApi(store).register(app);
        app.get("/openapi.json", OpenApi::serve);

        app.exception(ApiException.class, (e, ctx) -> ctx.status(e.status()).json(Map.of("error", e.getMessage())));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
            ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).json(Map.of("error", "internal error"));
        });
        app.error(HttpStatus.NOT_FOUND, ctx -> {
            if (ctx.path().startsWith("/api/") && (ctx.result() == null || ctx.result().isEmpty())) {
                ctx.json(Map.of("error", "not found"));
            }
        });
        app.error(HttpStatus.CONTENT_TOO_LARGE, ctx -> ctx.json(Map.of("error", "request too large")));
        app.start(settings.host(), settings.port());
        uploads.warm(() -> {
            screening.warm();
            events.warm();
            claims.warm();
        });
        uploads.resumePending();
        return new WebApp(app, settings, uploads);
    }

    /** Refuses a request addressed by a name the app does not answer as, or a write from another origin. */
    private static void checkHostAndOrigin(Context ctx, HostGuard hosts) {
        String host = ctx.header("Host");
        if (!hosts.allowsHost(host)) {
            throw new ApiException(HttpStatus.MISDIRECTED_REQUEST.getCode(), "this server does not answer as host '"
                    + host + "'; serve with --allow-host NAME to answer as a name of this machine");
        }
        String method = ctx.method().name();
        if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS")
                && !hosts.allowsOrigin(ctx.header("Origin"), host)) {
            throw new ApiException(HttpStatus.FORBIDDEN.getCode(), "writes are accepted only from the app's own pages"
                    + " (Origin " + ctx.header("Origin") + " is not " + host + ")");
        }
    }

    /**
     * Refuses a query string whose percent-escapes are not UTF-8: decoded leniently, a name would be screened or
     * searched with replacement characters in it, and match nothing, without a word.
     */
    private static void requireUtf8Query(Context ctx) {
        String query = ctx.queryString();
        if (query == null || query.indexOf('%') < 0) {
            return;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            if (!Utf8.percentEncodedIsUtf8(pair)) {
                throw new ApiException(HttpStatus.BAD_REQUEST.getCode(), "parameter '" + Utf8.printable(name)
                        + "' is not valid UTF-8 once its %-escapes are decoded; send UTF-8 text");
            }
        }
    }

    private static void requireTokenForWrites(Context ctx, String token) {
        String method = ctx.method().name();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            return;
        }
        if (method.equals("POST") && ctx.path().equals("/api/screen")) {
            return; // screening a CSV reads only: it changes nothing in the workspace
        }
        String header = ctx.header("Authorization");
        String given = header != null && header.startsWith("Bearer ") ? header.substring(7).strip() : "";
        if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            throw new ApiException(HttpStatus.UNAUTHORIZED.getCode(), "writes need the token: Authorization: Bearer TOKEN");
        }
    }

    /**
     * Refuses bodies over the bound before anything reads them. Checked here rather than in Javalin's multipart settings,
     * which are shared by every app in the JVM; a body must declare its length, so that the check cannot be evaded.
     */
    private static void boundRequestSize(Context ctx, long max) {
        String method = ctx.method().name();
        if (!method.equals("POST") && !method.equals("PUT") && !method.equals("PATCH")) {
            return;
        }
        long length = ctx.req().getContentLengthLong();
        if (length < 0) {
            throw new ApiException(HttpStatus.LENGTH_REQUIRED.getCode(), "send a Content-Length");
        }
        if (length > max) {
            throw new ApiException(HttpStatus.CONTENT_TOO_LARGE.getCode(), "request too large: at most " + max + " bytes");
        }
    }

    /** Waits until the app has warmed up (lists loaded, incidents and claims assessed) and queued uploads are extracted. */
    public void awaitBackgroundWork() {
        uploads.awaitIdle();
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return javalin.port();
    }

    /** The address to open in a browser. */
    public String url() {
        String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        return "http://" + host + ":" + port() + "/";
    }

    @Override
    public void close() {
        uploads.close();
        javalin.stop();
    }
}
