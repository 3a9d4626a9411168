package org.sitrep.cli;

import org.sitrep.web.WebApp;
import picocli.CommandLine.Option;

/** How to serve the web app; mixed into {@code serve} and {@code demo}. */
final class ServeOptions {

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Interface to listen on (default ${DEFAULT-VALUE}: this machine only).")
    String host;

    @Option(names = "--port", defaultValue = "7077", description = "Port (default ${DEFAULT-VALUE}; 0 for any free port).")
    int port;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Token that write requests must carry (default: $SITREP_TOKEN, else a new random one).")
    String token;

    @Option(names = "--allow-host", paramLabel = "NAME",
            description = "Also answer requests addressed to this host name (repeatable), e.g. the machine's name when"
                    + " serving beyond localhost. IP addresses and localhost are always answered; other names are"
                    + " refused, against DNS rebinding.")
    java.util.List<String> allowedHosts = new java.util.ArrayList<>();

    WebApp.Settings settings() {
        String t = token != null ? token : System.getenv("SITREP_TOKEN");
        WebApp.Settings s = WebApp.Settings.defaults().withHost(host).withPort(port).withHostNames(allowedHosts);
        return t == null || t.isBlank() ? s : s.withWriteToken(t);
    }
}
