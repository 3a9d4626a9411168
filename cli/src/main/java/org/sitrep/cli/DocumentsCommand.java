package org.sitrep.cli;

import org.sitrep.model.Document;
import org.sitrep.store.DocumentSource;
import org.sitrep.store.EvidenceStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code sitrep documents}: the stored documents with their titles, dates and sources. */
@Command(name = "documents", mixinStandardHelpOptions = true,
        description = "List stored documents: id, date, title, and every file (and offset) each was found in.")
final class DocumentsCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Option(names = "--json", description = "One JSON object per document.")
    boolean json;

    @Option(names = "--text", description = "With --json, include each document's full text.")
    boolean withText;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (EvidenceStore store = workspaceOptions.workspace().openStore()) {
            for (Document d : store.documents()) {
                List<DocumentSource> sources = store.sourcesOf(d.id());
                if (json) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", d.id());
                    m.put("title", d.title());
                    m.put("date", Map.of("value", d.date().isoValue() == null ? "" : d.date().isoValue(),
                            "precision", d.date().precision().label(), "source", d.date().source().label()));
                    m.put("media_type", d.mediaType());
                    m.put("length", d.length());
                    m.put("sources", sources.stream().map(s -> Map.of("path", s.path(), "article", s.articleIndex(),
                            "offset", s.offset())).toList());
                    if (withText) {
                        m.put("text", d.text());
                    }
                    out.println(Json.line(m));
                } else {
                    out.printf("%s  %-10s  %s%n", d.id().substring(0, 12),
                            d.date().isoValue() == null ? "?" : d.date().isoValue(),
                            d.title() == null ? "(untitled)" : d.title());
                    for (DocumentSource s : sources) {
                        out.printf("              %s #%d @%d%n", s.path(), s.articleIndex(), s.offset());
                    }
                }
            }
        }
        return ExitCodes.OK;
    }
}
