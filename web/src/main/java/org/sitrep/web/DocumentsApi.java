package org.sitrep.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.sitrep.model.Document;
import org.sitrep.store.DocumentQuery;
import org.sitrep.store.DocumentRow;
import org.sitrep.store.DocumentSource;
import org.sitrep.store.Page;
import org.sitrep.store.EvidenceStore;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /api/documents} and {@code GET /api/documents/{id}}: the documents every evidence span points into. */
final class DocumentsApi {

    private final EvidenceStore store;

    DocumentsApi(EvidenceStore store) {
        this.store = store;
    }

    void register(Javalin app) {
        app.get("/api/documents", this::list);
        app.get("/api/documents/{id}", this::one);
    }

    /**
     * One page of documents, newest first unless {@code sort} says otherwise; {@code publisher}, {@code from},
     * {@code to} and {@code q} (words of the title or publisher) narrow it. The facet lists every publisher, so the
     * filter can offer them all.
     */
    private void list(Context ctx) {
        Paging.Request r = Paging.request(ctx, 50, DocumentQuery.Sort.DATE_DESC.label());
        DocumentQuery q;
        try {
            q = new DocumentQuery(Params.optional(ctx, "publisher"), Params.date(ctx, "from"), Params.date(ctx, "to"),
                    Params.optional(ctx, "q"), DocumentQuery.Sort.parse(r.sort()), r.limit(), r.offset());
        } catch (IllegalArgumentException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST.getCode(), e.getMessage());
        }
        Page<DocumentRow> page = store.documentPage(q);
        Map<String, Object> out = Paging.envelope("documents", page.items().stream().map(DocumentsApi::row).toList(),
                page.total(), r);
        Map<String, Long> publishers = new LinkedHashMap<>();
        store.publishers().forEach(p -> publishers.put(p.publisher(), p.documents()));
        out.put("facets", Map.of("publisher", publishers));
        ctx.json(out);
    }

    private static Map<String, Object> row(DocumentRow d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("title", d.title());
        m.put("date", d.date().isoValue());
        m.put("date_precision", d.date().precision().label());
        m.put("publisher", d.publisher());
        m.put("media_type", d.mediaType());
        m.put("length", d.length());
        return m;
    }

    private void one(Context ctx) {
        String id = ctx.pathParam("id");
        if (!id.matches("[0-9a-f]{64}")) {
            throw new ApiException(HttpStatus.BAD_REQUEST.getCode(), "a document id is 64 hex digits");
        }
        Document d = store.document(id)
                .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND.getCode(), "no such document"));
        Map<String, Object> m = summary(d);
        m.put("text", d.text());
        m.put("sources", store.sourcesOf(id).stream().map(DocumentsApi::source).toList());
        ctx.json(m);
    }

    private static Map<String, Object> summary(Document d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("title", d.title());
        m.put("date", d.date().isoValue());
        m.put("date_precision", d.date().precision().label());
        m.put("media_type", d.mediaType());
        m.put("length", d.length());
        return m;
    }

    /**
     * Where the document was read from, by file name only: the server's folders are none of the reader's business
     * (and may name people or projects), while the name is what the reader uploaded or would recognise.
     */
    private static Map<String, Object> source(DocumentSource s) {
        return Map.of("file", fileName(s.path()), "article", s.articleIndex(), "offset", s.offset());
    }

    /** The last part of a stored path, whether its server separated folders by slashes or backslashes. */
    static String fileName(String path) {
        String trimmed = path.replaceAll("[/\\\\]+$", "");
        return trimmed.substring(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\')) + 1);
    }
}
