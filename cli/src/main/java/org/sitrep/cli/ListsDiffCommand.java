package org.sitrep.cli;

import org.sitrep.lists.ListDiff;
import org.sitrep.lists.ListEntity;
import org.sitrep.lists.ListFormatException;
import org.sitrep.lists.ListReader;
import org.sitrep.lists.ListSnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code sitrep lists diff OLD NEW}: what changed between two versions of a list. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compare two versions of a list, entity by entity.",
                "OLD and NEW are list files or OFAC CSV folders. Prints + added, - removed and ~ changed entities,"
                        + " with each changed field's old and new value."})
final class ListsDiffCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier version.")
    Path older;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later version.")
    Path newer;

    @Option(names = "--summary", description = "Print the counts only.")
    boolean summaryOnly;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ListReader reader = new ListReader();
        ListSnapshot before;
        ListSnapshot after;
        try {
            before = reader.read(older);
            after = reader.read(newer);
        } catch (ListFormatException e) {
            err.println("sitrep: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        if (!before.listId().equals(after.listId())) {
            err.println("sitrep: note: comparing different lists (" + before.listId() + " and " + after.listId() + ")");
        }
        ListDiff diff = ListDiff.between(before, after);
        if (json) {
            out.println(Json.line(toJson(diff)));
            return ExitCodes.OK;
        }
        out.printf("%s: %d -> %d entities: %d added, %d removed, %d changed, %d unchanged%n", after.listId(),
                before.entities().size(), after.entities().size(), diff.added().size(), diff.removed().size(),
                diff.changed().size(), diff.unchanged());
        if (summaryOnly) {
            return ExitCodes.OK;
        }
        for (ListEntity e : diff.added()) {
            out.printf("+ %s %s%n", e.id(), e.name());
        }
        for (ListEntity e : diff.removed()) {
            out.printf("- %s %s%n", e.id(), e.name());
        }
        for (ListDiff.Change change : diff.changed()) {
            out.printf("~ %s %s%n", change.id(), change.after().name());
            for (ListDiff.FieldChange field : change.fields()) {
                out.printf("    %s: %s -> %s%n", field.field(), shorten(field.before()), shorten(field.after()));
            }
        }
        return ExitCodes.OK;
    }

    private static String shorten(Object value) {
        String text = value == null ? "(none)" : value instanceof List<?> l
                ? "[" + String.join("; ", l.stream().map(ListsDiffCommand::readable).toList()) + "]" : value.toString();
        text = text.replace("\n", " / ");
        return text.length() > 200 ? text.substring(0, 197) + "..." : text;
    }

    private static String readable(Object value) {
        if (value instanceof ListEntity.Identifier i) {
            return i.type() + " " + i.number() + (i.country() == null ? "" : " (" + i.country() + ")");
        }
        if (value instanceof ListEntity.NamePart p) {
            return p.type() + ": " + p.value();
        }
        return String.valueOf(value);
    }

    private static Map<String, Object> toJson(ListDiff diff) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("older", diff.older());
        m.put("newer", diff.newer());
        m.put("added_count", diff.added().size());
        m.put("removed_count", diff.removed().size());
        m.put("changed_count", diff.changed().size());
        m.put("unchanged_count", diff.unchanged());
        m.put("added", diff.added().stream().map(e -> Map.of("id", e.id(), "name", e.name())).toList());
        m.put("removed", diff.removed().stream().map(e -> Map.of("id", e.id(), "name", e.name())).toList());
        m.put("changed", diff.changed().stream().map(c -> {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("id", c.id());
            change.put("name", c.after().name());
            change.put("fields", c.fields());
            return change;
        }).toList());
        return m;
    }
}
