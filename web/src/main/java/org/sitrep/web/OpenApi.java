package org.sitrep.web;

import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Serves the OpenAPI description of the JSON API (a resource kept beside the handlers it describes). */
final class OpenApi {

    private OpenApi() {
    }

    static void serve(Context ctx) {
        try (InputStream in = OpenApi.class.getResourceAsStream("/org/sitrep/web/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json missing from the build");
            }
            ctx.contentType("application/json").result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
