package org.sitrep.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import org.sitrep.exchange.AcledCsvExport;
import org.sitrep.exchange.FtmExport;
import org.sitrep.exchange.GraphMlExport;
import org.sitrep.store.EvidenceStore;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;

/**
 * Downloads of the knowledge base: {@code /api/exports/ftm} (FollowTheMoney JSON lines), {@code /api/exports/acled}
 * (events as ACLED-column CSV) and {@code /api/exports/graphml} (the network for Gephi), streamed as they are written.
 */
final class ExportsApi {

    private final EvidenceStore store;

    ExportsApi(EvidenceStore store) {
        this.store = store;
    }

    void register(Javalin app) {
        app.get("/api/exports/ftm", ctx -> send(ctx, "application/x-ndjson", "sitrep-ftm.jsonl",
                (s, w) -> new FtmExport().write(s, w)));
        app.get("/api/exports/acled", ctx -> send(ctx, "text/csv", "sitrep-events-acled.csv",
                (s, w) -> new AcledCsvExport().write(s, w)));
        app.get("/api/exports/graphml", ctx -> send(ctx, "application/graphml+xml", "sitrep-network.graphml",
                (s, w) -> new GraphMlExport().write(s, w)));
    }

    private void send(Context ctx, String type, String filename, BiConsumer<EvidenceStore, Writer> export) {
        ctx.contentType(type + "; charset=utf-8").header("Content-Disposition", "attachment; filename=" + filename);
        try (Writer out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8))) {
            export.accept(store, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
