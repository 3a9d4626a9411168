package org.sitrep.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.search.SearchIndex;
import org.sitrep.store.EvidenceStore;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests as a hostile page or a careless client sends them, written byte for byte on a socket (an HTTP client
 * would refuse to send most of them): rebound host names, foreign origins, malformed and oversized requests, bad CSV
 * and bytes that are not UTF-8.
 */
class HostileRequestsTest {

    @TempDir
    static Path dir;

    static EvidenceStore store;
    static SearchIndex index;
    static WebApp app;

    @BeforeAll
    static void start() {
        store = EvidenceStore.embedded(dir.resolve("db"));
        index = SearchIndex.open(dir.resolve("index"));
        app = WebApp.start(WebApp.Settings.defaults().withPort(0).withWriteToken("secret-token")
                .withHostNames(List.of("sitrep.example.org")), store, index);
    }

    @AfterAll
    static void stop() {
        app.close();
        index.close();
        store.close();
    }

    /** The raw response (status line, headers, body) to {@code request}, sent as ISO-8859-1 bytes. */
    private static String send(byte[] request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", app.port())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            for (int n; (n = in.read(buf)) > 0; ) {
                got.write(buf, 0, n);
            }
            return got.toString(StandardCharsets.ISO_8859_1);
        }
    }

    private static String send(String request) throws Exception {
        return send(request.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String get(String path, String host) throws Exception {
        return send("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
    }

    private static int status(String response) {
        return Integer.parseInt(response.substring(9, 12));
    }

    private static void assertSecurityHeaders(String response) {
        String head = response.substring(0, Math.max(0, response.indexOf("\r\n\r\n"))).toLowerCase(Locale.ROOT);
        assertThat(head).contains("content-security-policy: default-src 'self'")
                .contains("x-content-type-options: nosniff").contains("x-frame-options: deny")
                .contains("referrer-policy: no-referrer");
    }

    private static String host() {
        return "127.0.0.1:" + app.port();
    }

    @Test
    void aReboundHostNameIsRefused() throws Exception {
        String rebound = get("/api/documents", "attacker.example.com:" + app.port());
        assertThat(status(rebound)).isEqualTo(421);
        assertThat(rebound).contains("does not answer as host");
        assertSecurityHeaders(rebound);
        assertThat(status(get("/", "attacker.example.com"))).as("pages too").isEqualTo(421);
        assertThat(status(get("/api/documents", "localhost.attacker.example.com"))).isEqualTo(421);
    }

    @Test
    void addressesLocalhostAndConfiguredNamesAreAnswered() throws Exception {
        assertThat(status(get("/api/documents", host()))).isEqualTo(200);
        assertThat(status(get("/api/documents", "localhost:" + app.port()))).isEqualTo(200);
        assertThat(status(get("/api/documents", "[::1]:" + app.port()))).isEqualTo(200);
        assertThat(status(get("/api/documents", "SITREP.example.org."))).isEqualTo(200);
    }

    @Test
    void aWriteFromAnotherOriginIsRefusedEvenWithTheToken() throws Exception {
        String body = "name\nNerin Shipping\n";
        String foreign = send("POST /api/screen HTTP/1.1\r\nHost: " + host() + "\r\nOrigin: http://evil.example.com\r\n"
                + "Content-Type: text/csv\r\nContent-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body);
        assertThat(status(foreign)).isEqualTo(403);
        String nullOrigin = send("DELETE /api/entities/x/decisions HTTP/1.1\r\nHost: " + host() + "\r\nOrigin: null\r\n"
                + "Authorization: Bearer secret-token\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        assertThat(status(nullOrigin)).isEqualTo(403);
        String own = send("POST /api/screen HTTP/1.1\r\nHost: " + host() + "\r\nOrigin: http://" + host() + "\r\n"
                + "Content-Type: text/csv\r\nContent-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body);
        assertThat(status(own)).as(own).isEqualTo(200);
    }

    @Test
    void jettysOwnErrorPagesCarryTheSecurityHeaders() throws Exception {
        String garbage = send("THIS IS NOT HTTP\r\n\r\n");
        assertThat(status(garbage)).isEqualTo(400);
        assertSecurityHeaders(garbage);

        String longUri = get("/api/search?q=" + "a".repeat(20_000), host());
        assertThat(status(longUri)).isEqualTo(414);
        assertSecurityHeaders(longUri);

        String bigHeaders = send("GET / HTTP/1.1\r\nHost: " + host() + "\r\nX-Filler: " + "b".repeat(7_000)
                + "\r\nX-More: " + "c".repeat(7_000) + "\r\nConnection: close\r\n\r\n");
        assertThat(status(bigHeaders)).isEqualTo(431);
        assertSecurityHeaders(bigHeaders);

        String badEscape = get("/api/search?q=%ZZ", host());
        assertThat(status(badEscape)).isEqualTo(400);
        assertSecurityHeaders(badEscape);
        assertThat(badEscape).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void aBadCsvQuoteIsA400NamingTheLine() throws Exception {
        String body = "name,country\nNerin Shipping,SY\n\"Unclosed Trading,SY\n";
        String response = send("POST /api/screen HTTP/1.1\r\nHost: " + host() + "\r\nContent-Type: text/csv\r\n"
                + "Content-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body);
        assertThat(status(response)).as(response).isEqualTo(400);
        assertThat(response).contains("line 3").doesNotContain("internal error");
        assertSecurityHeaders(response);
    }

    @Test
    void invalidUtf8InAScreeningNameIsA400NotReplaced() throws Exception {
        String query = get("/api/screen?name=Nerin%FF%FEShipping", host());
        assertThat(status(query)).as(query).isEqualTo(400);
        assertThat(query).contains("'name' is not valid UTF-8");

        byte[] head = ("POST /api/screen HTTP/1.1\r\nHost: " + host() + "\r\nContent-Type: text/csv\r\nContent-Length: ")
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] csv = {'n', 'a', 'm', 'e', '\n', 'N', 'e', 'r', 'i', 'n', ' ', (byte) 0xC3, (byte) 0x28, '\n'};
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(head);
        request.writeBytes((csv.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        request.writeBytes(csv);
        String body = send(request.toByteArray());
        assertThat(status(body)).as(body).isEqualTo(400);
        assertThat(body).contains("not valid UTF-8").contains("offset 11").contains("line 2");

        String fine = get("/api/screen?name=Nerin%20Shipping%20%C3%A9", host());
        assertThat(status(fine)).as(fine).isEqualTo(200);
    }
}
