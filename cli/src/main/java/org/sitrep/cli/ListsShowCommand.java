package org.sitrep.cli;

import org.sitrep.lists.ListEntity;
import org.sitrep.lists.ListSnapshot;
import org.sitrep.lists.ListStore;
import org.sitrep.store.EvidenceStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code sitrep lists show [LIST_ID] [--entity ID]}: the loaded lists, one list's entities, or one entity. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Show the loaded lists, one list's entities, or one entity.",
                "Without LIST_ID: the active version of every loaded list, and all its versions (records, content hash;"
                        + " roll back with: sitrep lists rollback LIST_ID). With LIST_ID: that list's entities"
                        + " (id, type, name). With --entity: one entity in full."})
final class ListsShowCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Parameters(arity = "0..1", paramLabel = "LIST_ID", description = "A list id, e.g. us-ofac-sdn, un-sc.")
    String listId;

    @Option(names = "--entity", paramLabel = "ID", description = "Show this entity of LIST_ID in full.")
    String entityId;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (entityId != null && listId == null) {
            err.println("sitrep: --entity needs a LIST_ID");
            return ExitCodes.USAGE;
        }
        try (EvidenceStore store = workspaceOptions.workspace().openStore()) {
            ListStore lists = new ListStore(store);
            if (listId == null) {
                showActive(out, lists);
                return ExitCodes.OK;
            }
            if (entityId != null) {
                Optional<ListEntity> entity = lists.entity(listId, entityId);
                if (entity.isEmpty()) {
                    err.println("sitrep: no entity " + entityId + " in the active " + listId + " list");
                    return ExitCodes.FAILED;
                }
                showEntity(out, entity.get());
                return ExitCodes.OK;
            }
            Optional<ListSnapshot> snapshot = lists.activeSnapshot(listId);
            if (snapshot.isEmpty()) {
                err.println("sitrep: no list " + listId + " is loaded (see: sitrep lists show)");
                return ExitCodes.FAILED;
            }
            showList(out, snapshot.get());
            return ExitCodes.OK;
        }
    }

    /** Every list's active version, then all its versions (newest first) with record counts and content hashes. */
    private void showActive(PrintWriter out, ListStore lists) {
        List<ListStore.StoredSnapshot> active = lists.activeSnapshots();
        if (json) {
            out.println(Json.line(active.stream().map(s -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("list_id", s.listId());
                m.put("format", s.format());
                m.put("entities", s.entityCount());
                m.put("sha256", s.sha256());
                m.put("imported_at", String.valueOf(s.importedAt()));
                m.put("source", s.sourcePath());
                m.put("versions", lists.history(s.listId()).stream().map(v -> {
                    Map<String, Object> version = new LinkedHashMap<>();
                    version.put("sha256", v.sha256());
                    version.put("entities", v.entityCount());
                    version.put("imported_at", String.valueOf(v.importedAt()));
                    version.put("active", v.active());
                    return version;
                }).toList());
                return m;
            }).toList()));
            return;
        }
        if (active.isEmpty()) {
            out.println("No lists loaded. Load one with: sitrep lists import PATH");
            return;
        }
        for (ListStore.StoredSnapshot s : active) {
            out.printf("%-20s %-20s %7d entities  %s  %s  %s%n", s.listId(), s.format(), s.entityCount(),
                    s.sha256().substring(0, 12), s.importedAt(), s.sourcePath());
            for (ListStore.StoredSnapshot v : lists.history(s.listId())) {
                out.printf("  version %s  %7d records  imported %s%s%n", v.sha256().substring(0, 12), v.entityCount(),
                        v.importedAt(), v.active() ? "  (active)" : "");
            }
        }
    }

    private void showList(PrintWriter out, ListSnapshot snapshot) {
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("list_id", snapshot.listId());
            m.put("format", snapshot.format());
            m.put("sha256", snapshot.sha256());
            m.put("entities", snapshot.entities().stream().map(e -> List.of(e.id(), e.schema(), e.name())).toList());
            out.println(Json.line(m));
            return;
        }
        out.printf("%s (%s, %d entities, sha256 %s)%n", snapshot.listId(), snapshot.format(),
                snapshot.entities().size(), snapshot.sha256());
        for (ListEntity e : snapshot.entities()) {
            out.printf("%-16s %-13s %s%n", e.id(), e.schema(), e.name());
        }
    }

    private void showEntity(PrintWriter out, ListEntity e) {
        if (json) {
            out.println(Json.line(e));
            return;
        }
        out.printf("%s %s (%s, %s)%n", e.listId(), e.id(), e.schema(), e.source());
        field(out, "name", e.name());
        field(out, "strong aliases", e.strongAliases());
        field(out, "weak aliases", e.weakAliases());
        field(out, "previous names", e.previousNames());
        field(out, "name parts", e.nameParts().stream().map(p -> p.type() + ": " + p.value()).toList());
        field(out, "birth dates", e.birthDates());
        field(out, "birth places", e.birthPlaces());
        field(out, "nationalities", e.nationalities());
        field(out, "identifiers", e.identifiers().stream().map(i -> i.type() + " " + i.number()
                + (i.country() == null ? "" : " (" + i.country() + ")")).toList());
        field(out, "addresses", e.addresses());
        field(out, "programs", e.programs());
        field(out, "listed on", e.listedOn());
        field(out, "linked to", e.linkedTo());
        field(out, "remarks", e.remarks());
    }

    private static void field(PrintWriter out, String label, Object value) {
        if (value == null || value instanceof List<?> list && list.isEmpty()) {
            return;
        }
        String text = value instanceof List<?> list ? String.join("; ", list.stream().map(String::valueOf).toList())
                : value.toString();
        out.printf("  %-15s %s%n", label, text.replace("\n", "\n                  "));
    }
}
